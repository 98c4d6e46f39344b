import * as z from 'zod/mini';
import { safeParseMini } from '../_lib/miniZod.js';
import { addCalendarDays } from '../_lib/calendarDate.js';
import { isLevelId } from '../levels/isLevelId.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import type { RuleHit } from '../eligibility/types.js';
import { invalidInput } from '../issues/invalidInput.js';
import { isOk } from '../issues/isOk.js';
import type { Issue } from '../issues/types.js';
import { compareIntensity } from '../levels/compareIntensity.js';
import { LEVEL_IDS, LevelIdSchema } from '../levels/schema.js';
import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import { SETTING_LEVEL } from '../levels/withdrawalSettings.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import type { Policy } from '../policies/types.js';
import { alongsideNote, referralNote, skippedNote, startBelowIndicatedNote } from './pathwayNotes.js';
import { AvailableLevelsSchema, CalendarDateSchema } from './schemas.js';
import { availableSet, indicationOf, stepDownTarget } from './stepDownTarget.js';
import type { PathwayPlan, PlannedPhase, PlanPathwayOptions } from './types.js';

const LengthsSchema = /* @__PURE__ */ (() =>
  z.optional(z.partialRecord(LevelIdSchema, z.int().check(z.minimum(1, 'a phase lasts at least 1 day'), z.maximum(36_500)))))();

function lengthFor(level: LevelId, lengths: { readonly [L in LevelId]?: number } | undefined, policy: Policy): number | undefined {
  return lengths?.[level] ?? policy.typicalStayDays[level]?.value;
}

/**
 * Plans the pathway from a starting level with dates: one phase per level, each starting the day
 * after the previous one ends. From `detox` the default plan is detox → php → iop → op →
 * aftercare (→ residential → php … when the assessment indicates residential care, see
 * {@link nextStepDown}). Phase lengths are the policy's typical stays (`policy.typicalStayDays`:
 * detox 5, residential 30, php 30, iop 56, op 90, aftercare 365 days by default) or
 * `lengthOfStayDays` per level. Dates are calendar dates (`YYYY-MM-DD`), independent of time zone;
 * `end` is the last day of a phase, so a phase of `expectedDays` days ends `expectedDays − 1` days
 * after it starts. Every phase, aftercare included, has `start`, `end` and `expectedDays`.
 *
 * - `through` (inclusive) stops the plan at that level: less intensive levels are left out.
 * - `availableLevels`: a level the program cannot offer is skipped, with a note
 *   (`pathway/level-skipped`), except on the first step down a level at or below the one the
 *   assessment indicates (such as the residential level it calls for): that level is never
 *   replaced by a less intensive one but kept with `byReferral: true` and a note
 *   `pathway/level-by-referral`. A start level that is not available is kept the same way.
 * - `assessment`: read with `recommendLevel`; it only shapes the first step down, since later
 *   steps follow reassessments that have not happened yet. When it indicates a level more
 *   intensive than `start`, a note `pathway/start-below-indicated` says so.
 *
 * - Withdrawal management: when the plan starts at the level where the assessment's withdrawal
 *   management is delivered, that phase carries `withdrawalManagement` (its setting). An ambulatory
 *   one runs alongside the program the other needs call for: that program is the next phase and
 *   starts on the same day (a note `pathway/withdrawal-management-alongside` says so), so only
 *   this phase overlaps the next; every other phase starts the day after the previous one ends.
 *
 * A plan is a forecast, not a schedule: each move still follows a reassessment
 * ({@link assessStepDownReadiness}).
 *
 * Bad input (an unknown level, a date that is not a real `YYYY-MM-DD` day, lengths that are not
 * whole days ≥ 1, `through` more intensive than `start`, an invalid assessment field) never throws:
 * the result has `ok: false`, `phases: []` and `invalid_input` issues with paths such as
 * `['startDate']` or `['options', 'assessment', …]`. A level with no length in the options or the
 * policy is reported at `['options', 'lengthOfStayDays', level]`.
 *
 * @param start - The level the plan starts at.
 * @param startDate - First day of the first phase, `YYYY-MM-DD`.
 * @param options - `through`, `availableLevels`, `assessment`, `lengthOfStayDays`, `policy`.
 * @returns `{ ok, phases, notes, issues }`.
 *
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 *
 * const plan = planPathway('detox', '2026-03-02', { through: 'iop' });
 * plan.phases;
 * //=> [
 * //   { level: 'detox', start: '2026-03-02', end: '2026-03-06', expectedDays: 5 },
 * //   { level: 'php', start: '2026-03-07', end: '2026-04-05', expectedDays: 30 },
 * //   { level: 'iop', start: '2026-04-06', end: '2026-05-31', expectedDays: 56 },
 * // ]
 *
 * planPathway('php', '2026-03-02', { availableLevels: ['php', 'op', 'aftercare'] }).notes[0]?.reason;
 * //=> 'iop is not among the available levels, so php steps down to op'
 *
 * // Withdrawal managed at home for 5 days, alongside intensive outpatient care from the first day.
 * planPathway('detox', '2026-03-02', { through: 'iop', assessment: { risk: { withdrawal: 2, relapse: 2 } } }).phases;
 * //=> [
 * //   { level: 'detox', start: '2026-03-02', end: '2026-03-06', expectedDays: 5, withdrawalManagement: 'ambulatory' },
 * //   { level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 },
 * // ]
 * ```
 *
 * @category Pathway
 */
