import { TZDate } from '@date-fns/tz';
import { formatCalendarDate, parseCalendarDate } from './calendarDate.js';

/** Milliseconds in a calendar day without a clock change (day numbers count these). */
export const DAY_MS = 86_400_000;

/**
 * A calendar date as a whole number of days since 1970-01-01 (negative before it). Schedules add up
 * minutes per local day by the million, so days are compared as numbers and turned into
 * `YYYY-MM-DD` strings only once per distinct day.
 */
export type DayNumber = number;

/** The day number of a `YYYY-MM-DD` date, or `undefined` when it is not a real calendar date. */
export function dayNumberOf(date: unknown): DayNumber | undefined {
  const parsed = parseCalendarDate(date);
  return parsed === undefined ? undefined : Math.round(parsed.getTime() / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dayNumberToDate(day: DayNumber): string {
  return formatCalendarDate(new TZDate(day * DAY_MS, 'UTC'));
}

/** Day of the week of a day number, 0 = Sunday as in date-fns `getDay` (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week containing `day`, for weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekStartOf(day: DayNumber, weekStartsOn: number): DayNumber {
  return day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
}
