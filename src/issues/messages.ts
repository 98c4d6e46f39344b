import type { Severity } from './types.js';

/**
 * The parameters each issue code's message is written from, keyed by code. Every issue the library
 * produces is built from one of these, so the wording of all messages lives in {@link ISSUE_CATALOG}.
 */
export interface IssueParams {
  invalid_input: { readonly detail: string };
  invalid_time_zone: { readonly timeZone: string };
  schedule_empty: { readonly counted: number; readonly total: number };
  session_end_before_start: { readonly session: string; readonly start: string; readonly end: string };
  session_too_long: { readonly session: string; readonly minutes: number; readonly maximum: number };
  session_too_short: { readonly session: string; readonly minutes: number; readonly minimum: number };
  session_overlap: { readonly session: string; readonly other: string; readonly minutes: number };
  week_hours_below_minimum: {
    readonly weekStart: string;
    readonly level: string;
    readonly hours: number;
    readonly minimum: number;
    readonly inclusive: boolean;
  };
  week_hours_above_maximum: {
    readonly weekStart: string;
    readonly level: string;
    readonly hours: number;
    readonly maximum: number;
    readonly inclusive: boolean;
  };
  week_days_below_minimum: {
    readonly weekStart: string;
    readonly level: string;
    readonly days: number;
    readonly minimum: number;
    readonly qualifyingHours?: number;
  };
  week_days_above_maximum: {
    readonly weekStart: string;
    readonly level: string;
    readonly days: number;
    readonly maximum: number;
  };
  day_hours_below_minimum: {
    readonly date: string;
    readonly level: string;
    readonly hours: number;
    readonly minimum: number;
  };
  week_missing_required_service: {
    readonly weekStart: string;
    readonly service: string;
    readonly sessions: number;
    readonly minimum: number;
  };
  week_partial: { readonly weekStart: string; readonly days: number };
  template_time_nonexistent: {
    readonly date: string;
    readonly time: string;
    readonly timeZone: string;
    readonly resolved: string;
  };
  template_time_ambiguous: {
    readonly date: string;
    readonly time: string;
    readonly timeZone: string;
    readonly resolved: string;
  };
  transition_skips_levels: { readonly from: string; readonly to: string; readonly skipped: readonly string[] };
  transition_step_up: { readonly from: string; readonly to: string };
  episode_end_before_start: { readonly episode: number; readonly start: string; readonly end: string };
  episode_overlap: { readonly episode: number; readonly other: number; readonly days?: number };
  continuity_gap: {
    readonly episode: number;
    readonly level: string;
    readonly dischargeDate: string;
    readonly days: number;
    readonly maximum: number;
    readonly asOf?: string;
  };
  length_of_stay_exceeds_typical: {
    readonly episode: number;
    readonly level: string;
    readonly days: number;
    readonly typical: number;
    readonly reviewAfter: number;
  };
  authorized_level_mismatch: { readonly episode: number; readonly authorized: string; readonly delivered: string };
  fhir_resource_skipped: { readonly resourceType: string; readonly reason: string };
}

/** A stable snake_case identifier of a kind of issue. Never renamed once released. */
export type IssueCode = keyof IssueParams;

/** One row of {@link ISSUE_CATALOG}: the severity, meaning and wording of one issue code. */
export interface IssueCatalogEntry<C extends IssueCode> {
  /** Severity every issue with this code has. */
  readonly severity: Severity;
  /** What the code means, for documentation. */
  readonly meaning: string;
  /** Writes the message from the parameters. */
  readonly message: (params: IssueParams[C]) => string;
  /** Parameters for an example message in the documentation. */
  readonly example: IssueParams[C];
}

const boundWord = (inclusive: boolean, lower: boolean): string =>
  lower ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/**
 * Every issue code with its severity, its meaning and the one English template its message is
 * written from. Messages are never written anywhere else.
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOG } from 'level-of-care';
 *
 * ISSUE_CATALOG.week_partial.severity;
 * //=> 'info'
 * ISSUE_CATALOG.week_partial.message({ weekStart: '2026-03-02', days: 3 });
 * //=> 'Week of 2026-03-02 is cut by the stay (3 days inside it): its weekly minimums are not checked.'
 * ```
 */
