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
import { isVerified } from './isVerified.js';
import { readPolicyOption } from './readPolicyOption.js';
import type { Policy, Recertification, SourceRef, Threshold } from './types.js';

/**
 * An episode of care whose (re)certification dates {@link certificationSchedule} lists.
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
 * the month lacks falls on its last day: a stay from 2023-12-31 is due on 2024-02-29); partial
 * hospitalization by day 18 of the episode (its first day is day 1) and then every 30 days
 * (**unverified**). The certification made at admission is not listed.
 *
 * Dates run to the episode's `end` and to `options.through`, whichever is earlier, and never number
 * more than `options.limit` (24 by default, at most 1000): an open episode without `through` lists
 * the next 24 dates and says `truncated: true`. A level the policy states no interval for gives no
 * dates. Bad input (an unknown level, a date that is not a real `YYYY-MM-DD` day, an end before the
 * start, a bad option or policy) gives `invalid_input` errors and no dates; nothing is thrown.
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
 *   { level: 'iop', start: '2023-12-31', end: '2024-06-30' },
 *   { policy: POLICIES.medicare2024 },
 * );
 * iop.dates.map((due) => due.date);
 * //=> ['2024-02-29', '2024-04-30', '2024-06-30']
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
  const policy = readPolicyOption((options as { readonly policy?: unknown } | undefined)?.policy, issues, ['options', 'policy']);
  if (!parsedEpisode.success || !parsedOptions.success || issues.length > 0) return { ok: false, issues, dates: [], truncated: false };

  const { level, start, end } = parsedEpisode.data;
  const startDay = dayNumberOf(start) ?? 0;
  const endDay = end === undefined ? undefined : dayNumberOf(end);
  if (endDay !== undefined && endDay < startDay) {
    issues.push(invalidInput(`episode.end: ${end ?? ''} is before episode.start ${start}.`, { path: ['episode', 'end'] }));
    return { ok: !hasError(issues), issues, dates: [], truncated: false };
  }
  const throughDay = parsedOptions.data.through === undefined ? undefined : dayNumberOf(parsedOptions.data.through);
  const lastDay = Math.min(endDay ?? LAST_DAY, throughDay ?? LAST_DAY);
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
