import type { DayNumber } from '../_lib/dayNumber.js';
import { instantMs } from '../_lib/instant.js';
import type { ZoneClock } from '../_lib/timeZone.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { SessionRef } from '../issues/messages.js';
import type { Issue } from '../issues/types.js';
import { SERVICE_TYPES } from '../services/index.js';
import { SESSION_MODALITIES, SESSION_STATUSES } from './data.js';
import type { ModalityFilter } from './modalityFilter.js';
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
  /** The schedule's time zone, in which messages give local times. */
  readonly clock: ZoneClock;
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
const knownModalities: ReadonlySet<unknown> = /* @__PURE__ */ (() => new Set(SESSION_MODALITIES))();

/** The local date and time of an instant, `YYYY-MM-DD HH:mm`, as messages give it. */
function localDateTime(clock: ZoneClock, instant: number): string {
  const iso = clock.formatInstant(instant);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** How messages name the session at `index` of the input: its id, its place counted from 1, its local start. */
export function sessionRef(index: number, id: unknown, startMs: number, clock: ZoneClock): SessionRef {
  const start = localDateTime(clock, startMs);
  return typeof id === 'string' && id.length > 0 ? { position: index + 1, id, start } : { position: index + 1, start };
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
 * the source of truth and writes the messages for any session the hand check turns down. With a
 * modality filter, a session of a modality the level does not count is left out like a cancelled
 * one, with an `info` issue.
 */
export function readSessions(
  sessions: readonly unknown[],
  clock: ZoneClock,
  countStatuses: ReadonlySet<string>,
  reportIssues: boolean,
  modalities?: ModalityFilter,
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
      (modality !== undefined && !knownModalities.has(modality)) ||
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
        const received = (endMs - startMs) / 60_000;
        issues.push(
          createIssue(
            'session_end_before_start',
            { session: sessionRef(i, id, startMs, clock), end: localDateTime(clock, endMs) },
            { path: ['sessions', i, 'end'], expected: 'end after start', received },
          ),
        );
      }
      continue;
    }
    if (status === undefined ? !countsScheduled : !countStatuses.has(status as string)) continue;
    if (modalities !== undefined && !modalities.counts(modality)) {
      if (reportIssues) issues.push(modalities.issue(sessionRef(i, id, startMs, clock), i, modality));
      continue;
    }

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
    clock,
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

/** Appends without spreading, so a long list never becomes a long argument list. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
