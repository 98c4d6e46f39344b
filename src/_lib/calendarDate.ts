import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

const pattern = /^\d{4}-\d{2}-\d{2}$/;
const reference = new TZDate(2000, 0, 1, 'UTC');

/**
 * Reads a calendar date `YYYY-MM-DD` as midnight UTC, or `undefined` when it is not one (wrong
 * shape, or a day that does not exist such as `2026-02-30`). Calendar dates carry no time zone, so
 * they are computed in UTC to be independent of the process `TZ`.
 */
export function parseCalendarDate(value: unknown): TZDate | undefined {
  if (typeof value !== 'string' || !pattern.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', reference);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? date : undefined;
}

/** Formats a date as `YYYY-MM-DD` in its own zone. */
export function formatCalendarDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Adds whole days to a valid `YYYY-MM-DD` date. */
export function addCalendarDays(date: string, days: number): string {
  const parsed = parseCalendarDate(date);
  if (parsed === undefined) throw new TypeError(`not a calendar date: ${date}`);
  return formatCalendarDate(addDays(parsed, days));
}

/** `to − from` in calendar days, for two valid `YYYY-MM-DD` dates. */
export function calendarDaysBetween(from: string, to: string): number {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  if (a === undefined || b === undefined) throw new TypeError(`not calendar dates: ${from}, ${to}`);
  return differenceInCalendarDays(b, a);
}
