import type { Issue } from '../issues/types.js';
import type { LevelId, Population } from '../levels/types.js';
import type { Policy } from '../policies/types.js';
import type { ServiceType } from '../services/index.js';

/**
 * Where a session stands. Only `scheduled` and `attended` count by default.
 *
 * @example
 * ```ts
 * import { summarizeSchedule, type SessionStatus } from 'level-of-care';
 *
 * // A no-show does not count by default, so the schedule has no week.
 * const status: SessionStatus = 'no-show';
 * summarizeSchedule(
 *   [{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group', status }],
 *   { timeZone: 'America/New_York' },
 * );
 * //=> []
 * ```
 *
 * @category Schedule
 */
export type SessionStatus = 'scheduled' | 'attended' | 'cancelled' | 'no-show';

/**
 * How a session is delivered.
 *
 * @example
 * ```ts
 * import { POLICIES, validateSchedule, type SessionModality } from 'level-of-care';
 *
 * // Medicare counts only in-person intensive outpatient sessions.
 * const modality: SessionModality = 'telehealth';
 * const session = { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group', modality } as const;
 * validateSchedule([session], { level: 'iop', timeZone: 'America/New_York', policy: POLICIES.medicare2024 })
 *   .issues.map((issue) => issue.code);
 * //=> ['session_not_counted_modality', 'schedule_empty']
 * ```
 *
 * @category Schedule
 */
export type SessionModality = 'in-person' | 'telehealth';

/**
 * One treatment session. `start` and `end` are instants: a `Date`, or an ISO 8601 string with an
 * offset or `Z` (`2026-03-02T09:00:00-05:00`). A local time without an offset is rejected, because
 * the moment it names depends on where it is read.
 *
 * @example
 * ```ts
 * import type { Session } from 'level-of-care';
 *
 * const session: Session = {
 *   id: 'grp-1',
 *   start: '2026-03-02T09:00:00-05:00',
 *   end: '2026-03-02T12:00:00-05:00',
 *   service: 'group',
 *   status: 'attended',
 * };
 * ```
 *
 * @category Schedule
 */
export interface Session {
  /** The caller's id, shown in messages. */
  readonly id?: string;
  /** When it starts. */
  readonly start: string | Date;
  /** When it ends; must be after `start`. */
  readonly end: string | Date;
  /** What kind of service it delivers. */
  readonly service: ServiceType;
  /** Defaults to `'scheduled'`. */
  readonly status?: SessionStatus;
  /** In person or by telehealth; absent means in person. */
  readonly modality?: SessionModality;
  /**
   * Where the session came from, such as the FHIRPath of its resource in a Bundle
   * (`Bundle.entry[3].resource`); issues about the session carry it in {@link Issue.source}.
   */
  readonly source?: string;
}

/**
 * One calendar week of a schedule in the program's time zone: the totals of the sessions that
 * count, by the local date each starts on.
 *
 * @example
 * ```ts
 * import { validateSchedule, type Week } from 'level-of-care';
 *
 * const week: Week | undefined = validateSchedule(
 *   [{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' }],
 *   { level: 'iop', timeZone: 'America/New_York' },
 * ).weeks[0];
 * week?.hours;
 * //=> 3
 * ```
 *
 * @category Schedule
 */
export interface Week {
  /** The local date the week starts on, `YYYY-MM-DD`. */
  readonly weekStart: string;
  /** Elapsed minutes of counted sessions, summed exactly. */
  readonly minutes: number;
  /** `minutes / 60`, rounded once to 2 decimals. */
  readonly hours: number;
  /** Number of local dates with at least one counted session. */
  readonly days: number;
  /** Those dates, ascending, `YYYY-MM-DD`. */
  readonly serviceDates: readonly string[];
  /** Minutes per service; services without a counted session are absent. */
  readonly byService: Readonly<Partial<Record<ServiceType, number>>>;
  /** Number of counted sessions. */
  readonly sessions: number;
  /** `true` when the week is not wholly inside the stay, so its weekly minimums are not checked. */
  readonly partial: boolean;
}

