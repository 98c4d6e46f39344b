import { type DayNumber, civilOf, dayNumberFromCivil, daysInMonth } from './dayNumber.js';

/**
 * Adds whole calendar months to a day: a day the target month lacks becomes its last day
 * (2023-12-31 plus 2 months is 2024-02-29), as in date-fns `addMonths`. Worked out on the calendar
 * alone: date-fns' month arithmetic follows the process time zone (date-fns #3584).
 */
export function addCalendarMonths(day: DayNumber, months: number): DayNumber {
  const date = civilOf(day);
  const index = date.year * 12 + date.month - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayNumberFromCivil(targetYear, targetMonth, Math.min(date.day, daysInMonth(targetYear, targetMonth)));
}
