import * as z from 'zod/mini';
import { unreadable } from '../issues/boundary.js';
import { addCalendarMonths } from '../_lib/calendarMonths.js';
import { type DayNumber, dayNumberOf, dayNumberToDate } from '../_lib/dayNumber.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { invalidInput } from '../issues/invalidInput.js';
import { hasError } from '../issues/hasError.js';
import type { Issue } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { LevelIdSchema } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';
import { CalendarDateSchema } from '../pathway/schemas.js';
import { effectiveDays, inEffect } from './effectiveDays.js';
import { isVerified } from './isVerified.js';
import { readPolicyOption } from './readPolicyOption.js';
import type { Policy, Recertification, SourceRef, Threshold } from './types.js';

/**
 * An episode of care whose (re)certification dates {@link certificationSchedule} lists.
 *
 * @example
 * ```ts
 * import { POLICIES, certificationSchedule, type CertifiedEpisode } from 'level-of-care';
 *
 * const episode: CertifiedEpisode = { level: 'iop', start: '2024-01-15', end: '2024-03-31' };
 * certificationSchedule(episode, { policy: POLICIES.medicare2024 }).dates.map((due) => due.date);
 * //=> ['2024-03-15']
 * ```
 *
 * @category Policies
 */
export interface CertifiedEpisode {
  /** The level of care. */
  readonly level: LevelId;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`; absent while the episode goes on. */
  readonly end?: string;
}

/**
 * Options of {@link certificationSchedule}.
 *
 * @example
 * ```ts
 * import { POLICIES, certificationSchedule, type CertificationScheduleOptions } from 'level-of-care';
 *
 * // An ongoing episode, listed to the end of the year.
 * const options: CertificationScheduleOptions = { policy: POLICIES.medicare2024, through: '2024-12-31' };
 * certificationSchedule({ level: 'iop', start: '2024-01-15' }, options).dates.map((due) => due.date);
 * //=> ['2024-03-15', '2024-05-15', '2024-07-15', '2024-09-15', '2024-11-15']
 * ```
 *
 * @category Policies
 */
export interface CertificationScheduleOptions {
  /** The policy whose `recertification` entry for the level sets the dates. */
  readonly policy: Policy;
  /** Last date to list, `YYYY-MM-DD` (inclusive); for an open episode, the horizon of the calendar. */
  readonly through?: string;
  /** Most dates listed, 1–1000; defaults to 24. */
  readonly limit?: number;
}

/**
 * One date by which a recertification is due.
 *
 * @example
 * ```ts
 * import { POLICIES, certificationSchedule, type CertificationDate } from 'level-of-care';
 *
 * const first: CertificationDate | undefined = certificationSchedule(
 *   { level: 'php', start: '2024-02-20' },
 *   { policy: POLICIES.medicare2024, limit: 1 },
 * ).dates[0];
 * first;
 * //=> { date: '2024-03-08', recertification: 1, dayOfEpisode: 18, verified: false, sources: ['cfr-42-424-24'] }
 * ```
 *
 * @category Policies
 */
export interface CertificationDate {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Which recertification: 1 for the first. */
  readonly recertification: number;
  /** Day of the episode, its first day being day 1. */
  readonly dayOfEpisode: number;
  /** Whether the interval behind the date is verified ({@link isVerified}). */
  readonly verified: boolean;
  /** Sources of that interval. */
  readonly sources: readonly SourceRef[];
}

/**
 * What {@link certificationSchedule} returns.
 *
 * @example
 * ```ts
 * import { POLICIES, certificationSchedule, type CertificationScheduleResult } from 'level-of-care';
 *
 * const result: CertificationScheduleResult = certificationSchedule(
 *   { level: 'iop', start: '2024-03-01', end: '2024-02-01' },
 *   { policy: POLICIES.medicare2024 },
 * );
 * [result.ok, result.issues.map((issue) => issue.path), result.dates, result.truncated];
 * //=> [false, [['episode', 'end']], [], false]
 * ```
 *
 * @category Policies
 */
export interface CertificationScheduleResult {
  /** `true` when the input could be read (no issue is an error). */
  readonly ok: boolean;
  /** `invalid_input` errors for an episode or options that cannot be read. */
  readonly issues: readonly Issue[];
  /** The due dates, ascending; empty when the policy states no recertification for the level. */
  readonly dates: readonly CertificationDate[];
  /** `true` when more dates follow the last one listed, which was cut by `limit`. */
  readonly truncated: boolean;
}

const DEFAULT_LIMIT = 24;
const MAX_LIMIT = 1000;
// The last day a `YYYY-MM-DD` date can name.
const LAST_DAY = 2_932_896;

const EpisodeSchema = /* @__PURE__ */ (() =>
  z.object({ level: LevelIdSchema, start: CalendarDateSchema, end: z.optional(CalendarDateSchema) }))();
const OptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    through: z.optional(CalendarDateSchema),
    limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_LIMIT))),
  }))();

/** The day of the `n`-th recertification (from 1), or `undefined` past the calendar's range. */
function dueDay(rule: Recertification, startDay: DayNumber, n: number): DayNumber | undefined {
  const first = rule.firstWithinDays;
  // With a first recertification on a set day of the episode, the interval runs from that day.
  const anchorDay = first === undefined ? startDay : startDay + first.value - 1;
  const steps = first === undefined ? n : n - 1;
  if (steps === 0) return anchorDay;
  // Months are counted from the anchor each time, so a short month does not pull later dates back.
  if (rule.every.unit === 'months') return addCalendarMonths(anchorDay, steps * rule.every.value);
  return anchorDay + steps * rule.every.value;
}

function intervalOf(rule: Recertification, n: number): Threshold {
  return n === 1 && rule.firstWithinDays !== undefined ? rule.firstWithinDays : rule.every;
}

/**
 * The dates by which the need for a level must be recertified during an episode, under the policy's
 * `recertification` entry for the level, so a program can put them on its calendar. Medicare
 * (`POLICIES.medicare2024`): intensive outpatient every other calendar month from the start (a day
 * the month lacks falls on its last day: a stay from 2027-12-31 is due on 2028-02-29); partial
 * hospitalization by day 18 of the episode (its first day is day 1) and then every 30 days
 * (**unverified**). The certification made at admission is not listed.
 *
 * Dates run to the episode's `end` and to `options.through`, whichever is earlier, and never number
 * more than `options.limit` (24 by default, at most 1000): an open episode without `through` lists
 * the next 24 dates and says `truncated: true`. A level the policy states no interval for gives no
 * dates, and no date is listed after the last date of service the policy governs. Bad input (an
 * unknown level, a date that is not a real `YYYY-MM-DD` day, an end before the start, a missing or
 * bad policy, an episode that starts outside the policy's dates of service, a bad option) gives
 * `invalid_input` errors and no dates; nothing is thrown.
 *
 * @param episode - `{ level, start, end? }`.
 * @param options - The policy, and optionally `through` and `limit`.
 * @returns `{ ok, issues, dates, truncated }`.
 *
 * @example
 * ```ts
 * import { POLICIES, certificationSchedule } from 'level-of-care';
 *
 * const iop = certificationSchedule(
 *   { level: 'iop', start: '2027-12-31', end: '2028-06-30' },
 *   { policy: POLICIES.medicare2024 },
 * );
 * iop.dates.map((due) => due.date);
 * //=> ['2028-02-29', '2028-04-30', '2028-06-30']
 *
 * const php = certificationSchedule({ level: 'php', start: '2024-02-20' }, { policy: POLICIES.medicare2024, limit: 2 });
 * [php.dates.map((due) => [due.date, due.dayOfEpisode, due.verified]), php.truncated];
 * //=> [[['2024-03-08', 18, false], ['2024-04-07', 48, false]], true]
 * ```
 *
 * @category Policies
 */
export function certificationSchedule(episode: CertifiedEpisode, options: CertificationScheduleOptions): CertificationScheduleResult {
  try {
    return schedule(episode, options);
  } catch (thrown) {
    return { ok: false, issues: [unreadable([], thrown)], dates: [], truncated: false };
  }
}

function schedule(episode: unknown, options: unknown): CertificationScheduleResult {
  const issues: Issue[] = [];
  const parsedEpisode = safeParseMini(EpisodeSchema, episode);
  if (!parsedEpisode.success) issues.push(...issuesFromZod(parsedEpisode.error, ['episode']));
  const parsedOptions = safeParseMini(OptionsSchema, options);
  if (!parsedOptions.success) issues.push(...issuesFromZod(parsedOptions.error, ['options']));
  const given = (options as { readonly policy?: unknown } | undefined)?.policy;
  // Recertification is a payer's rule: without a policy there is nothing to compute dates from.
  if (parsedOptions.success && given === undefined) {
    issues.push(invalidInput('options.policy: expected the policy whose recertification rules apply, such as POLICIES.medicare2024.', { path: ['options', 'policy'] }));
  }
  const policy = readPolicyOption(given, issues, ['options', 'policy']);
  if (!parsedEpisode.success || !parsedOptions.success || issues.length > 0) return { ok: false, issues, dates: [], truncated: false };

  const { level, start, end } = parsedEpisode.data;
  const startDay = dayNumberOf(start) ?? 0;
  const endDay = end === undefined ? undefined : dayNumberOf(end);
  if (endDay !== undefined && endDay < startDay) {
    issues.push(invalidInput(`episode.end: ${end ?? ''} is before episode.start ${start}.`, { path: ['episode', 'end'] }));
    return { ok: !hasError(issues), issues, dates: [], truncated: false };
  }
  // The policy's rules govern only its own dates of service: an episode it did not govern from the
  // start has no certification under it to count from, and no date is due after its last day.
  const governed = effectiveDays(policy);
  if (!inEffect(governed, startDay)) {
    const { from, to } = policy.effective;
    issues.push(
      invalidInput(`episode.start: ${start} is outside the dates of service ${policy.id} governs (${to === undefined ? `from ${from}` : `${from} to ${to}`}).`, {
        path: ['episode', 'start'],
      }),
    );
    return { ok: false, issues, dates: [], truncated: false };
  }
  const throughDay = parsedOptions.data.through === undefined ? undefined : dayNumberOf(parsedOptions.data.through);
  const lastDay = Math.min(endDay ?? LAST_DAY, throughDay ?? LAST_DAY, governed.last ?? LAST_DAY);
  const limit = parsedOptions.data.limit ?? DEFAULT_LIMIT;

  const rule = policy.recertification[level];
  const dates: CertificationDate[] = [];
  let truncated = false;
  for (let n = 1; rule !== undefined; n += 1) {
    const day = dueDay(rule, startDay, n);
    if (day === undefined || !(day <= lastDay)) break;
    if (dates.length === limit) {
      truncated = true;
      break;
    }
    const interval = intervalOf(rule, n);
    dates.push({
      date: dayNumberToDate(day),
      recertification: n,
      dayOfEpisode: day - startDay + 1,
      verified: isVerified(interval),
      sources: interval.sources,
    });
  }
  return { ok: !hasError(issues), issues, dates, truncated };
}
