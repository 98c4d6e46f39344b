import { dayNumberOf, dayNumberToDate } from './dayNumber.js';

// Calendar dates `YYYY-MM-DD` are counted as day numbers (see dayNumber.ts): plain arithmetic, no Date
// object and no time zone, so the answers do not depend on the process `TZ`. To check that a text is
// a real date, use `dayNumberOf(text) !== undefined`.

// Day numbers past this are outside the range of a JavaScript Date (±8.64e15 ms).
const MAX_DAY = 100_000_000;

/**
 * Adds whole days to a valid `YYYY-MM-DD` date. A fraction is handled as date-fns `addDays` handles
 * it (`Date#setDate` truncates the new day of the month).
 */
export function addCalendarDays(date: string, days: number): string {
  const day = dayNumberOf(date);
  if (day === undefined) throw new TypeError(`not a calendar date: ${date}`);
  const dayOfMonth = Number(date.slice(8, 10));
  const result = day - dayOfMonth + Math.trunc(dayOfMonth + days);
  if (!(Math.abs(result) <= MAX_DAY)) throw new RangeError('Invalid time value');
  return dayNumberToDate(result);
}

/** `to − from` in calendar days, for two valid `YYYY-MM-DD` dates. */
export function calendarDaysBetween(from: string, to: string): number {
  const a = dayNumberOf(from);
  const b = dayNumberOf(to);
  if (a === undefined || b === undefined) throw new TypeError(`not calendar dates: ${from}, ${to}`);
  return b - a;
}
