import * as z from 'zod/mini';
import { optionsOf, unreadable } from '../issues/boundary.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { dayNumberOf, dayNumberToDate } from '../_lib/dayNumber.js';
import { isLevelId } from '../levels/isLevelId.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import type { RuleHit } from '../eligibility/types.js';
import { invalidInput } from '../issues/invalidInput.js';
import { hasError } from '../issues/hasError.js';
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

// Dates are written with four-digit years.
const LAST_DAY = /* @__PURE__ */ dayNumberOf('9999-12-31') ?? 0;

function lengthFor(level: LevelId, lengths: { readonly [L in LevelId]?: number } | undefined, policy: Policy): number | undefined {
  return lengths?.[level] ?? policy.typicalStayDays[level]?.value;
}

/**
 * Plans the pathway from a starting level with dates: one phase per level, each starting the day
 * after the previous one ends. Phase lengths are the policy's typical stays
 * (`policy.typicalStayDays`) unless `lengthOfStayDays` gives them; dates are calendar dates
 * (`YYYY-MM-DD`) with no time zone, and `end` is the last day of a phase.
 *
 * - `through` stops the plan at that level (inclusive).
 * - `availableLevels`: a level the program cannot offer is skipped with a note, except a level the
 *   assessment indicates (such as residential care), which is kept `byReferral`, never replaced by
 *   a less intensive one.
 * - `assessment` shapes only the first step down: later steps follow reassessments that have not
 *   happened yet. A plan is a forecast, not a schedule ({@link assessStepDownReadiness}).
 * - Withdrawal management: a first phase at the level where the assessment's withdrawal management
 *   is delivered carries `withdrawalManagement`; an ambulatory one runs alongside the next phase,
 *   which starts on the same day (the one place phases overlap).
 * - Bad input never throws: the result has `ok: false`, no phases and `invalid_input` issues at
 *   paths such as `['startDate']` or `['options', 'assessment', …]`.
 *
 * The Step-down pathways guide details the notes and the issues.
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
  try {
    return plan(start, startDate, options);
  } catch (thrown) {
    return { ok: false, phases: [], notes: [], issues: [unreadable([], thrown)] };
  }
}

function plan(start: unknown, startDate: unknown, options: PlanPathwayOptions | undefined): PathwayPlan {
  const issues: Issue[] = [];
  const given = optionsOf(options, ['options'], issues) as PlanPathwayOptions;
  const startLevel = safeParseMini(LevelIdSchema, start);
  if (!startLevel.success) issues.push(...issuesFromZod(startLevel.error, ['start']));
  const date = safeParseMini(CalendarDateSchema, startDate);
  if (!date.success) issues.push(...issuesFromZod(date.error, ['startDate']));
  const through = safeParseMini(z.optional(LevelIdSchema), given.through);
  if (!through.success) issues.push(...issuesFromZod(through.error, ['options', 'through']));
  const available = safeParseMini(AvailableLevelsSchema, given.availableLevels);
  if (!available.success) issues.push(...issuesFromZod(available.error, ['options', 'availableLevels']));
  const lengths = safeParseMini(LengthsSchema, given.lengthOfStayDays);
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
  const policy = readPolicyOption(given.policy, issues, ['options', 'policy']);
  const indication = indicationOf(given.assessment, policy);
  issues.push(...indication.issues);
  if (hasError(issues) || !isLevelId(start) || !through.success || !available.success || !lengths.success) {
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
  // A phase of n days ends n − 1 days after it starts; the next starts the day after.
  let phaseStart = dayNumberOf(startDate) ?? 0;
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
    const endDay = phaseStart + days - 1;
    if (endDay > LAST_DAY) {
      issues.push(invalidInput(`startDate: the ${level} phase would end after 9999-12-31, the last date a plan can hold.`, { path: ['startDate'] }));
      break;
    }
    const phase: { -readonly [K in keyof PlannedPhase]: PlannedPhase[K] } = { level, start: dayNumberToDate(phaseStart), end: dayNumberToDate(endDay), expectedDays: days };
    if (byReferral) phase.byReferral = true;
    if (withdrawalManagement !== undefined) phase.withdrawalManagement = withdrawalManagement;
    phases.push(phase);
    // Ambulatory withdrawal management runs alongside the next phase, which starts on the same day.
    if (withdrawalManagement !== 'ambulatory') phaseStart = endDay + 1;
  }
  if (hasError(issues)) return { ok: false, phases: [], notes: [], issues };
  return { ok: true, phases, notes, issues };
}