/**
 * The stay a schedule belongs to. Each bound is a local date `YYYY-MM-DD` in the schedule's time
 * zone, or an instant (a `Date` or an ISO string with an offset), which is read as its local date.
 * `end` is the last day of the stay; without it the stay runs through the last counted session.
 *
 * @example
 * ```ts
 * import { validateSchedule, type ScheduleStay } from 'level-of-care';
 *
 * // The stay starts on a Wednesday, so its first week is partial and its minimums are not checked.
 * const stay: ScheduleStay = { start: '2026-03-04' };
 * const sessions = ['2026-03-04', '2026-03-05'].map((date) => ({
 *   start: `${date}T09:00:00-05:00`, end: `${date}T12:00:00-05:00`, service: 'group' as const,
 * }));
 * const result = validateSchedule(sessions, { level: 'iop', timeZone: 'America/New_York', stay });
 * [result.weeks[0]?.partial, result.issues.map((issue) => issue.code)];
 * //=> [true, ['week_partial']]
 * ```
 *
 * @category Schedule
 */
export interface ScheduleStay {
  /** First day of the stay. */
  readonly start: string | Date;
  /** Last day of the stay (inclusive). */
  readonly end?: string | Date;
}

/**
 * Options of {@link validateSchedule}.
 *
 * @example
 * ```ts
 * import { validateSchedule, type ValidateScheduleOptions } from 'level-of-care';
 *
 * // Two days × 3 h = 6 h: enough hours for an adolescent, but too few days.
 * const options: ValidateScheduleOptions = { level: 'iop', timeZone: 'America/New_York', population: 'adolescent' };
 * const sessions = ['2026-03-02', '2026-03-04'].map((date) => ({
 *   start: `${date}T09:00:00-05:00`, end: `${date}T12:00:00-05:00`, service: 'group' as const,
 * }));
 * validateSchedule(sessions, options).issues.map((issue) => issue.code);
 * //=> ['week_days_below_minimum']
 * ```
 *
 * @category Schedule
 */
export interface ValidateScheduleOptions {
  /** The level of care the schedule is for. */
  readonly level: LevelId;
  /** IANA time zone of the program, e.g. `America/New_York`; days and weeks are counted in it. */
  readonly timeZone: string;
  /** Defaults to `'adult'`. */
  readonly population?: Population;
  /** Defaults to {@link BuiltInPolicies.general | POLICIES.general}. */
  readonly policy?: Policy;
  /** First day of the week, 0 = Sunday … 6 = Saturday; defaults to 1 (Monday). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The stay: every week of it is reported, and weeks it cuts are partial. */
  readonly stay?: ScheduleStay;
  /** Statuses that count; defaults to `['scheduled', 'attended']`. */
  readonly countStatuses?: readonly SessionStatus[];
}

/**
 * Options of {@link summarizeSchedule}.
 *
 * @example
 * ```ts
 * import { summarizeSchedule, type SummarizeScheduleOptions } from 'level-of-care';
 *
 * // Count attended sessions only: the scheduled one on Wednesday is left out.
 * const options: SummarizeScheduleOptions = { timeZone: 'America/New_York', countStatuses: ['attended'] };
 * const sessions = [
 *   { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group', status: 'attended' },
 *   { start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T12:00:00-05:00', service: 'group' },
 * ] as const;
 * summarizeSchedule(sessions, options)[0]?.serviceDates;
 * //=> ['2026-03-02']
 * ```
 *
 * @category Schedule
 */
export interface SummarizeScheduleOptions {
  /** IANA time zone of the program. */
  readonly timeZone: string;
  /** First day of the week, 0 = Sunday … 6 = Saturday; defaults to 1 (Monday). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Statuses that count; defaults to `['scheduled', 'attended']`. */
  readonly countStatuses?: readonly SessionStatus[];
}

