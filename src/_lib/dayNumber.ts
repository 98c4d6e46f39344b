/** Milliseconds in a calendar day without a clock change (day numbers count these). */
export const DAY_MS = 86_400_000;

/**
 * A calendar date as a whole number of days since 1970-01-01 (negative before it). Schedules add up
 * minutes per local day by the million, so days are compared as numbers and turned into
 * `YYYY-MM-DD` strings only once per distinct day.
 */
export type DayNumber = number;

// Plain proleptic-Gregorian arithmetic in 400-year eras: date-fns' addDays follows the process zone (date-fns #3584).
const DAYS_PER_ERA = 146_097;
// Days from 0000-03-01 to 1970-01-01.
const EPOCH_SHIFT = 719_468;

/** The day number of a proleptic-Gregorian year, month (1–12) and day of the month. */
export function dayNumberFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** Days in a month of a proleptic-Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

/**
 * The day number of a `YYYY-MM-DD` date, or `undefined` when it is not a real calendar date (wrong
 * shape, month 00 or 13, a day the month does not have such as `2026-02-30`, or year `0000`, which
 * calendar-date formatting cannot write back).
 */
export function dayNumberOf(date: unknown): DayNumber | undefined {
  if (typeof date !== 'string' || !datePattern.test(date)) return undefined;
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromCivil(year, month, day);
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** The proleptic-Gregorian year (0 is 1 BC), month (1–12) and day of the month of a day number. */
export function civilOf(day: DayNumber): { readonly year: number; readonly month: number; readonly day: number } {
  const z = day + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfMonth };
}

/**
 * The `YYYY-MM-DD` date of a day number. Years before year 1 are written as years of the era, as
 * date-fns `yyyy` writes them (year 0 is `0001`, year −1 is `0002`).
 */
export function dayNumberToDate(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = civilOf(day);
  const shownYear = year > 0 ? year : 1 - year;
  return `${String(shownYear).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** Day of the week of a day number, 0 = Sunday as in date-fns `getDay` (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week containing `day`, for weeks starting on `weekStartsOn` (0 = Sunday). */
export function weekStartOf(day: DayNumber, weekStartsOn: number): DayNumber {
  return day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
}
