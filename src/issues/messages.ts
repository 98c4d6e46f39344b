import { describeReceived } from '../_lib/describeReceived.js';
import { INVALID_INPUT_ENTRY } from './invalidInput.js';
import type { Severity } from './types.js';

/**
 * How a message names one session: by its id when it has one, otherwise by its place in the input
 * counted from 1, and by the local date and time it starts. (The issue's `path` keeps the 0-based
 * index: `['sessions', 3]` is the session named "session 4".)
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOG, type SessionRef } from 'level-of-care';
 *
 * const session: SessionRef = { position: 3, id: 'grp-0303', start: '2026-03-03 13:00' };
 * ISSUE_CATALOG.session_too_short.message({ session, minutes: 10, minimum: 15 });
 * //=> 'Session "grp-0303" (2026-03-03 13:00) lasts 10 minutes, shorter than the 15-minute minimum.'
 * ISSUE_CATALOG.session_too_short.message({ session: { position: 3, start: '2026-03-03 13:00' }, minutes: 10, minimum: 15 });
 * //=> 'Session 3 (2026-03-03 13:00) lasts 10 minutes, shorter than the 15-minute minimum.'
 * ```
 *
 * @category Issues
 */
export interface SessionRef {
  /** Its place in the input, counted from 1. */
  readonly position: number;
  /** Its id, when it has one. */
  readonly id?: string;
  /** The local date and time it starts in the schedule's time zone, `YYYY-MM-DD HH:mm`. */
  readonly start: string;
}

/**
 * How a message names one episode of care: by its id when it has one, otherwise by its place in the
 * input counted from 1, and by its level and dates. (The issue's `path` keeps the 0-based index.)
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOG, type EpisodeRef } from 'level-of-care';
 *
 * const episode: EpisodeRef = { position: 2, id: 'e2', level: 'iop', start: '2026-03-20', end: '2026-05-01' };
 * const other: EpisodeRef = { position: 1, id: 'e1', level: 'php', start: '2026-03-02', end: '2026-03-22' };
 * ISSUE_CATALOG.episode_overlap.message({ episode, other, days: 3 });
 * //=> 'Episode "e2" (iop, 2026-03-20 to 2026-05-01) overlaps episode "e1" (php, 2026-03-02 to 2026-03-22) by 3 days.'
 * ```
 *
 * @category Issues
 */
export interface EpisodeRef {
  /** Its place in the input, counted from 1. */
  readonly position: number;
  /** Its id, when it has one. */
  readonly id?: string;
  /** The level delivered. */
  readonly level: string;
  /** Its first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Its last day, `YYYY-MM-DD`; absent while it is ongoing. */
  readonly end?: string;
}

