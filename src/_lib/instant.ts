// An instant must name its offset: a local time such as `2026-03-02T09:00` means a different moment
// on every server (Date.parse reads it in the process zone), so it is rejected rather than guessed.
// Ranges are checked by the pattern; days past the 28th are checked against the month below,
// because Date.parse quietly rolls `2026-02-30` over into March.
const instantPattern =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const offsetShapePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds since the epoch of a strict ISO 8601 instant string with `Z` or `±HH:MM`, else `NaN`. */
export function parseInstantString(text: string): number {
  if (!instantPattern.test(text)) return Number.NaN;
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (day > 28) {
    const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    if (day > daysInMonth(year, digit(text, 5) * 10 + digit(text, 6))) return Number.NaN;
  }
  return Date.parse(text);
}

const isDate = (value: unknown): value is Date =>
  value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';

/**
 * Milliseconds since the epoch of an instant given as a valid `Date` or a strict ISO 8601 string
 * with an offset or `Z`; `NaN` for anything else.
 */
export function instantMs(value: unknown): number {
  if (typeof value === 'string') return parseInstantString(value);
  if (typeof value === 'object' && value !== null && isDate(value)) return Date.prototype.getTime.call(value);
  return Number.NaN;
}

/** A short, safe rendering of a received value for a message (long strings are cut). */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') {
    if (!isDate(value)) return 'an object';
    return Number.isNaN(Date.prototype.getTime.call(value)) ? 'an invalid Date' : 'a Date';
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** Why a value is not an instant, in words, for `invalid_input` messages. */
export function describeInvalidInstant(value: unknown): string {
  if (typeof value === 'string') {
    if (localPattern.test(value)) {
      return `${describeReceived(value)} has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-05:00"`;
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