/**
 * What {@link validateSchedule} returns.
 *
 * @example
 * ```ts
 * import { validateSchedule, type ScheduleValidationResult } from 'level-of-care';
 *
 * // A local time without an offset cannot be read.
 * const result: ScheduleValidationResult = validateSchedule(
 *   [{ start: '2026-03-02T09:00:00', end: '2026-03-02T12:00:00-05:00', service: 'group' }],
 *   { level: 'iop', timeZone: 'America/New_York' },
 * );
 * [result.ok, result.issues.map((issue) => issue.path), result.weeks];
 * //=> [false, [['sessions', 0, 'start']], []]
 * ```
 *
 * @category Schedule
 */
export interface ScheduleValidationResult {
  /** `true` exactly when no issue is an error. */
  readonly ok: boolean;
  /** Everything found, in input order: sessions first, then weeks. */
  readonly issues: readonly Issue[];
  /** The weeks, ascending. */
  readonly weeks: readonly Week[];
}

/**
 * Options of {@link billableDays}.
 *
 * @example
 * ```ts
 * import { POLICIES, billableDays, type BillableDaysOptions } from 'level-of-care';
 *
 * const options: BillableDaysOptions = { level: 'iop', policy: POLICIES.h0015, timeZone: 'America/New_York' };
 * const sessions = [
 *   { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
 *   { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T11:00:00-05:00', service: 'group' },
 * ] as const;
 * billableDays(sessions, options).map((day) => day.billable);
 * //=> [true, false]
 * ```
 *
 * @category Schedule
 */
export interface BillableDaysOptions {
  /** The level the days are billed at. */
  readonly level: LevelId;
  /** Defaults to {@link BuiltInPolicies.general | POLICIES.general}, which has no billing rules (every day with services is billable). */
  readonly policy?: Policy;
  /** IANA time zone of the program. */
  readonly timeZone: string;
  /** Statuses that count; defaults to `['scheduled', 'attended']`. */
  readonly countStatuses?: readonly SessionStatus[];
}

/**
 * One local date with counted services, and whether it is billable.
 *
 * @example
 * ```ts
 * import { POLICIES, billableDays, type BillableDay } from 'level-of-care';
 *
 * // Three 50-minute sessions on one day fall in a Medicare per-diem tier.
 * const sessions = [7, 8, 9].map((hour) => ({
 *   start: `2026-03-02T0${hour}:00:00-05:00`, end: `2026-03-02T0${hour}:50:00-05:00`, service: 'group' as const,
 * }));
 * const options = { level: 'iop', policy: POLICIES.medicare2024, timeZone: 'America/New_York' } as const;
 * const days: BillableDay[] = billableDays(sessions, options);
 * days;
 * //=> [{ date: '2026-03-02', minutes: 150, services: 3, billable: true, tier: '3-or-fewer-services' }]
 * ```
 *
 * @category Schedule
 */
export interface BillableDay {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Elapsed minutes of counted sessions that start on the date. */
  readonly minutes: number;
  /** Number of counted sessions that start on the date. */
  readonly services: number;
  /** Whether the day meets the policy's billing rules for the level. */
  readonly billable: boolean;
  /** Id of the per-diem tier the day falls in, when the policy has tiers and the day is billable. */
  readonly tier?: string;
  /** `false` when that tier is marked unverified in the policy; absent otherwise. */
  readonly verified?: false;
}

/**
 * One weekly slot of a template, repeated on every matching date.
 *
 * @example
 * ```ts
 * import { expandWeeklyTemplate, type WeeklyTemplateEntry } from 'level-of-care';
 *
 * // Mondays and Wednesdays, 09:00–12:00.
 * const template: WeeklyTemplateEntry[] = [
 *   { dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' },
 *   { dayOfWeek: 3, start: '09:00', end: '12:00', service: 'group' },
 * ];
 * const { sessions } = expandWeeklyTemplate(template, { from: '2026-03-02', to: '2026-03-08', timeZone: 'America/New_York' });
 * sessions.map((session) => session.start);
 * //=> ['2026-03-02T09:00:00-05:00', '2026-03-04T09:00:00-05:00']
 * ```
 *
 * @category Schedule
 */
