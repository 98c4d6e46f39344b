// The most one request to an example server may carry or cause. The library's own `LIMITS` (10
// million sessions, 20 years) make every call end; a shared server must also answer everyone else
// in milliseconds, so each limit here is far smaller, sized for one patient's stay in one call. A
// request beyond a limit is refused before the library is called (an answer beyond its limit, instead
// of being sent): 413 for the body, 422 for the rest, with an OperationOutcome that names the limit.
//
// Why these values: a two-year stay at up to ten sessions a week is about 1,000 sessions; a list of
// levels holds at most the seven levels; two years of weeks are 105 weeks. On a 2-CPU machine the
// costliest request these limits let through (1,000 sessions that are each wrong, each answered with
// its own issues) takes about 35 ms, and a request over a limit is refused as soon as its body is
// parsed. `npm run bench -- --only=http-api` measures what ordinary requests wait while such requests
// are sent.
import { HttpError, count, isObject } from './http.js';

/** The limits of one request; see {@link REQUEST_LIMITS} for the values and why. */
export interface RequestLimits {
  /** Bytes of a request body. */
  readonly maxBodyBytes: number;
  /** Sessions in one request: `sessions`, or the proposed and booked appointments of a CDS Hooks call together. */
  readonly maxSessions: number;
  /** Entries of any other list a request carries: available levels, episodes of care, feedback. */
  readonly maxListEntries: number;
  /** Calendar days from the first to the last day of a stay (its last session when it has no end). */
  readonly maxSpanDays: number;
  /** Bytes of an answer: a larger one is refused with 422 instead of sent. */
  readonly maxResponseBytes: number;
}

/** The default limits of both example servers. */
const REQUEST_LIMITS: RequestLimits = {
  maxBodyBytes: 1024 * 1024,
  maxSessions: 1_000,
  maxListEntries: 100,
  maxSpanDays: 731,
  maxResponseBytes: 4 * 1024 * 1024,
};

/** The default limits with the ones a server's options override. */
export const limitsWith = (overrides: Partial<RequestLimits> | undefined): RequestLimits => ({ ...REQUEST_LIMITS, ...overrides });

/** The 422 refusal of a request over `limit`, pointing at `expressions`. */
function overLimit(code: string, expressions: readonly string[], what: string, limit: keyof RequestLimits, limits: RequestLimits): HttpError {
  const where = expressions.join(' and ');
  return new HttpError(422, code, `${where}: ${what}, more than this server takes in one request (at most ${count(limits[limit])}, ${limit}).`, {
    expressions,
  });
}

/**
 * Refuses, with 422, `total` entries (or resources) where at most `limits[limit]` are taken: `maxSessions`
 * for sessions and appointments, `maxListEntries` for any other list.
 *
 * @param total - How many the request holds.
 * @param expressions - Where they are in the request, e.g. `['availableLevels']`.
 * @param noun - What they are, e.g. `entries` or `appointments`.
 * @param limit - Which limit applies.
 * @param limits - The server's limits.
 */
export function checkCount(
  total: number,
  expressions: readonly string[],
  noun: string,
  limit: 'maxSessions' | 'maxListEntries',
  limits: RequestLimits,
): void {
  if (total <= limits[limit]) return;
  const code = limit === 'maxSessions' ? 'too_many_sessions' : 'too_many_entries';
  throw overLimit(code, expressions, `${count(total)} ${noun}`, limit, limits);
}

/** {@link checkCount} for a list as the request sent it; a value that is not an array is left to the library to report. */
export function checkListLength(value: unknown, expression: string, limit: 'maxSessions' | 'maxListEntries', limits: RequestLimits): void {
  if (Array.isArray(value)) checkCount(value.length, [expression], 'entries', limit, limits);
}

const DAY_MS = 86_400_000;
const datePrefix = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The day number of the calendar date a value starts with: a date `YYYY-MM-DD` or an instant
 * `YYYY-MM-DDTHH:MM…`, the only forms the library reads. The date of an instant is the one its offset
 * gives, which may differ by a day from its date in the schedule's time zone: close enough for a bound.
 */
function dayOf(value: unknown): number | undefined {
  const match = typeof value === 'string' ? datePrefix.exec(value) : null;
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Not a calendar date (month 13, 30 February): the library reports it.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / DAY_MS);
}

/** The last day any of the sessions starts or ends on, as far as the dates can be read. */
function lastSessionDay(sessions: unknown): number | undefined {
  if (!Array.isArray(sessions)) return undefined;
  let last: number | undefined;
  for (let index = 0; index < sessions.length; index++) {
    const session: unknown = sessions[index];
    if (!isObject(session)) continue;
    for (const bound of [dayOf(session['start']), dayOf(session['end'])]) {
      if (bound !== undefined && (last === undefined || bound > last)) last = bound;
    }
  }
  return last;
}

/**
 * Refuses, with 422, a stay that spans more than `maxSpanDays`: the library reports every week of a
 * stay, so its length, not the number of sessions, decides how much work and how long an answer it
 * causes. A stay without an end runs through its last session. Call it after the sessions have been
 * checked against `maxSessions`.
 *
 * @param stay - The `stay` of the request, `{ start, end? }`.
 * @param sessions - The sessions of the request.
 * @param limits - The server's limits.
 */
export function checkStaySpan(stay: unknown, sessions: unknown, limits: RequestLimits): void {
  if (!isObject(stay)) return;
  const first = dayOf(stay['start']);
  const openEnded = stay['end'] === undefined;
  const last = openEnded ? lastSessionDay(sessions) : dayOf(stay['end']);
  if (first === undefined || last === undefined || last - first <= limits.maxSpanDays) return;
  const what = openEnded
    ? `the stay from ${String(stay['start']).slice(0, 10)} runs ${count(last - first)} days to its last session`
    : `the stay from ${String(stay['start']).slice(0, 10)} to ${String(stay['end']).slice(0, 10)} spans ${count(last - first)} days`;
  throw overLimit('span_too_long', [openEnded ? 'stay' : 'stay.end'], what, 'maxSpanDays', limits);
}

/** The number of resources in FHIR data: the entries of a Bundle, the items of an array, or one resource. */
export function resourceCount(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (!isObject(data)) return 0;
  if (data['resourceType'] !== 'Bundle') return 1;
  return Array.isArray(data['entry']) ? data['entry'].length : 0;
}
