import { listLength, unreadable } from '../issues/boundary.js';
import { LIMITS } from '../issues/limits.js';
import { MAX_SPAN_DAYS } from '../issues/maxSpanDays.js';
import { createIssue } from '../issues/createIssue.js';
import { hasError } from '../issues/hasError.js';
import type { Issue } from '../issues/types.js';
import { effectiveDays } from '../policies/effectiveDays.js';
import { requirementsFor } from '../policies/requirementsFor.js';
import { buildWeeks, toWeek } from './buildWeeks.js';
import { modalityFilter } from './modalityFilter.js';
import { policyNotInEffect } from './policyNotInEffect.js';
import { readValidateOptions, stayTooLong } from './readOptions.js';
import { pushAll, readSessions } from './readSessions.js';
import { overlapIssues, sessionLengthIssues } from './sessionIssues.js';
import { withSessionSources } from './sessionSources.js';
import type { ScheduleValidationResult, ValidateScheduleOptions, Week } from './types.js';
import { weekIssues } from './weekIssues.js';

/**
 * Checks a schedule of sessions against a level's requirements under a policy: hours and days per
 * calendar week, hours on each service day, the length of each session, required services, and
 * overlapping sessions.
 *
 * - Days and weeks are calendar days and weeks in `options.timeZone`, never the server's; weeks
 *   start on `weekStartsOn` (Monday by default). A session counts on the local date it starts, for
 *   the time that elapses between its instants (across a clock change too).
 * - Only `countStatuses` count: by default `scheduled` and `attended`, since a cancelled or missed
 *   session delivers no service.
 * - Only the modalities the level's requirements count do count (`countsModalities`; both when
 *   absent, and a session without a `modality` is in person): under `POLICIES.medicare2024` a
 *   telehealth PHP or IOP session on a date the policy governs is left out, with an `info` issue
 *   `session_not_counted_modality`.
 * - A week wholly outside the dates of service the policy governs (`policy.effective`) gets the error
 *   `policy_not_in_effect` instead of its checks.
 * - With `stay`, every week of the stay is reported and an empty one fails its minimums; a week the
 *   stay cuts is `partial` and held to its maximums and daily minimums only.
 * - Bad input never throws: a session with a bad shape gets `invalid_input` issues at its own path
 *   (`['sessions', 4, 'end']`) and the others still count; issues about one session carry its
 *   `source`, when it has one. Nothing is changed.
 *
 * The Schedule validation guide lists every issue code and how hours are rounded.
 *
 * @param sessions - The sessions, an array of {@link Session} (anything else is reported, not thrown).
 * @param options - Level, time zone, and optionally population, policy, week start, stay and counted statuses.
 * @returns `{ ok, issues, weeks }`; `ok` is `true` exactly when no issue is an error.
 *
 * @example
 * ```ts
 * import { validateSchedule } from 'level-of-care';
 *
 * // Intensive outpatient, 3 days × 3 h = 9 h: meets the adult minimum of at least 9 h on 3 days.
 * const sessions = ['2026-03-02', '2026-03-04', '2026-03-06'].map((date) => ({
 *   start: `${date}T09:00:00-05:00`,
 *   end: `${date}T12:00:00-05:00`,
 *   service: 'group' as const,
 * }));
 * const result = validateSchedule(sessions, { level: 'iop', timeZone: 'America/New_York' });
 * result.ok;
 * //=> true
 * result.weeks;
 * //=> [{ weekStart: '2026-03-02', minutes: 540, hours: 9, days: 3,
 * //      serviceDates: ['2026-03-02', '2026-03-04', '2026-03-06'], byService: { group: 540 },
 * //      sessions: 3, partial: false }]
 *
 * // Two days × 3 h = 6 h fails both weekly minimums.
 * validateSchedule(sessions.slice(0, 2), { level: 'iop', timeZone: 'America/New_York' }).issues.map((issue) => issue.code);
 * //=> ['week_hours_below_minimum', 'week_days_below_minimum']
 * ```
 *
 * @category Schedule
 */
export function validateSchedule(sessions: unknown, options: ValidateScheduleOptions): ScheduleValidationResult {
  try {
    return checkSchedule(sessions, options);
  } catch (thrown) {
    return { ok: false, issues: [unreadable([], thrown)], weeks: [] };
  }
}

function checkSchedule(sessions: unknown, options: unknown): ScheduleValidationResult {
  const { settings, issues: optionIssues } = readValidateOptions(options);
  if (settings === undefined) return { ok: false, issues: optionIssues, weeks: [] };
  const lengthIssues: Issue[] = [];
  const total = listLength(sessions, ['sessions'], 'sessions', LIMITS.maxSessions, 'maxSessions', lengthIssues);
  if (total === undefined) return { ok: false, issues: [...optionIssues, ...lengthIssues], weeks: [] };

  const { level, population, policy } = settings;
  const requirements = requirementsFor(policy, level, population);
  const ruleBase = `${policy.id}/${level}/${population}`;
  const read = readSessions(sessions as readonly unknown[], total, settings.clock, settings.countStatuses, true, modalityFilter(requirements, policy, level, ruleBase));
  const stay = settings.stay;
  if (stay !== undefined && stay.last === undefined && read.counted > 0) {
    // An open stay runs to the last session: from a start centuries earlier, that is too many weeks.
    let lastDay = stay.first;
    for (const day of read.day) if (day > lastDay) lastDay = day;
    if (lastDay - stay.first > MAX_SPAN_DAYS) return { ok: false, issues: [...optionIssues, stayTooLong(stay.first, lastDay, ['options', 'stay'])], weeks: [] };
  }
  const issues: Issue[] = [...optionIssues, ...read.issues];
  pushAll(issues, sessionLengthIssues(read, requirements, ruleBase));
  pushAll(issues, overlapIssues(read));
  if (read.counted === 0 && read.rejected === 0) {
    issues.push(
      createIssue(
        'schedule_empty',
        { counted: 0, total: read.total },
        { path: ['sessions'], expected: 1, received: 0 },
      ),
    );
  }

  const weeks: Week[] = [];
  const governed = effectiveDays(policy);
  for (const totals of buildWeeks(read, settings.weekStartsOn, settings.stay, issues)) {
    const week = toWeek(totals);
    weeks.push(week);
    const outside = policyNotInEffect(totals.weekStart, policy, governed);
    if (outside === undefined) pushAll(issues, weekIssues(totals, week, requirements, level, ruleBase));
    else issues.push(outside);
  }
  return { ok: !hasError(issues), issues: withSessionSources(issues, read.sources), weeks };
}
