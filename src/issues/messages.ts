import { INVALID_INPUT_ENTRY } from './invalidInput.js';
import type { Severity } from './types.js';

/**
 * The parameters each issue code's message is written from, keyed by code. Every issue the library
 * produces is built from one of these, so the wording of all messages lives in {@link ISSUE_CATALOG}.
 *
 * @category Issues
 */
export interface IssueParams {
  /** The input does not have the expected shape or a value is out of range. */
  invalid_input: {
    /** What is wrong, with the value received. */
    readonly detail: string;
  };
  /** The time zone is not an IANA name the runtime knows. */
  invalid_time_zone: {
    /** The name given. */
    readonly timeZone: string;
  };
  /** No session counts towards the schedule. */
  schedule_empty: {
    /** Sessions that count. */
    readonly counted: number;
    /** Sessions given. */
    readonly total: number;
  };
  /** A session ends at or before its start. */
  session_end_before_start: {
    /** The session: its index in the input, followed by its id when it has one. */
    readonly session: string;
    /** Its start, as given. */
    readonly start: string;
    /** Its end, as given. */
    readonly end: string;
  };
  /** A session is longer than the policy allows. */
  session_too_long: {
    /** The session: its index in the input, followed by its id when it has one. */
    readonly session: string;
    /** Its length in minutes. */
    readonly minutes: number;
    /** The longest session allowed, in minutes. */
    readonly maximum: number;
  };
  /** A session is shorter than the policy requires. */
  session_too_short: {
    /** The session: its index in the input, followed by its id when it has one. */
    readonly session: string;
    /** Its length in minutes. */
    readonly minutes: number;
    /** The shortest session allowed, in minutes. */
    readonly minimum: number;
  };
  /** Two counted sessions overlap in time. */
  session_overlap: {
    /** The session: its index in the input, followed by its id when it has one. */
    readonly session: string;
    /** The session it overlaps. */
    readonly other: string;
    /** Minutes the two share. */
    readonly minutes: number;
  };
  /** A week has fewer service hours than the level requires. */
  week_hours_below_minimum: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** The level id. */
    readonly level: string;
    /** Hours found. */
    readonly hours: number;
    /** The required hours. */
    readonly minimum: number;
    /** Whether the bound itself is allowed. */
    readonly inclusive: boolean;
  };
  /** A week has more service hours than the level allows. */
  week_hours_above_maximum: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** The level id. */
    readonly level: string;
    /** Hours found. */
    readonly hours: number;
    /** The allowed hours. */
    readonly maximum: number;
    /** Whether the bound itself is allowed. */
    readonly inclusive: boolean;
  };
  /** A week has fewer service days than the level requires. */
  week_days_below_minimum: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** The level id. */
    readonly level: string;
    /** Days found. */
    readonly days: number;
    /** The required days. */
    readonly minimum: number;
    /** Hours a day needs to count, when the policy sets one. */
    readonly qualifyingHours?: number;
  };
  /** A week has more service days than the level allows. */
  week_days_above_maximum: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** The level id. */
    readonly level: string;
    /** Days found. */
    readonly days: number;
    /** The allowed days. */
    readonly maximum: number;
  };
  /** A service day has fewer hours than each service day needs. */
  day_hours_below_minimum: {
    /** The local date, `YYYY-MM-DD`. */
    readonly date: string;
    /** The level id. */
    readonly level: string;
    /** Hours found. */
    readonly hours: number;
    /** The hours each service day needs. */
    readonly minimum: number;
  };
  /** A week lacks a service the policy requires every week. */
  week_missing_required_service: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** The required service. */
    readonly service: string;
    /** Sessions of it found. */
    readonly sessions: number;
    /** Sessions of it required. */
    readonly minimum: number;
  };
  /** A week cut by the stay, whose weekly minimums are not checked. */
  week_partial: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** Days of the week inside the stay. */
    readonly days: number;
  };
  /** A template time falls in a spring-forward gap. */
  template_time_nonexistent: {
    /** The local date, `YYYY-MM-DD`. */
    readonly date: string;
    /** The wall-clock time of the template, `HH:mm`. */
    readonly time: string;
    /** The IANA time zone. */
    readonly timeZone: string;
    /** The instant used instead. */
    readonly resolved: string;
  };
  /** A template time occurs twice on a fall-back night. */
  template_time_ambiguous: {
    /** The local date, `YYYY-MM-DD`. */
    readonly date: string;
    /** The wall-clock time of the template, `HH:mm`. */
    readonly time: string;
    /** The IANA time zone. */
    readonly timeZone: string;
    /** The instant used (the first occurrence). */
    readonly resolved: string;
  };
  /** A step-down passes over two or more pathway levels. */
  transition_skips_levels: {
    /** The level left. */
    readonly from: string;
    /** The level entered. */
    readonly to: string;
    /** The pathway levels passed over. */
    readonly skipped: readonly string[];
  };
  /** A move to a more intensive level. */
  transition_step_up: {
    /** The level left. */
    readonly from: string;
    /** The level entered. */
    readonly to: string;
  };
  /** An episode ends before it starts. */
  episode_end_before_start: {
    /** Index of the episode in the input. */
    readonly episode: number;
    /** Its first day. */
    readonly start: string;
    /** Its last day. */
    readonly end: string;
  };
  /** Two episodes of care overlap. */
  episode_overlap: {
    /** Index of the episode in the input. */
    readonly episode: number;
    /** Index of the episode it overlaps. */
    readonly other: number;
    /** Days the two share, when both have dates. */
    readonly days?: number;
  };
  /** Too many days pass after a high-intensity discharge before the next episode. */
  continuity_gap: {
    /** Index of the episode in the input. */
    readonly episode: number;
    /** The level id. */
    readonly level: string;
    /** The last day of the discharged episode. */
    readonly dischargeDate: string;
    /** Days from discharge to the next start (or to `asOf`). */
    readonly days: number;
    /** The most days allowed. */
    readonly maximum: number;
    /** The date the history runs to, when no episode follows. */
    readonly asOf?: string;
  };
  /** An episode runs well past the typical stay for its level. */
  length_of_stay_exceeds_typical: {
    /** Index of the episode in the input. */
    readonly episode: number;
    /** The level id. */
    readonly level: string;
    /** Days of the episode. */
    readonly days: number;
    /** The typical stay for the level, in days. */
    readonly typical: number;
    /** Days after which a stay is flagged for review. */
    readonly reviewAfter: number;
  };
  /** The level delivered differs from the level the payer authorized. */
  authorized_level_mismatch: {
    /** Index of the episode in the input. */
    readonly episode: number;
    /** The level the payer authorized. */
    readonly authorized: string;
    /** The level delivered. */
    readonly delivered: string;
  };
  /** A FHIR resource that could not be read as a session. */
  fhir_resource_skipped: {
    /** The resource type read. */
    readonly resourceType: string;
    /** Why it was skipped. */
    readonly reason: string;
    /** The resource's id, when it has one. */
    readonly id?: string;
  };
}

/**
 * A stable snake_case identifier of a kind of issue. Never renamed once released.
 *
 * @category Issues
 */
export type IssueCode = keyof IssueParams;

/**
 * One row of {@link ISSUE_CATALOG}: the severity, meaning and wording of one issue code.
 *
 * @category Issues
 */
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
 * written from. Messages are never written anywhere else. (The `invalid_input` row is defined in a
 * module of its own, so that a bundle that reports only bad input carries none of the other messages.)
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
 *
 * @category Issues
 */
export const ISSUE_CATALOG: { readonly [C in IssueCode]: IssueCatalogEntry<C> } = {
  invalid_input: INVALID_INPUT_ENTRY,
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
    message: (p) =>
      `Skipped ${/^[AEIOU]/.test(p.resourceType) ? 'an' : 'a'} ${p.resourceType} resource${p.id === undefined ? '' : ` "${p.id}"`}: ${p.reason}`,
    example: { resourceType: 'Encounter', id: 'e1', reason: 'it has no period.' },
  },
};
