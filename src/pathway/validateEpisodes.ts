import * as z from 'zod/mini';
import { forEachEntry, listLength, optionsOf, unreadable } from '../issues/boundary.js';
import { LIMITS } from '../issues/limits.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { dayNumberOf, dayNumberToDate, type DayNumber } from '../_lib/dayNumber.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { hasError } from '../issues/hasError.js';
import type { EpisodeRef } from '../issues/messages.js';
import type { Issue } from '../issues/types.js';
import { LevelIdSchema } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';
import { PART_DAY_LEVELS } from '../eligibility/levelRank.js';
import type { SourceId } from '../sources/data.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import type { Policy } from '../policies/types.js';
import { FOLLOW_UP_WINDOWS } from './data.js';
import { dischargesOf, episodeContacts, firstStartingFrom, firstVisitAfter } from './followUp.js';
import { iopPhpOverlapIssues } from './iopPhpOverlap.js';
import type { DatedEpisode } from './datedEpisode.js';
import { CalendarDateSchema } from './schemas.js';
import type { EpisodeValidation, FollowUp, FollowUpVisitKind, ValidateEpisodesOptions } from './types.js';

const EpisodeSchema = /* @__PURE__ */ (() => z.object({
  id: z.optional(z.string()),
  level: LevelIdSchema,
  start: CalendarDateSchema,
  end: z.optional(CalendarDateSchema),
  authorizedLevel: z.optional(LevelIdSchema),
  withdrawalManagement: z.optional(z.enum(WITHDRAWAL_MANAGEMENT_SETTINGS)),
}))();

/** The kinds of {@link FollowUpVisitKind}, for the schema. */
const VISIT_KINDS = ['outpatient', 'telehealth', 'pharmacotherapy'] as const satisfies readonly FollowUpVisitKind[];

// Fails to compile when a kind is added to the type but not to the list above.
const everyKind: Exclude<FollowUpVisitKind, (typeof VISIT_KINDS)[number]> extends never ? true : never = true;
void everyKind;

const VisitSchema = /* @__PURE__ */ (() => z.object({ date: CalendarDateSchema, kind: z.optional(z.enum(VISIT_KINDS)) }))();

/** A valid episode as day numbers. */
interface Stay extends DatedEpisode {
  /** Ambulatory withdrawal management, which may run alongside a part-day program. */
  readonly alongside: boolean;
}

/** Whether two stays share a day beyond a transfer on the discharge day. */
const overlapping = (a: Stay, b: Stay): boolean =>
  a.start < (b.end ?? Number.POSITIVE_INFINITY) && b.start < (a.end ?? Number.POSITIVE_INFINITY);

/** How messages name the episode at `index` of the input: its id, its place counted from 1, its level and dates. */
function episodeRef(index: number, episode: { readonly id?: string | undefined; readonly level: LevelId; readonly start: string; readonly end?: string | undefined }): EpisodeRef {
  return {
    position: index + 1,
    ...(episode.id === undefined || episode.id === '' ? {} : { id: episode.id }),
    level: episode.level,
    start: episode.start,
    ...(episode.end === undefined ? {} : { end: episode.end }),
  };
}

/** A length-of-stay review issue when `start … last` (both counted) exceeds the policy's review point. */
function lengthOfStayIssue(policy: Policy, stay: Stay, last: DayNumber | undefined): Issue | undefined {
  const { index, ref, level, start } = stay;
  const typical = policy.typicalStayDays[level];
  if (typical === undefined || last === undefined || last < start) return undefined;
  const days = last - start + 1;
  const reviewAfter = typical.value * policy.lengthOfStayReviewFactor.value;
  if (days <= reviewAfter) return undefined;
  return createIssue(
    'length_of_stay_exceeds_typical',
    { episode: ref, level, days, typical: typical.value, reviewAfter },
    {
      path: ['episodes', index],
      ruleId: 'episodes/length-of-stay',
      // A custom policy's own references pass through as given.
      sources: [...new Set([...typical.sources, ...policy.lengthOfStayReviewFactor.sources])] as SourceId[],
      expected: reviewAfter,
      received: days,
    },
  );
}

// Episodes that start on the same day are taken shortest first (an ongoing one last), so that which
// of them is a transfer from the other does not depend on the order of the input.
const byStart = (a: Stay, b: Stay): number =>
  a.start - b.start || (a.end ?? Number.POSITIVE_INFINITY) - (b.end ?? Number.POSITIVE_INFINITY) || a.index - b.index;

