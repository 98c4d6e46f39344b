import { type DayNumber, dayNumberFromCivil, daysInMonth } from './dayNumber.js';

const civil = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Adds whole calendar months to a valid `YYYY-MM-DD` date: a day the target month lacks becomes its
 * last day (2023-12-31 plus 2 months is 2024-02-29), as in date-fns `addMonths`. Worked out on the
 * calendar alone, not with date-fns: its arithmetic runs through the process time zone (date-fns
 * issue #3584), so under TZ=Pacific/Apia, which skipped 2011-12-30, it gave 2011-12-31 for 2011-10-30
 * plus 2 months.
 */
export function addCalendarMonths(date: string, months: number): DayNumber {
  const [, year = '', month = '', day = ''] = civil.exec(date) ?? [];
  const index = Number(year) * 12 + Number(month) - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayNumberFromCivil(targetYear, targetMonth, Math.min(Number(day), daysInMonth(targetYear, targetMonth)));
}