export const ISSUE_CATALOG: { readonly [C in IssueCode]: IssueCatalogEntry<C> } = {
  invalid_input: {
    severity: 'error',
    meaning: 'The input does not have the expected shape or a value is out of range.',
    message: (p) => `Invalid input: ${p.detail}`,
    example: { detail: 'expected an ISO 8601 instant with an offset or Z, received "2026-03-02T09:00".' },
  },
  invalid_time_zone: {
    severity: 'error',
    meaning: 'The time zone is not an IANA name this runtime knows.',
    message: (p) => `"${p.timeZone}" is not a known IANA time zone (for example "America/New_York").`,
    example: { timeZone: 'Mars/Olympus_Mons' },
  },
  schedule_empty: {
    severity: 'error',
    meaning: 'No session counts towards the schedule.',
    message: (p) =>
      p.total === 0
        ? 'The schedule has no sessions.'
        : `None of the ${plural(p.total, 'session')} counts (cancelled, no-show or excluded by status).`,
    example: { counted: 0, total: 0 },
  },
  session_end_before_start: {
    severity: 'error',
    meaning: 'A session ends at or before the instant it starts.',
    message: (p) => `Session ${p.session} ends at ${p.end}, not after it starts at ${p.start}.`,
    example: { session: '3', start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' },
  },
  session_too_long: {
    severity: 'warning',
    meaning: 'A session lasts longer than the policy allows for one session.',
    message: (p) => `Session ${p.session} lasts ${p.minutes} minutes, longer than the ${p.maximum}-minute maximum.`,
    example: { session: '5', minutes: 540, maximum: 480 },
  },
  session_too_short: {
    severity: 'warning',
    meaning: 'A session is shorter than the policy requires for one session.',
    message: (p) => `Session ${p.session} lasts ${p.minutes} minutes, shorter than the ${p.minimum}-minute minimum.`,
    example: { session: '2', minutes: 10, minimum: 15 },
  },
  session_overlap: {
    severity: 'error',
    meaning: 'Two counted sessions of the same person overlap in time.',
    message: (p) => `Session ${p.session} overlaps session ${p.other} by ${plural(p.minutes, 'minute')}.`,
    example: { session: '4', other: '3', minutes: 30 },
  },
  week_hours_below_minimum: {
    severity: 'error',
    meaning: 'A week has fewer service hours than the level requires.',
    message: (p) =>
      `Week of ${p.weekStart} has ${p.hours} h of ${p.level} services; the policy requires ${boundWord(p.inclusive, true)} ${p.minimum} h.`,
    example: { weekStart: '2026-03-02', level: 'iop', hours: 7.5, minimum: 9, inclusive: true },
  },
  week_hours_above_maximum: {
    severity: 'error',
    meaning: 'A week has more service hours than the level allows.',
    message: (p) =>
      `Week of ${p.weekStart} has ${p.hours} h of ${p.level} services; the policy allows ${boundWord(p.inclusive, false)} ${p.maximum} h.`,
    example: { weekStart: '2026-03-02', level: 'iop', hours: 20, maximum: 20, inclusive: false },
  },
  week_days_below_minimum: {
    severity: 'error',
    meaning: 'A week has fewer service days than the level requires.',
    message: (p) =>
      p.qualifyingHours === undefined
        ? `Week of ${p.weekStart} has ${plural(p.days, 'service day')} of ${p.level}; the policy requires at least ${p.minimum}.`
        : `Week of ${p.weekStart} has ${plural(p.days, 'service day')} of ${p.level} with at least ${p.qualifyingHours} h; the policy requires at least ${p.minimum}.`,
    example: { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 },
  },
  week_days_above_maximum: {
    severity: 'error',
    meaning: 'A week has more service days than the level allows.',
    message: (p) =>
      `Week of ${p.weekStart} has ${plural(p.days, 'service day')} of ${p.level}; the policy allows at most ${p.maximum}.`,
    example: { weekStart: '2026-03-02', level: 'iop', days: 6, maximum: 5 },
  },
  day_hours_below_minimum: {
    severity: 'error',
    meaning: 'A service day has fewer hours than the level requires on each day it meets.',
    message: (p) => `${p.date} has ${p.hours} h of ${p.level} services; each service day needs at least ${p.minimum} h.`,
    example: { date: '2026-03-04', level: 'iop', hours: 2, minimum: 3 },
  },
  week_missing_required_service: {
    severity: 'error',
    meaning: 'A week lacks a service the policy requires every week.',
    message: (p) =>
      `Week of ${p.weekStart} has ${plural(p.sessions, `${p.service} session`)}; the policy requires at least ${p.minimum}.`,
    example: { weekStart: '2026-03-02', service: 'individual', sessions: 0, minimum: 1 },
  },
  week_partial: {
    severity: 'info',
    meaning: 'A week is cut by the start or end of the stay, so its weekly minimums are not checked.',
    message: (p) =>
      `Week of ${p.weekStart} is cut by the stay (${plural(p.days, 'day')} inside it): its weekly minimums are not checked.`,
    example: { weekStart: '2026-03-02', days: 3 },
  },
  template_time_nonexistent: {
    severity: 'warning',
    meaning: 'A template time falls in a daylight-saving gap and does not exist on that date.',
    message: (p) =>
      `${p.time} does not exist on ${p.date} in ${p.timeZone} (clocks spring forward); the session was placed at ${p.resolved}.`,
    example: { date: '2026-03-08', time: '02:30', timeZone: 'America/New_York', resolved: '2026-03-08T03:30:00-04:00' },
  },
  template_time_ambiguous: {
    severity: 'info',
    meaning: 'A template time occurs twice on a date when clocks fall back.',
    message: (p) =>
      `${p.time} occurs twice on ${p.date} in ${p.timeZone} (clocks fall back); the first occurrence, ${p.resolved}, was used.`,
    example: { date: '2026-11-01', time: '01:30', timeZone: 'America/New_York', resolved: '2026-11-01T01:30:00-04:00' },
  },
  transition_skips_levels: {
    severity: 'warning',
    meaning: 'A step-down skips two or more levels of the pathway.',
    message: (p) =>
      `Stepping down from ${p.from} to ${p.to} skips ${p.skipped.join(', ')}; document why the intermediate levels are not needed.`,
    example: { from: 'detox', to: 'op', skipped: ['php', 'iop'] },
  },
  transition_step_up: {
    severity: 'info',
    meaning: 'A move to a more intensive level; allowed, with a documented reason.',
    message: (p) => `Stepping up from ${p.from} to ${p.to}: document the reason for the more intensive level.`,
    example: { from: 'iop', to: 'php' },
  },
  episode_end_before_start: {
    severity: 'error',
    meaning: 'An episode ends before it starts.',
    message: (p) => `Episode ${p.episode} ends on ${p.end}, before it starts on ${p.start}.`,
    example: { episode: 1, start: '2026-03-10', end: '2026-03-02' },
  },
  episode_overlap: {
    severity: 'error',
    meaning: 'Two episodes of care overlap by at least one day.',
    message: (p) =>
      p.days === undefined
        ? `Episode ${p.episode} starts while episode ${p.other} is still ongoing; neither has an end date.`
        : `Episode ${p.episode} overlaps episode ${p.other} by ${plural(p.days, 'day')}.`,
    example: { episode: 2, other: 1, days: 3 },
  },
  continuity_gap: {
    severity: 'warning',
    meaning: 'The next episode after high-intensity care starts later than the policy allows (or, with an as-of date, none has started in time).',
    message: (p) =>
      p.asOf === undefined
        ? `After ${p.level} discharge on ${p.dischargeDate} (episode ${p.episode}), the next episode starts ${plural(p.days, 'day')} later; the policy allows at most ${p.maximum}.`
        : `After ${p.level} discharge on ${p.dischargeDate} (episode ${p.episode}), no later episode is recorded by ${p.asOf}, ${plural(p.days, 'day')} after discharge; the policy allows at most ${p.maximum}.`,
    example: { episode: 0, level: 'residential', dischargeDate: '2026-03-01', days: 12, maximum: 7 },
  },
  length_of_stay_exceeds_typical: {
    severity: 'warning',
    meaning: 'An episode lasts far longer than the typical stay at its level; worth utilization review.',
    message: (p) =>
      `Episode ${p.episode} at ${p.level} lasts ${plural(p.days, 'day')}, beyond the ${p.reviewAfter}-day review point (typical stay ${p.typical} days).`,
    example: { episode: 0, level: 'iop', days: 200, typical: 56, reviewAfter: 112 },
  },
  authorized_level_mismatch: {
    severity: 'info',
    meaning: 'The level delivered differs from the level the payer authorized.',
    message: (p) => `Episode ${p.episode} delivered ${p.delivered} while ${p.authorized} was authorized.`,
    example: { episode: 1, authorized: 'iop', delivered: 'php' },
  },
  fhir_resource_skipped: {
    severity: 'warning',
    meaning: 'A FHIR resource was not read as a session.',
    message: (p) => `Skipped a ${p.resourceType} resource: ${p.reason}`,
    example: { resourceType: 'Observation', reason: 'only Appointment and Encounter resources describe sessions.' },
  },
};
