// How a received value is named in messages. Kept apart from the instant parser so that a validator
// that names bad values does not carry the parser.

/**
 * Whether a value is a real `Date`, from this realm or another. Only a real one has the internal time
 * slot `getTime` reads; a lookalike (an object tagged `Date`, or made from `Date.prototype`) does not.
 */
export function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

// A Date may hold any moment within ±273 790 years, but dates are written back as `YYYY-MM-DD` and a
// stay from year −83861 would report millions of weeks: only instants whose date is in the years
// 0001–9999 in every time zone are accepted (a day's margin at each end, so no offset can push a
// local date outside).
const FIRST_MS = Date.parse('0001-01-02T00:00:00Z');
const LAST_MS = Date.parse('9999-12-31T00:00:00Z');

/** Whether an instant (milliseconds) has a date in the years 0001–9999 in every time zone. */
export const inInstantRange = (ms: number): boolean => ms >= FIRST_MS && ms < LAST_MS;

/** The time of a Date within the years 0001–9999, else `NaN`. */
export function dateMs(value: Date): number {
  const ms = Date.prototype.getTime.call(value);
  return inInstantRange(ms) ? ms : Number.NaN;
}

/** A short, safe rendering of a received value for a message (long strings are cut). */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') {
    if (!isDate(value)) return 'an object';
    if (Number.isNaN(Date.prototype.getTime.call(value))) return 'an invalid Date';
    return Number.isNaN(dateMs(value)) ? 'a Date outside the years 0001–9999' : 'a Date';
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** What a caller's code threw while a value was read, in a few words; never throws itself. */
export function describeThrown(thrown: unknown): string {
  try {
    const message = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : typeof thrown;
    return message.length > 60 ? `${message.slice(0, 60)}…` : message;
  } catch {
    return 'an unreadable value';
  }
}