/**
 * The `visits` option as days with their index, sorted by day. A visit that is not valid (a date that
 * is not a real day, an unknown kind) is reported at its own path and not counted: an unknown contact
 * is never assumed.
 */
function readVisits(value: unknown, issues: Issue[]): { readonly day: DayNumber; readonly index: number }[] {
  if (value === undefined) return [];
  const count = listLength(value, ['options', 'visits'], 'visits', LIMITS.maxEpisodes, 'maxEpisodes', issues);
  if (count === undefined) return [];
  const days: { day: DayNumber; index: number }[] = [];
  forEachEntry(value, count, ['options', 'visits'], issues, (visit, index) => {
    const parsed = safeParseMini(VisitSchema, visit);
    if (!parsed.success) for (const issue of issuesFromZod(parsed.error, ['options', 'visits', index])) issues.push(issue);
    const day = parsed.success ? dayNumberOf(parsed.data.date) : undefined;
    if (day !== undefined) days.push({ day, index });
  });
  return days.sort((a, b) => a.day - b.day || a.index - b.index);
}

/**
 * Checks a history of episodes of care for continuity, the backward view of the pathway: an end
 * before its start and overlapping episodes (errors), a gap after a high-intensity discharge
 * ({@link FOLLOW_UP_LEVELS}) longer than the policy's `maxGapDays` and a stay past the policy's
 * review point (warnings), and a delivered level that differs from the authorized one (info).
 *
 * - Days are calendar-date differences: a start the day after a discharge is 1 day later, a start
 *   on the discharge day is a transfer, not an overlap; a length of stay counts both end days.
 * - `followUp` gives, for each high-intensity discharge, whether a follow-up contact came within 7
 *   and within 30 days, as the HEDIS FUI measure counts it ({@link FOLLOW_UP_RULES}): not on the
 *   discharge date, after direct transfers, episodes and `options.visits` alike.
 * - Ambulatory withdrawal management (`withdrawalManagement: 'ambulatory'`) may run alongside a
 *   part-day episode.
 * - A gap ends at the next start, or on the day after the discharge when an episode that began
 *   earlier goes on past it (visits do not end a gap).
 * - `asOf` (the date the history is complete up to) measures ongoing episodes and flags a discharge
 *   with no episode after it.
 * - Under a policy with `iopBeforePhpDays` (such as `POLICIES.medicare2024`), an intensive outpatient
 *   episode with a date within that many days before a partial hospitalization episode starts is a
 *   warning `medicare_iop_php_overlap`: Medicare returns such an intensive outpatient claim.
 * - Episodes may come in any order; paths use the caller's indices (`['episodes', 3, 'end']`). Bad
 *   input never throws: it gives `invalid_input` errors and the episode is left out of the checks.
 *
 * The Step-down pathways guide details each check.
 *
 * @param episodes - The history: `{ level, start, end?, authorizedLevel? }[]`.
 * @param options - `policy` (default `POLICIES.general`), `asOf`, `visits`.
 * @returns `{ ok, issues, followUp }`.
 *
 * @example
 * ```ts
 * import { validateEpisodes } from 'level-of-care';
 *
 * const result = validateEpisodes([
 *   { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
 *   { level: 'iop', start: '2026-03-16', end: '2026-05-08' },
 * ]);
 * result.followUp;
 * //=> [{ episodeIndex: 0, level: 'detox', dischargeDate: '2026-03-05', within7Days: false, within30Days: true,
 * //      nextStart: '2026-03-16', nextEpisodeIndex: 1, daysToNext: 11, followUpDate: '2026-03-16',
 * //      daysToFollowUp: 11, followUpEpisodeIndex: 1 }]
 * [result.ok, result.issues.map((issue) => issue.code)];
 * //=> [true, ['continuity_gap']]
 *
 * // A telehealth visit 3 days after discharge is follow-up within 7 days; one on the discharge date is not.
 * const visits = [{ date: '2026-03-05', kind: 'telehealth' }, { date: '2026-03-08', kind: 'telehealth' }] as const;
 * validateEpisodes([{ level: 'detox', start: '2026-03-01', end: '2026-03-05' }], { visits }).followUp[0]?.daysToFollowUp;
 * //=> 3
 * ```
 *
 * @category Pathway
 */