/**
 * The parameters each issue code's message is written from, keyed by code. Every issue the library
 * produces is built from one of these, so the wording of all messages lives in {@link ISSUE_CATALOG}.
 *
 * @example
 * ```ts
 * import { createIssue, type IssueParams } from 'level-of-care';
 *
 * const params: IssueParams['week_partial'] = { weekStart: '2026-03-02', days: 2 };
 * createIssue('week_partial', params, { path: ['weeks', '2026-03-02'] }).message;
 * //=> 'Week of 2026-03-02 is cut by the stay (2 days inside it): its weekly minimums are not checked.'
 * ```
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
  /**
   * The time zone is a fixed offset or an abbreviation, not a place: it does not follow the clock
   * changes of the program's place.
   */
  time_zone_not_a_place: {
    /** The name given. */
    readonly timeZone: string;
    /** `fixed-offset` for a name that keeps one offset all year, `abbreviation` for one each runtime reads its own way. */
    readonly kind: 'fixed-offset' | 'abbreviation';
    /** The fixed offset, `UTC-05:00`, for a `fixed-offset` name. */
    readonly offset?: string;
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
    /** The session. */
    readonly session: SessionRef;
    /** Its end, local date and time `YYYY-MM-DD HH:mm` (its start is in `session`). */
    readonly end: string;
  };
  /** A session is longer than the policy allows. */
  session_too_long: {
    /** The session. */
    readonly session: SessionRef;
    /** Its length in minutes (the message rounds it to a tenth, away from the bound). */
    readonly minutes: number;
    /** The longest session allowed, in minutes. */
    readonly maximum: number;
  };
  /** A session is shorter than the policy requires. */
  session_too_short: {
    /** The session. */
    readonly session: SessionRef;
    /** Its length in minutes (the message rounds it to a tenth, away from the bound). */
    readonly minutes: number;
    /** The shortest session allowed, in minutes. */
    readonly minimum: number;
  };
  /** Two counted sessions overlap in time. */
  session_overlap: {
    /** The session. */
    readonly session: SessionRef;
    /** The session it overlaps. */
    readonly other: SessionRef;
    /** Minutes the two share (the message rounds it to a tenth, never to 0). */
    readonly minutes: number;
  };
  /** A session's modality does not count toward the level under the policy. */
  session_not_counted_modality: {
    /** The session. */
    readonly session: SessionRef;
    /** Its modality. */
    readonly modality: string;
    /** The level id. */
    readonly level: string;
    /** The policy id. */
    readonly policy: string;
    /** The modalities the policy counts. */
    readonly counted: readonly string[];
  };
  /** A week lies wholly outside the dates of service the policy governs. */
  policy_not_in_effect: {
    /** First local date of the week, `YYYY-MM-DD`. */
    readonly weekStart: string;
    /** Last local date of the week, `YYYY-MM-DD`. */
    readonly weekEnd: string;
    /** The policy id. */
    readonly policy: string;
    /** First date of service the policy governs. */
    readonly from: string;
    /** Last date of service it governs, when it has one. */
    readonly to?: string;
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
    /** The episode; its `start` and `end` are the dates in the wrong order. */
    readonly episode: EpisodeRef;
  };
  /** Two episodes of care overlap. */
  episode_overlap: {
    /** The episode. */
    readonly episode: EpisodeRef;
    /** The episode it overlaps. */
    readonly other: EpisodeRef;
    /** Days the two share, when both have dates. */
    readonly days?: number;
  };
  /** Too many days pass after a high-intensity discharge before the next episode. */
  continuity_gap: {
    /** The discharged episode. */
    readonly episode: EpisodeRef;
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
    /** The episode. */
    readonly episode: EpisodeRef;
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
    /** The episode. */
    readonly episode: EpisodeRef;
    /** The level the payer authorized. */
    readonly authorized: string;
    /** The level delivered. */
    readonly delivered: string;
  };
  /** An intensive outpatient episode has dates shortly before a partial hospitalization episode starts. */
  medicare_iop_php_overlap: {
    /** The intensive outpatient episode. */
    readonly episode: EpisodeRef;
    /** The partial hospitalization episode it comes shortly before. */
    readonly other: EpisodeRef;
    /** The window before the partial hospitalization episode starts, in days. */
    readonly days: number;
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
 * @example
 * ```ts
 * import { validateSchedule, type IssueCode } from 'level-of-care';
 *
 * const result = validateSchedule(
 *   [{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' }],
 *   { level: 'iop', timeZone: 'America/New_York' },
 * );
 * const codes: IssueCode[] = result.issues.map((issue) => issue.code);
 * codes;
 * //=> ['week_hours_below_minimum', 'week_days_below_minimum']
 * ```
 *
 * @category Issues
 */
export type IssueCode = keyof IssueParams;

/**
 * One row of {@link ISSUE_CATALOG}: the severity, meaning and wording of one issue code.
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOG, type IssueCatalogEntry } from 'level-of-care';
 *
 * const entry: IssueCatalogEntry<'schedule_empty'> = ISSUE_CATALOG.schedule_empty;
 * [entry.severity, entry.meaning];
 * //=> ['error', 'No session counts towards the schedule.']
 * entry.message({ counted: 0, total: 4 });
 * //=> 'None of the 4 sessions counts (cancelled, no-show or excluded by status).'
 * ```
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

const plural = (count: number | string, one: string, many = `${one}s`): string => `${count} ${Number(count) === 1 ? one : many}`;

/**
 * A number rounded to `decimals` places for a message (the issue's `received` keeps it exact), but
 * away from the bound it failed: 480.04 minutes over a
 * 480-minute maximum reads 480.1, never "480 minutes, longer than the 480-minute maximum".
 */
const beyond = (value: number, bound: number, above: boolean, decimals: number): string => {
  const shown = Math.round(value * 10 ** decimals) / 10 ** decimals;
  if (above ? shown > bound : shown < bound) return String(shown);
  return String((above ? Math.ceil(value * 10 ** decimals) : Math.floor(value * 10 ** decimals)) / 10 ** decimals);
};

const MAX_ID_CHARS = 40;
const quotedId = (id: string): string => `"${id.length > MAX_ID_CHARS ? `${id.slice(0, MAX_ID_CHARS)}…` : id}"`;

/** `session "a9" (2026-03-02 09:00)`, or `session 4 (2026-03-02 09:00)` without an id. */
const sessionName = (session: SessionRef): string =>
  `session ${session.id === undefined || session.id === '' ? session.position : quotedId(session.id)} (${session.start})`;

/** `episode "e2"` or `episode 2`, with its level and dates unless the message gives them. */
const episodeName = (episode: EpisodeRef, withLevelAndDates = true): string => {
  const name = `episode ${episode.id === undefined || episode.id === '' ? episode.position : quotedId(episode.id)}`;
  if (!withLevelAndDates) return name;
  const dates = episode.end === undefined ? `from ${episode.start}, ongoing` : `${episode.start} to ${episode.end}`;
  return `${name} (${episode.level}, ${dates})`;
};

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

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
    message: (p) => `${describeReceived(p.timeZone)} is not a known IANA time zone (for example "America/New_York").`,
    example: { timeZone: 'Mars/Olympus_Mons' },
  },
  time_zone_not_a_place: {
    severity: 'warning',
    meaning:
      'The time zone is a fixed offset (such as "Etc/GMT+5" or "EST") or an abbreviation, not a place, so days and weeks may not follow the clocks of the program.',
    message: (p) =>
      p.kind === 'fixed-offset'
        ? `"${p.timeZone}" is a fixed offset${p.offset === undefined ? '' : ` (${p.offset})`}, not a place, and never changes its clocks, so across a daylight-saving change its days are not the program's: set timeZone to the program's place name, such as "America/New_York".`
        : `"${p.timeZone}" is an abbreviation, not a place, which runtimes read differently and which may not follow the program's clock changes: set timeZone to the program's place name, such as "America/New_York".`,
    example: { timeZone: 'EST', kind: 'fixed-offset', offset: 'UTC-05:00' },
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
    message: (p) => `${capitalized(sessionName(p.session))} ends at ${p.end}, not after it starts.`,
    example: { session: { position: 4, start: '2026-03-02 10:00' }, end: '2026-03-02 09:00' },
  },
  session_too_long: {
    severity: 'warning',
    meaning: 'A session lasts longer than the policy allows for one session.',
    message: (p) =>
      `${capitalized(sessionName(p.session))} lasts ${beyond(p.minutes, p.maximum, true, 1)} minutes, longer than the ${p.maximum}-minute maximum.`,
    example: { session: { position: 6, id: 'grp-0302', start: '2026-03-02 09:00' }, minutes: 540, maximum: 480 },
  },
  session_too_short: {
    severity: 'warning',
    meaning: 'A session is shorter than the policy requires for one session.',
    message: (p) =>
      `${capitalized(sessionName(p.session))} lasts ${beyond(p.minutes, p.minimum, false, 1)} minutes, shorter than the ${p.minimum}-minute minimum.`,
    example: { session: { position: 3, start: '2026-03-03 13:00' }, minutes: 10, minimum: 15 },
  },
  session_overlap: {
    severity: 'error',
    meaning: 'Two counted sessions of the same person overlap in time.',
    message: (p) =>
      `${capitalized(sessionName(p.session))} overlaps ${sessionName(p.other)} by ${plural(beyond(p.minutes, 0, true, 1), 'minute')}.`,
    example: { session: { position: 5, id: 'a9', start: '2026-03-04 11:30' }, other: { position: 4, id: 'a8', start: '2026-03-04 09:00' }, minutes: 30 },
  },
  session_not_counted_modality: {
    severity: 'info',
    meaning: "A session's modality does not count toward the level's hours, days and services under the policy, so it is left out.",
    message: (p) =>
      `${capitalized(sessionName(p.session))} is left out: it is ${p.modality}, and ${p.policy} counts only ${p.counted.join(' and ')} sessions toward ${p.level} hours, days and services.`,
    example: {
      session: { position: 3, id: 'wed', start: '2026-03-04 09:00' },
      modality: 'telehealth',
      level: 'php',
      policy: 'medicare-2024',
      counted: ['in-person'],
    },
  },
  policy_not_in_effect: {
    severity: 'error',
    meaning: 'A week lies wholly outside the dates of service the policy governs, so its requirements do not apply.',
    message: (p) =>
      `Week of ${p.weekStart} (${p.weekStart} to ${p.weekEnd}) is outside the dates of service ${p.policy} governs (${p.to === undefined ? `from ${p.from}` : `${p.from} to ${p.to}`}); check it against the policy in force on those dates.`,
    example: { weekStart: '2023-03-06', weekEnd: '2023-03-12', policy: 'medicare-2024', from: '2024-01-01' },
  },
  week_hours_below_minimum: {
    severity: 'error',
    meaning: 'A week has fewer service hours than the level requires.',
    message: (p) =>
      `Week of ${p.weekStart} has ${beyond(p.hours, p.minimum, false, 2)} h of ${p.level} services; the policy requires ${boundWord(p.inclusive, true)} ${p.minimum} h.`,
    example: { weekStart: '2026-03-02', level: 'iop', hours: 7.5, minimum: 9, inclusive: true },
  },
  week_hours_above_maximum: {
    severity: 'error',
    meaning: 'A week has more service hours than the level allows.',
    message: (p) =>
      `Week of ${p.weekStart} has ${beyond(p.hours, p.maximum, true, 2)} h of ${p.level} services; the policy allows ${boundWord(p.inclusive, false)} ${p.maximum} h.`,
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
    message: (p) => `${p.date} has ${beyond(p.hours, p.minimum, false, 2)} h of ${p.level} services; each service day needs at least ${p.minimum} h.`,
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
    message: (p) =>
      `${capitalized(episodeName(p.episode, false))} (${p.episode.level}) ends on ${p.episode.end ?? ''}, before it starts on ${p.episode.start}.`,
    example: { episode: { position: 2, level: 'iop', start: '2026-03-10', end: '2026-03-02' } },
  },
  episode_overlap: {
    severity: 'error',
    meaning: 'Two episodes of care overlap by at least one day.',
    message: (p) =>
      p.days === undefined
        ? `${capitalized(episodeName(p.episode))} starts while ${episodeName(p.other)} is still open.`
        : `${capitalized(episodeName(p.episode))} overlaps ${episodeName(p.other)} by ${plural(p.days, 'day')}.`,
    example: {
      episode: { position: 3, level: 'iop', start: '2026-03-10', end: '2026-04-30' },
      other: { position: 2, level: 'php', start: '2026-02-24', end: '2026-03-12' },
      days: 3,
    },
  },
  continuity_gap: {
    severity: 'warning',
    meaning: 'The next episode after high-intensity care starts later than the policy allows (or, with an as-of date, none has started in time).',
    message: (p) =>
      p.asOf === undefined
        ? `After ${p.level} discharge on ${p.dischargeDate} (${episodeName(p.episode, false)}), the next episode starts ${plural(p.days, 'day')} later; the policy allows at most ${p.maximum}.`
        : `After ${p.level} discharge on ${p.dischargeDate} (${episodeName(p.episode, false)}), no later episode is recorded by ${p.asOf}, ${plural(p.days, 'day')} after discharge; the policy allows at most ${p.maximum}.`,
    example: {
      episode: { position: 1, level: 'residential', start: '2026-02-01', end: '2026-03-01' },
      level: 'residential',
      dischargeDate: '2026-03-01',
      days: 12,
      maximum: 7,
    },
  },
  length_of_stay_exceeds_typical: {
    severity: 'warning',
    meaning: 'An episode lasts far longer than the typical stay at its level; worth utilization review.',
    message: (p) =>
      `${capitalized(episodeName(p.episode))} lasts ${plural(p.days, 'day')}, beyond the ${p.reviewAfter}-day review point for ${p.level} (typical stay ${p.typical} days).`,
    example: { episode: { position: 1, level: 'iop', start: '2026-01-05', end: '2026-07-23' }, level: 'iop', days: 200, typical: 56, reviewAfter: 112 },
  },
  authorized_level_mismatch: {
    severity: 'info',
    meaning: 'The level delivered differs from the level the payer authorized.',
    message: (p) => `${capitalized(episodeName(p.episode))} delivered ${p.delivered} while ${p.authorized} was authorized.`,
    example: { episode: { position: 2, level: 'php', start: '2026-03-02', end: '2026-03-20' }, authorized: 'iop', delivered: 'php' },
  },
  medicare_iop_php_overlap: {
    severity: 'warning',
    meaning: 'An intensive outpatient episode has dates within the days before a partial hospitalization episode starts; Medicare returns such intensive outpatient claims.',
    message: (p) =>
      `${capitalized(episodeName(p.episode))} has a date within ${plural(p.days, 'day')} before ${episodeName(p.other)} starts; Medicare returns an intensive outpatient claim with a date in that window.`,
    example: {
      episode: { position: 1, level: 'iop', start: '2026-03-02', end: '2026-03-13' },
      other: { position: 2, level: 'php', start: '2026-03-16' },
      days: 7,
    },
  },
  fhir_resource_skipped: {
    severity: 'warning',
    meaning: 'A FHIR resource was not read as a session.',
    message: (p) =>
      `Skipped ${/^[AEIOU]/.test(p.resourceType) ? 'an' : 'a'} ${p.resourceType} resource${p.id === undefined ? '' : ` "${p.id}"`}: ${p.reason}`,
    example: { resourceType: 'Encounter', id: 'e1', reason: 'it has no period.' },
  },
};