export interface WeeklyTemplateEntry {
  /** Day of the week, 0 = Sunday … 6 = Saturday, as date-fns `getDay`. */
  readonly dayOfWeek: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Local wall-clock start, `HH:mm`. */
  readonly start: string;
  /** Local wall-clock end, `HH:mm`; earlier than `start` means the session ends the next day. */
  readonly end: string;
  /** The service delivered. */
  readonly service: ServiceType;
  /** Copied onto every session made from the entry. */
  readonly modality?: SessionModality;
}

/**
 * Options of {@link expandWeeklyTemplate}.
 *
 * @example
 * ```ts
 * import { expandWeeklyTemplate, type ExpandWeeklyTemplateOptions } from 'level-of-care';
 *
 * // Two weeks of Mondays and Wednesdays; Wednesday 2026-03-04 is a closure.
 * const options: ExpandWeeklyTemplateOptions = {
 *   from: '2026-03-02',
 *   to: '2026-03-15',
 *   timeZone: 'America/New_York',
 *   exceptions: ['2026-03-04'],
 * };
 * const template = ([1, 3] as const).map((dayOfWeek) => ({ dayOfWeek, start: '09:00', end: '12:00', service: 'group' }) as const);
 * expandWeeklyTemplate(template, options).sessions.map((session) => session.start);
 * //=> ['2026-03-02T09:00:00-05:00', '2026-03-09T09:00:00-04:00', '2026-03-11T09:00:00-04:00']
 * ```
 *
 * @category Schedule
 */
export interface ExpandWeeklyTemplateOptions {
  /** First date, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
  /** IANA time zone the wall-clock times are in. */
  readonly timeZone: string;
  /** Dates to skip (holidays, closures), `YYYY-MM-DD`. */
  readonly exceptions?: readonly string[];
}

/**
 * A session made by {@link expandWeeklyTemplate}: `start` and `end` are ISO strings with the zone's offset.
 *
 * @example
 * ```ts
 * import { expandWeeklyTemplate, type TemplateSession } from 'level-of-care';
 *
 * const sessions: readonly TemplateSession[] = expandWeeklyTemplate(
 *   [{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group', modality: 'telehealth' }],
 *   { from: '2026-03-09', to: '2026-03-09', timeZone: 'America/New_York' },
 * ).sessions;
 * sessions;
 * //=> [{ start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T12:00:00-04:00', service: 'group', modality: 'telehealth' }]
 * ```
 *
 * @category Schedule
 */
export interface TemplateSession {
  /** Start, e.g. `2026-03-09T09:00:00-04:00`. */
  readonly start: string;
  /** End, with the offset in force at that moment. */
  readonly end: string;
  /** The service delivered. */
  readonly service: ServiceType;
  /** From the template entry, when given. */
  readonly modality?: SessionModality;
}

/**
 * What {@link expandWeeklyTemplate} returns.
 *
 * @example
 * ```ts
 * import { expandWeeklyTemplate, type ExpandWeeklyTemplateResult } from 'level-of-care';
 *
 * // 02:30 does not exist on the spring-forward Sunday: the session moves to 03:30, with a warning.
 * const result: ExpandWeeklyTemplateResult = expandWeeklyTemplate(
 *   [{ dayOfWeek: 0, start: '02:30', end: '04:00', service: 'group' }],
 *   { from: '2026-03-08', to: '2026-03-08', timeZone: 'America/New_York' },
 * );
 * [result.sessions[0]?.start, result.issues.map((issue) => issue.code)];
 * //=> ['2026-03-08T03:30:00-04:00', ['template_time_nonexistent']]
 * ```
 *
 * @category Schedule
 */
export interface ExpandWeeklyTemplateResult {
  /** The sessions, by date and then in template order. */
  readonly sessions: readonly TemplateSession[];
  /** Bad input (`invalid_input`, `invalid_time_zone`) and wall times moved or disambiguated around clock changes. */
  readonly issues: readonly Issue[];
}