export function validateEpisodes(episodes: unknown, options?: ValidateEpisodesOptions): EpisodeValidation {
  try {
    return checkEpisodes(episodes, options);
  } catch (thrown) {
    return { ok: false, issues: [unreadable([], thrown)], followUp: [] };
  }
}

function checkEpisodes(episodes: unknown, options: ValidateEpisodesOptions | undefined): EpisodeValidation {
  const issues: Issue[] = [];
  const given = optionsOf(options, ['options'], issues) as ValidateEpisodesOptions;
  const asOfResult = safeParseMini(z.optional(CalendarDateSchema), given.asOf);
  if (!asOfResult.success) issues.push(...issuesFromZod(asOfResult.error, ['options', 'asOf']));
  const policy = readPolicyOption(given.policy, issues, ['options', 'policy']);
  const count = listLength(episodes, ['episodes'], 'episodes', LIMITS.maxEpisodes, 'maxEpisodes', issues);
  if (count === undefined) return { ok: false, issues, followUp: [] };
  const asOf = asOfResult.success && asOfResult.data !== undefined ? dayNumberOf(asOfResult.data) : undefined;

  const stays: Stay[] = [];
  forEachEntry(episodes, count, ['episodes'], issues, (raw, index) => {
    const parsed = safeParseMini(EpisodeSchema, raw);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error, ['episodes', index]));
      return;
    }
    const episode = parsed.data;
    const ref = episodeRef(index, episode);
    const start = dayNumberOf(episode.start);
    const end = episode.end === undefined ? undefined : dayNumberOf(episode.end);
    if (start === undefined) return;
    if (episode.authorizedLevel !== undefined && episode.authorizedLevel !== episode.level) {
      issues.push(
        createIssue(
          'authorized_level_mismatch',
          { episode: ref, authorized: episode.authorizedLevel, delivered: episode.level },
          {
            path: ['episodes', index, 'authorizedLevel'],
            ruleId: 'episodes/authorized-level',
            sources: ['level-of-care-design'],
            expected: episode.authorizedLevel,
            received: episode.level,
          },
        ),
      );
    }
    if (end !== undefined && end < start) {
      issues.push(
        createIssue(
          'episode_end_before_start',
          { episode: ref },
          { path: ['episodes', index, 'end'], ruleId: 'episodes/end-before-start' },
        ),
      );
      return;
    }
    const stay: Stay = { index, ref, level: episode.level, start, end, alongside: episode.level === 'detox' && episode.withdrawalManagement === 'ambulatory' };
    stays.push(stay);
    const longStay = lengthOfStayIssue(policy, stay, end ?? asOf);
    if (longStay !== undefined) issues.push(longStay);
  });

  const sorted = [...stays].sort(byStart);
  issues.push(...iopPhpOverlapIssues(sorted, policy));
  const overlapIssue = (stay: Stay, other: Stay): Issue => {
    const overlapEnd = Math.min(other.end ?? Number.POSITIVE_INFINITY, stay.end ?? Number.POSITIVE_INFINITY);
    return createIssue(
      'episode_overlap',
      Number.isFinite(overlapEnd) ? { episode: stay.ref, other: other.ref, days: overlapEnd - stay.start + 1 } : { episode: stay.ref, other: other.ref },
      { path: ['episodes', stay.index, 'start'], ruleId: 'episodes/overlap' },
    );
  };
  // The earlier episode reaching furthest forward (an ongoing one reaches forever) is the one a
  // later start can overlap; comparing with it alone keeps the check linear after sorting. Ambulatory
  // withdrawal management runs alongside part-day programs, so it is checked apart, against the others.
  let reach: Stay | undefined;
  for (const stay of sorted) {
    if (stay.alongside) continue;
    const reachEnd = reach === undefined ? undefined : (reach.end ?? Number.POSITIVE_INFINITY);
    if (reach !== undefined && reachEnd !== undefined && stay.start < reachEnd) issues.push(overlapIssue(stay, reach));
    if (reach === undefined || (reach.end !== undefined && (stay.end === undefined || stay.end > reach.end))) reach = stay;
  }
  // Each overlap with ambulatory withdrawal management is reported once, on the later of the two. The
  // earlier episodes it can overlap are those still going on at its start: as starts only move
  // forward, one that has ended is dropped for good. The later ones start before it ends.
  const canOverlap = (other: Stay): boolean => other.alongside || !PART_DAY_LEVELS.includes(other.level);
  const later = sorted.filter((other) => !other.alongside && canOverlap(other));
  let goingOn: Stay[] = [];
  let nextLater = 0;
  for (const stay of sorted) {
    if (stay.alongside) {
      goingOn = goingOn.filter((other) => other.end === undefined || other.end > stay.start);
      for (const other of goingOn) if (overlapping(stay, other)) issues.push(overlapIssue(stay, other));
      while (nextLater < later.length && byStart(later[nextLater]!, stay) <= 0) nextLater += 1;
      for (let position = nextLater; position < later.length && later[position]!.start < (stay.end ?? Number.POSITIVE_INFINITY); position += 1) {
        const other = later[position]!;
        if (overlapping(stay, other)) issues.push(overlapIssue(other, stay));
      }
    }
    if (canOverlap(stay)) goingOn.push(stay);
  }

  const visits = readVisits(given.visits, issues);
  const maxGap = policy.maxGapDays;
  // A custom policy's own references pass through as given.
  const gapSources = maxGap.sources as readonly SourceId[];
  const followUp: FollowUp[] = [];
  const episodeContactAfter = episodeContacts(sorted);
  for (const run of dischargesOf(sorted)) {
    const stay = run.episode;
    const inRun = (other: Stay): boolean => other === stay || run.transferredFrom.includes(other);
    let position = firstStartingFrom(sorted, stay.end);
    while (sorted[position] !== undefined && inRun(sorted[position]!)) position += 1;
    const next = sorted[position];
    const dischargeDate = dayNumberToDate(stay.end);
    const path = ['episodes', stay.index, 'end'];
    // The first contact after the discharge date: an episode going on, or an earlier visit.
    const episodeContact = episodeContactAfter(stay.end);
    const visit = firstVisitAfter(visits, stay.end);
    const contact = visit !== undefined && (episodeContact === undefined || visit.day < episodeContact.day) ? visit : episodeContact;
    const days = contact === undefined ? undefined : contact.day - stay.end;
    // Care goes on after the discharge from the next start, or from the day after it when an episode
    // that began earlier is still going on (as follow-up counts it); visits are no episode.
    const resumed = Math.min(next?.start ?? Number.POSITIVE_INFINITY, episodeContact?.day ?? Number.POSITIVE_INFINITY);
    const entry: { -readonly [K in keyof FollowUp]: FollowUp[K] } = {
      episodeIndex: stay.index,
      level: stay.level,
      dischargeDate,
      within7Days: days !== undefined && days <= FOLLOW_UP_WINDOWS.within7Days.days,
      within30Days: days !== undefined && days <= FOLLOW_UP_WINDOWS.within30Days.days,
    };
    if (run.transferredFrom.length > 0) entry.transferredFrom = run.transferredFrom.map((from) => from.index);
    if (next !== undefined) {
      entry.nextStart = dayNumberToDate(next.start);
      entry.nextEpisodeIndex = next.index;
      entry.daysToNext = next.start - stay.end;
    }
    if (contact !== undefined && days !== undefined) {
      entry.followUpDate = dayNumberToDate(contact.day);
      entry.daysToFollowUp = days;
      if (contact.episodeIndex !== undefined) entry.followUpEpisodeIndex = contact.episodeIndex;
      if (contact.visitIndex !== undefined) entry.followUpVisitIndex = contact.visitIndex;
    }
    followUp.push(entry);
    if (!Number.isFinite(resumed)) {
      if (asOf !== undefined && asOf - stay.end > maxGap.value) {
        issues.push(
          createIssue(
            'continuity_gap',
            { episode: stay.ref, level: stay.level, dischargeDate, days: asOf - stay.end, maximum: maxGap.value, asOf: dayNumberToDate(asOf) },
            { path, ruleId: 'episodes/continuity-gap', sources: gapSources, expected: maxGap.value, received: asOf - stay.end },
          ),
        );
      }
      continue;
    }
    const gap = resumed - stay.end;
    if (gap > maxGap.value) {
      issues.push(
        createIssue(
          'continuity_gap',
          { episode: stay.ref, level: stay.level, dischargeDate, days: gap, maximum: maxGap.value },
          { path, ruleId: 'episodes/continuity-gap', sources: gapSources, expected: maxGap.value, received: gap },
        ),
      );
    }
  }
  return { ok: !hasError(issues), issues, followUp };
}
