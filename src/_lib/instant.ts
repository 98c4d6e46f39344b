import { DAY_MS, dayNumberFromCivil, daysInMonth } from './dayNumber.js';
import { dateMs, describeReceived, inInstantRange, isDate } from './describeReceived.js';

// An instant must name its offset: a local time such as `2026-03-02T09:00` means a different moment
// on every server (Date.parse reads it in the process zone), so it is rejected rather than guessed.
// Accepted: `YYYY-MM-DDTHH:MM`, optional `:SS` and then optional `.` with 1–9 digits (past the third
// they are dropped, as Date.parse drops them), then `Z` or `±HH:MM`. Days past the 28th are checked
// against the month (Date.parse would roll `2026-02-30` over into March). Schedules hold millions of
// instants, so the text is read digit by digit, without a regular expression or Date.parse.
const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const offsetShapePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const MINUTE_MS = 60_000;
const HYPHEN = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const ZERO = 48;

/** The value of the two ASCII digits at `at`, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** Milliseconds since the epoch of a strict ISO 8601 instant string with `Z` or `±HH:MM`, else `NaN`. */
function parseInstantString(text: string): number {
  const length = text.length;
  // Shortest: `2026-03-02T09:00Z` (17); longest: nine fraction digits and an offset (35).
  if (length < 17 || length > 35) return Number.NaN;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (
    century < 0 ||
    yearOfCentury < 0 ||
    text.charCodeAt(4) !== HYPHEN ||
    month < 1 ||
    month > 12 ||
    text.charCodeAt(7) !== HYPHEN ||
    day < 1 ||
    day > 31 ||
    text.charCodeAt(10) !== 84 /* T */ ||
    hour < 0 ||
    hour > 23 ||
    text.charCodeAt(13) !== COLON ||
    minute < 0 ||
    minute > 59
  ) {
    return Number.NaN;
  }
  const year = century * 100 + yearOfCentury;
  if (day > 28 && day > daysInMonth(year, month)) return Number.NaN;

  let at = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(at) === COLON) {
    second = twoDigits(text, 17);
    if (second < 0 || second > 59) return Number.NaN;
    at = 19;
    if (text.charCodeAt(at) === DOT) {
      at += 1;
      const first = at;
      while (at < length) {
        const value = text.charCodeAt(at) - ZERO;
        if (value < 0 || value > 9) break;
        // Whole milliseconds only: digits past the third are dropped, as Date.parse drops them.
        if (at - first < 3) millis += value * (at === first ? 100 : at === first + 1 ? 10 : 1);
        at += 1;
      }
      const digits = at - first;
      if (digits < 1 || digits > 9) return Number.NaN;
    }
  }

  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */) {
    if (at + 1 !== length) return Number.NaN;
  } else if (sign === PLUS || sign === HYPHEN) {
    if (at + 6 !== length || text.charCodeAt(at + 3) !== COLON) return Number.NaN;
    const offsetHours = twoDigits(text, at + 1);
    const offsetMinute = twoDigits(text, at + 4);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinute < 0 || offsetMinute > 59) return Number.NaN;
    offsetMinutes = (sign === PLUS ? 1 : -1) * (offsetHours * 60 + offsetMinute);
  } else {
    return Number.NaN;
  }
  return dayNumberFromCivil(year, month, day) * DAY_MS + (hour * 60 + minute - offsetMinutes) * MINUTE_MS + second * 1000 + millis;
}

/**
 * Milliseconds since the epoch of an instant given as a valid `Date` or a strict ISO 8601 string
 * with an offset or `Z`; `NaN` for anything else.
 */
export function instantMs(value: unknown): number {
  if (typeof value === 'string') {
    const ms = parseInstantString(value);
    return inInstantRange(ms) ? ms : Number.NaN;
  }
  if (typeof value === 'object' && value !== null && isDate(value)) return dateMs(value);
  return Number.NaN;
}

/** Why a value is not an instant, in words, for `invalid_input` messages. */
export function describeInvalidInstant(value: unknown): string {
  if (typeof value === 'string') {
    if (localPattern.test(value)) {
      return `${describeReceived(value)} has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-05:00"`;
    }
    if (offsetShapePattern.test(value) && !Number.isNaN(parseInstantString(value))) {
      return `${describeReceived(value)} is outside the instants this library reads (from 0001-01-02 to 9999-12-30, so that its date is in the years 0001–9999 in every time zone)`;
    }
    if (offsetShapePattern.test(value)) {
      return `${describeReceived(value)} is not a real date and time (check the day of the month, hours 00–23, minutes and seconds 00–59)`;
    }
    if (datePattern.test(value)) {
      return `${describeReceived(value)} is a date without a time; give an instant such as "${value}T09:00:00-05:00"`;
    }
  }
  return `expected an ISO 8601 instant with an offset or "Z" (e.g. "2026-03-02T09:00:00-05:00") or a valid Date, received ${describeReceived(value)}`;
}
