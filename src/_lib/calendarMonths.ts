import { addMonths } from 'date-fns/addMonths';
import { type DayNumber, dayNumberFromCivil } from './dayNumber.js';

const civil = /^(\d{4,})-(\d{2})-(\d{2})$/;

/**
 * Adds whole calendar months to a `YYYY-MM-DD` date with date-fns `addMonths`: a day the target month
 * lacks becomes its last day (2023-12-31 plus 2 months is 2024-02-29). The date is placed at local
 * noon, so no clock change of the process's own time zone can move it to another day. `undefined`
 * when the result is out of the range of a `Date`.
 */
export function addCalendarMonths(date: string, months: number): DayNumber | undefined {
  const [, year = '', month = '', day = ''] = civil.exec(date) ?? [];
  const local = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  local.setFullYear(Number(year), Number(month) - 1, Number(day));
  const moved = addMonths(local, months);
  if (Number.isNaN(moved.getTime())) return undefined;
  return dayNumberFromCivil(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
}
