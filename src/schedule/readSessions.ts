import type { DayNumber } from '../_lib/dayNumber.js';
import { instantMs } from '../_lib/instant.js';
import type { ZoneClock } from '../_lib/timeZone.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { SERVICE_TYPES } from '../services/index.js';
import { SESSION_MODALITIES, SESSION_STATUSES } from './data.js';
import { SessionSchema } from './schema.js';

/** Totals of the counted sessions that start on one local date. */
export interface DayTotals {
  readonly day: DayNumber;
  /** Elapsed milliseconds, summed exactly. */
  ms: number;
  sessions: number;
  /** Milliseconds per service, indexed like `SERVICE_TYPES`. */
  readonly serviceMs: number[];
  /** Sessions per service, indexed like `SERVICE_TYPES`. */
  readonly serviceSessions: number[];
}

/** What one pass over the sessions found. */
export interface SessionsRead {
  /** `invalid_input` and `session_end_before_start` issues, in input order. */
  readonly issues: Issue[];
  /** Sessions given. */
  readonly total: number;
  /** Sessions with a bad shape or an end not after the start. */
  readonly rejected: number;
  /** Sessions that count. */
  readonly counted: number;
  /** Totals per local date. */
  readonly days: Map<DayNumber, DayTotals>;
  /** For each counted session, in input order: its index, start and end in milliseconds. */
  readonly index: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

const serviceIndex: ReadonlyMap<unknown, number> = /* @__PURE__ */ (() => new Map(SERVICE_TYPES.map((service, index) => [service, index])))();
const statuses: ReadonlySet<unknown> = /* @__PURE__ */ (() => new Set(SESSION_STATUSES))();
const modalities: ReadonlySet<unknown> = /* @__PURE__ */ (() => new Set(SESSION_MODALITIES))();

/** How a session is named in messages: its index, and its id when it has one. */
export function sessionLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id.length > 0 ? `${index} ("${id.length > 40 ? `${id.slice(0, 40)}…` : id}")` : `${index}`;
}

function invalidSessionIssues(raw: unknown, index: number): Issue[] {
  const parsed = safeParseMini(SessionSchema, raw);
  if (!parsed.success) return issuesFromZod(parsed.error, ['sessions', index]);
  // The fast check below and the schema describe the same shape; this is reached only if they drift.
  return [invalidInput(`sessions[${index}]: not a valid session.`, { path: ['sessions', index] })];
}

/**
 * Reads every session once: checks its shape, and adds each counted session to the local date it
 * starts on. A session with a bad shape gets issues at its own path and the others still count.
 *
 * The shape is checked by hand because this loop runs a million times; {@link SessionSchema} stays
 * the source of truth and writes the messages for any session the hand check turns down.
 */
export function readSessions(
  sessions: readonly unknown[],
  clock: ZoneClock,
  countStatuses: ReadonlySet<string>,
  reportIssues: boolean,
): SessionsRead {
  const total = sessions.length;
  const issues: Issue[] = [];
  const days = new Map<DayNumber, DayTotals>();
  const index = new Int32Array(total);
  const start = new Float64Array(total);
  const end = new Float64Array(total);
  const countsScheduled = countStatuses.has('scheduled');
  const serviceCount = SERVICE_TYPES.length;
  let counted = 0;
  let rejected = 0;
  let lastDay = Number.NaN;
  let lastTotals: DayTotals | undefined;

  for (let i = 0; i < total; i++) {
    const raw: unknown = sessions[i];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      rejected++;
      if (reportIssues) pushAll(issues, invalidSessionIssues(raw, i));
      continue;
    }
    const session = raw as { readonly [key: string]: unknown };
    const startMs = instantMs(session['start']);
    const endMs = instantMs(session['end']);
    const service = serviceIndex.get(session['service']);
    const status = session['status'];
    const modality = session['modality'];
    const id = session['id'];
    const source = session['source'];
    if (
      Number.isNaN(startMs) ||
      Number.isNaN(endMs) ||
      service === undefined ||
      (status !== undefined && !statuses.has(status)) ||
      (modality !== undefined && !modalities.has(modality)) ||
      (id !== undefined && typeof id !== 'string') ||
      (source !== undefined && typeof source !== 'string')
    ) {
      rejected++;
      if (reportIssues) pushAll(issues, invalidSessionIssues(raw, i));
      continue;
    }
    if (endMs <= startMs) {
      rejected++;
      if (reportIssues) {
        const label = sessionLabel(i, id);
        const received = (endMs - startMs) / 60_000;
        issues.push(
          createIssue(
            'session_end_before_start',
            { session: label, start: describeInstant(session['start']), end: describeInstant(session['end']) },
            { path: ['sessions', i, 'end'], expected: 'end after start', received },
          ),
        );
      }
      continue;
    }
    if (status === undefined ? !countsScheduled : !countStatuses.has(status as string)) continue;

    const day = clock.localDay(startMs);
    let totals = lastTotals;
    if (day !== lastDay || totals === undefined) {
      totals = days.get(day);
      if (totals === undefined) {
        totals = {
          day,
          ms: 0,
          sessions: 0,
          serviceMs: new Array<number>(serviceCount).fill(0),
          serviceSessions: new Array<number>(serviceCount).fill(0),
        };
        days.set(day, totals);
      }
      lastDay = day;
      lastTotals = totals;
    }
    const elapsed = endMs - startMs;
    totals.ms += elapsed;
    totals.sessions += 1;
    totals.serviceMs[service] = (totals.serviceMs[service] ?? 0) + elapsed;
    totals.serviceSessions[service] = (totals.serviceSessions[service] ?? 0) + 1;
    index[counted] = i;
    start[counted] = startMs;
    end[counted] = endMs;
    counted++;
  }

  return {
    issues,
    total,
    rejected,
    counted,
    days,
    index: index.subarray(0, counted),
    start: start.subarray(0, counted),
    end: end.subarray(0, counted),
  };
}

function describeInstant(value: unknown): string {
  return typeof value === 'string' ? value : new Date(instantMs(value)).toISOString();
}

/** Appends without spreading, so a long list never becomes a long argument list. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