export function planPathway(start: LevelId, startDate: string, options?: PlanPathwayOptions): PathwayPlan {
  const issues: Issue[] = [];
  const startLevel = safeParseMini(LevelIdSchema, start);
  if (!startLevel.success) issues.push(...issuesFromZod(startLevel.error, ['start']));
  const date = safeParseMini(CalendarDateSchema, startDate);
  if (!date.success) issues.push(...issuesFromZod(date.error, ['startDate']));
  const through = safeParseMini(z.optional(LevelIdSchema), options?.through);
  if (!through.success) issues.push(...issuesFromZod(through.error, ['options', 'through']));
  const available = safeParseMini(AvailableLevelsSchema, options?.availableLevels);
  if (!available.success) issues.push(...issuesFromZod(available.error, ['options', 'availableLevels']));
  const lengths = safeParseMini(LengthsSchema, options?.lengthOfStayDays);
  if (!lengths.success) issues.push(...issuesFromZod(lengths.error, ['options', 'lengthOfStayDays']));
  if (startLevel.success && through.success && through.data !== undefined && compareIntensity(through.data, startLevel.data) > 0) {
    issues.push(
      invalidInput(
        `options.through: ${through.data} is more intensive than the start level ${startLevel.data}, so no step-down reaches it.`,
        { path: ['options', 'through'], received: through.data },
      ),
    );
  }
  // Every problem is reported at once: the policy and the assessment are read even when another input is bad.
  const policy = readPolicyOption(options?.policy, issues, ['options', 'policy']);
  const indication = indicationOf(options?.assessment, policy);
  issues.push(...indication.issues);
  if (!isOk(issues) || !isLevelId(start) || !through.success || !available.success || !lengths.success) {
    return { ok: false, phases: [], notes: [], issues };
  }

  const lastLevel = through.data;
  const availableLevels = availableSet(available.data);
  const notes: RuleHit[] = [];
  const startByReferral = availableLevels !== undefined && !availableLevels.has(start);
  if (startByReferral) notes.push(referralNote(start, 'start'));
  if (indication.level !== undefined && compareIntensity(indication.level, start) > 0) {
    notes.push(startBelowIndicatedNote(start, indication.level));
  }
  // A plan that starts with the withdrawal management the assessment calls for carries its setting.
  const setting = indication.withdrawalManagement !== undefined && SETTING_LEVEL[indication.withdrawalManagement] === start ? indication.withdrawalManagement : undefined;
  const levels: { level: LevelId; byReferral: boolean; withdrawalManagement?: WithdrawalManagementSetting }[] = [
    setting === undefined ? { level: start, byReferral: startByReferral } : { level: start, byReferral: startByReferral, withdrawalManagement: setting },
  ];
  // The assessment describes what is needed now, i.e. for the first step down (its needs other than
  // withdrawal); later steps follow reassessments that have not happened yet, so they are planned
  // from the pathway alone.
  let indicated = indication.program;
  let current: LevelId = start;
  // Each step moves strictly down the pathway, so the loop ends within LEVEL_IDS.length steps.
  for (let step = 0; step < LEVEL_IDS.length; step += 1) {
    const next = stepDownTarget(current, indicated, availableLevels, step === 0 && setting === 'ambulatory');
    const reached = next.level !== undefined && (lastLevel === undefined || compareIntensity(next.level, lastLevel) >= 0) ? next.level : undefined;
    for (const level of next.skipped) {
      if (lastLevel !== undefined && compareIntensity(level, lastLevel) < 0) break;
      notes.push(skippedNote(level, current, reached));
    }
    if (reached === undefined) break;
    if (next.byReferral) notes.push(referralNote(reached, 'indicated'));
    if (step === 0 && setting === 'ambulatory') notes.push(alongsideNote(reached));
    levels.push({ level: reached, byReferral: next.byReferral });
    current = reached;
    indicated = undefined;
  }

  const phases: PlannedPhase[] = [];
  let phaseStart = startDate;
  for (const { level, byReferral, withdrawalManagement } of levels) {
    const days = lengthFor(level, lengths.data, policy);
    if (days === undefined) {
      issues.push(
        invalidInput(
          `options.lengthOfStayDays.${level}: the policy "${policy.id}" has no typical stay for ${level}; give the planned days.`,
          { path: ['options', 'lengthOfStayDays', level] },
        ),
      );
      continue;
    }
    const end = addCalendarDays(phaseStart, days - 1);
    const phase: { -readonly [K in keyof PlannedPhase]: PlannedPhase[K] } = { level, start: phaseStart, end, expectedDays: days };
    if (byReferral) phase.byReferral = true;
    if (withdrawalManagement !== undefined) phase.withdrawalManagement = withdrawalManagement;
    phases.push(phase);
    // Ambulatory withdrawal management runs alongside the next phase, which starts on the same day.
    if (withdrawalManagement !== 'ambulatory') phaseStart = addCalendarDays(end, 1);
  }
  if (!isOk(issues)) return { ok: false, phases: [], notes: [], issues };
  return { ok: true, phases, notes, issues };
}
