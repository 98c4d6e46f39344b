import type { DayNumber } from '../_lib/dayNumber.js';
import { instantMs } from '../_lib/instant.js';
import type { ZoneClock } from '../_lib/timeZone.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { unreadable } from '../issues/boundary.js';
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
  /**
   * For each counted session, in input order: its index, start and end in milliseconds, service
   * (its position in `SERVICE_TYPES`) and local date. Plain arrays: three typed arrays and their views
   * cost about 4 µs a call to allocate (Node 20), more than a week of sessions takes to read.
   */
  readonly index: number[];
  /** For each counted session: its id, when it has one (messages name sessions by it). */
  readonly ids: (string | undefined)[];
  /** The `source` of each session that has one, by its index in the input. */
  readonly sources: Map<number, string>;
  readonly start: number[];
  readonly end: number[];
  readonly service: number[];
  readonly day: DayNumber[];
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
  // The hand check and the schema describe the same shape: this is reached only when a session's
  // fields read differently the second time (a getter).
  return [invalidInput(`sessions[${index}]: not a valid session.`, { path: ['sessions', index] })];
}

/**
 * Reads every session once: checks its shape, and adds each counted session to the local date it
 * starts on. A session with a bad shape gets issues at its own path and the others still count.
 * {@link SessionSchema} writes the messages for any session the check below turns down. With a
 * modality filter, a session of a modality the level does not count is left out like a cancelled
 * one, with an `info` issue.
 */
export function readSessions(
  sessions: readonly unknown[],
  total: number,
  clock: ZoneClock,
  countStatuses: ReadonlySet<string>,
  reportIssues: boolean,
  modalities?: ModalityFilter,
): SessionsRead {
  const issues: Issue[] = [];
  const days = new Map<DayNumber, DayTotals>();
  const index: number[] = [];
  const ids: (string | undefined)[] = [];
  const sources = new Map<number, string>();
  const start: number[] = [];
  const end: number[] = [];
  const service: number[] = [];
  const day: DayNumber[] = [];
  const countsScheduled = countStatuses.has('scheduled');
  let counted = 0;
  let rejected = 0;
  let lastDay = Number.NaN;
  let lastTotals: DayTotals | undefined;

  for (let i = 0; i < total; i++) {
    let raw: unknown;
    let startMs: number;
    let endMs: number;
    let serviceAt: number | undefined;
    let status: unknown;
    let modality: unknown;
    let id: unknown;
    let source: unknown;
    // The one read of each session: whatever it does while being read (a getter or Proxy trap that
    // throws) makes it unreadable, and the others are still read.
    try {
      raw = sessions[i];
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        rejected++;
        if (reportIssues) pushAll(issues, invalidSessionIssues(raw, i));
        continue;
      }
      // Each field read by hand, once; SessionSchema runs only on a session turned down, to word its issues.
      const session = raw as { readonly [key: string]: unknown };
      startMs = instantMs(session['start']);
      endMs = instantMs(session['end']);
      serviceAt = serviceIndex.get(session['service']);
      status = session['status'];
      modality = session['modality'];
      id = session['id'];
      source = session['source'];
    } catch (thrown) {
      rejected++;
      if (reportIssues) issues.push(unreadable(['sessions', i], thrown));
      continue;
    }
    if (
      Number.isNaN(startMs) ||
      Number.isNaN(endMs) ||
      serviceAt === undefined ||
      (status !== undefined && !statuses.has(status)) ||
      (modality !== undefined && !knownModalities.has(modality)) ||
      (id !== undefined && typeof id !== 'string') ||
      (source !== undefined && typeof source !== 'string')
    ) {
      rejected++;
      if (reportIssues) {
        try {
          pushAll(issues, invalidSessionIssues(raw, i));
        } catch (thrown) {
          issues.push(unreadable(['sessions', i], thrown));
        }
      }
      continue;
    }
    if (typeof source === 'string' && source !== '') sources.set(i, source);
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
    const localDay = clock.localDay(startMs);
    if (modalities !== undefined && !modalities.counts(modality, localDay)) {
      if (reportIssues) issues.push(modalities.issue(sessionRef(i, id, startMs, clock), i, modality));
      continue;
    }
    let totals = lastTotals;
    if (localDay !== lastDay || totals === undefined) {
      totals = days.get(localDay);
      if (totals === undefined) {
        totals = { day: localDay, ms: 0, sessions: 0 };
        days.set(localDay, totals);
      }
      lastDay = localDay;
      lastTotals = totals;
    }
    totals.ms += endMs - startMs;
    totals.sessions += 1;
    index.push(i);
    ids.push(id as string | undefined);
    start.push(startMs);
    end.push(endMs);
    service.push(serviceAt);
    day.push(localDay);
    counted++;
  }

  return {
    clock,
    issues,
    total,
    rejected,
    counted,
    days,
    index,
    ids,
    sources,
    start,
    end,
    service,
    day,
  };
}

/** Appends without spreading, so a long list never becomes a long argument list. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
