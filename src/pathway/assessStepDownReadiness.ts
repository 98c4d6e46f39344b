import * as z from 'zod/mini';
import { optionsOf, unreadable } from '../issues/boundary.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { isLevelId } from '../levels/isLevelId.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { ruleHit } from '../eligibility/ruleHit.js';
import type { RuleHit } from '../eligibility/types.js';
import { hasError } from '../issues/hasError.js';
import type { Issue } from '../issues/types.js';
import { compareIntensity } from '../levels/compareIntensity.js';
import { LevelIdSchema } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import type { Policy, SourceRef, Threshold } from '../policies/types.js';
import { STEP_UP_TARGETS } from './data.js';
import { noLowerLevelNote, referralNote, skippedNote } from './pathwayNotes.js';
import { LOW_ATTENDANCE, MEDICATION_FOR_ADDICTION, READINESS_CRITERIA, STEP_UP_TRIGGERS } from './readinessData.js';
import { AvailableLevelsSchema } from './schemas.js';
import { availableSet, indicationOf, stepDownTarget } from './stepDownTarget.js';
import type {
  ProgressField,
  ReadinessCriterion,
  ReadinessOptions,
  StepDownProgress,
  StepDownReadiness,
  StepUpTrigger,
} from './types.js';

const flag = /* @__PURE__ */ (() => z.optional(z.boolean()))();

// `daysAtLevel` and `attendanceRate` are required by the type; from untyped callers, their absence
// is reported in `missing` (it is unknown information), while a wrong value is invalid input.
const ProgressSchema = /* @__PURE__ */ (() => z.object({
  daysAtLevel: z.optional(z.int().check(z.minimum(0))),
  attendanceRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  withdrawalResolved: flag,
  medicallyStable: flag,
  psychiatricallyStable: flag,
  treatmentGoalsMet: flag,
  daysAbstinent: z.optional(z.int().check(z.minimum(0))),
  recentUse: flag,
  cravingsManageable: flag,
  stableHousing: flag,
  newRisk: flag,
  relapsePreventionPlan: flag,
  onMedicationForAddiction: flag,
}))();

type Progress = z.infer<typeof ProgressSchema>;

// `missing` is reported in this order, whatever order the criteria ask in.
const FIELD_ORDER: readonly ProgressField[] = [
  'daysAtLevel',
  'attendanceRate',
  'withdrawalResolved',
  'medicallyStable',
  'psychiatricallyStable',
  'treatmentGoalsMet',
  'daysAbstinent',
  'recentUse',
  'cravingsManageable',
  'stableHousing',
  'newRisk',
  'relapsePreventionPlan',
  'onMedicationForAddiction',
];

const sorted = (fields: ReadonlySet<ProgressField>): ProgressField[] => FIELD_ORDER.filter((field) => fields.has(field));

const mergeSources = (...lists: readonly (readonly SourceRef[])[]): SourceRef[] => [...new Set(lists.flat())];

type Outcome = { readonly state: 'met' | 'unmet'; readonly hit: RuleHit } | { readonly state: 'unknown'; readonly field: ProgressField } | { readonly state: 'not-applicable' };

function evaluateCriterion(criterion: ReadinessCriterion, current: LevelId, progress: Progress, policy: Policy): Outcome {
  const hit = (met: boolean, reason: string, threshold?: Threshold): Outcome => ({
    state: met ? 'met' : 'unmet',
    hit: ruleHit(criterion.id, criterion.summary, reason, mergeSources(criterion.sources, threshold?.sources ?? [])),
  });
  const check = criterion.check;
  switch (check.kind) {
    case 'flag': {
      const value = progress[check.field];
      if (value === undefined) return { state: 'unknown', field: check.field };
      return hit(value === check.expected, `${check.field} is ${String(value)}`);
    }
    case 'attendance': {
      const threshold = policy.stepDown.minAttendanceRate;
      const value = progress.attendanceRate;
      if (value === undefined) return { state: 'unknown', field: 'attendanceRate' };
      const met = value >= threshold.value;
      return hit(met, `attendance ${value} ${met ? 'meets' : 'is below'} the ${threshold.value} minimum`, threshold);
    }
    case 'abstinence': {
      const threshold = policy.stepDown.minDaysAbstinent[current];
      if (threshold === undefined) return { state: 'not-applicable' };
      const value = progress.daysAbstinent;
      if (value === undefined) return { state: 'unknown', field: 'daysAbstinent' };
      const met = value >= threshold.value;
      return hit(met, `${value} days abstinent ${met ? 'meets' : 'is below'} the ${threshold.value}-day minimum`, threshold);
    }
    default: {
      const unreachable: never = check;
      return unreachable;
    }
  }
}

type TriggerOutcome =
  | { readonly state: 'fired'; readonly hit: RuleHit }
  | { readonly state: 'clear' }
  | { readonly state: 'unknown'; readonly fields: readonly ProgressField[] };

function evaluateTrigger(trigger: StepUpTrigger, progress: Progress): TriggerOutcome {
  const unknown: ProgressField[] = [];
  for (const condition of trigger.when) {
    const value = progress[condition.field];
    if (value === undefined) unknown.push(condition.field);
    // One condition known not to hold is enough to rule the trigger out.
    else if (value !== condition.equals) return { state: 'clear' };
  }
  if (unknown.length > 0) return { state: 'unknown', fields: unknown };
  return {
    state: 'fired',
    hit: ruleHit(trigger.id, trigger.summary, trigger.when.map((condition) => `${condition.field} is ${String(condition.equals)}`).join(' and '), trigger.sources),
  };
}

/** Reasons to reassess that never gate a move: attendance below the policy's minimum. */
function reasonsToReassess(progress: Progress, policy: Policy): RuleHit[] {
  const threshold = policy.stepDown.minAttendanceRate;
  const rate = progress.attendanceRate;
  if (rate === undefined || rate >= threshold.value) return [];
  return [
    ruleHit(
      LOW_ATTENDANCE.id,
      LOW_ATTENDANCE.summary,
      `attendance ${rate} is below the ${threshold.value} minimum`,
      mergeSources(LOW_ATTENDANCE.sources, threshold.sources),
    ),
  ];
}

/** The level a step-up goes to: one level up, or higher when the assessment indicates more; the nearest available one at or above it. */
function stepUpTarget(current: LevelId, indicated: LevelId | undefined, available: ReadonlySet<LevelId> | undefined): { level: LevelId | undefined; byReferral: boolean } {
  let target = STEP_UP_TARGETS[current];
  if (target === undefined) return { level: undefined, byReferral: false };
  if (indicated !== undefined && compareIntensity(indicated, target) > 0) target = indicated;
  if (available === undefined || available.has(target)) return { level: target, byReferral: false };
  // As in placement, a missing program is replaced by a more intensive one, never a less intensive one.
  for (let higher = STEP_UP_TARGETS[target]; higher !== undefined; higher = STEP_UP_TARGETS[higher]) {
    if (available.has(higher)) return { level: higher, byReferral: false };
  }
  return { level: target, byReferral: true };
}

/**
 * Reviews progress at the current level and advises stepping down, continuing or stepping up.
 *
 * - **Step-up** when a step-up trigger fires ({@link STEP_UP_TRIGGERS}: a new risk, or recent use
 *   with cravings that are not manageable). The target is one level up ({@link STEP_UP_TARGETS}),
 *   or the level the assessment indicates when that is more intensive; with `availableLevels`, the
 *   nearest available level at or above it. At `inpatient` there is no higher level: `continue`.
 * - **Step-down** when every criterion for the current level ({@link READINESS_CRITERIA}) is known
 *   and met and every trigger is known not to fire. The target is {@link nextStepDown} (notes say
 *   which unavailable levels were passed over, or that the target must be arranged by referral).
 *   The abstinence threshold comes from `policy.stepDown` (default 30 days for iop → op), and
 *   abstinence counts non-prescribed use only.
 * - **Continue** otherwise: `reasons` lists the criteria not met, `missing` the fields that were
 *   not given and could change the decision (unknown answers are never read as "no risk").
 *
 * Attendance below the policy's minimum (`stepDown.minAttendanceRate`, default 0.8) is never a
 * gate: it adds a reason to reassess now to `reassess`, whatever the decision. Prescribed medication
 * for opioid or alcohol use disorder (`onMedicationForAddiction`) is treatment: it never counts as
 * use or as a barrier, and adds a note that the next level must continue it.
 *
 * Days at the level never decide: a step-down before the policy's soft minimum
 * (`stepDown.minDaysAtLevel`: detox 3, residential 14, php 14, iop 28, op 60) adds a note asking to
 * document the reassessment, and a long stay alone never moves anyone.
 *
 * Bad input (an unknown level, progress that is not an object, values out of range, an
 * `availableLevels` entry that is not a level id, an invalid assessment field) never throws: the
 * result has `ok: false`, decision `continue` (no move is advised without a valid review) and
 * `invalid_input` issues with paths such as `['progress', 'attendanceRate']`.
 *
 * @param current - The current level.
 * @param progress - Progress from the latest reassessment.
 * @param options - `policy`, `assessment`, `availableLevels`, and custom `criteria` or `stepUpTriggers`.
 * @returns `{ ok, decision, target?, reasons, missing, notes, reassess, issues }`.
 *
 * @example
 * ```ts
 * import { assessStepDownReadiness } from 'level-of-care';
 *
 * const ready = assessStepDownReadiness('detox', {
 *   daysAtLevel: 4,
 *   attendanceRate: 1,
 *   withdrawalResolved: true,
 *   medicallyStable: true,
 *   newRisk: false,
 *   recentUse: false,
 * });
 * [ready.decision, ready.target];
 * //=> ['step-down', 'php']
 *
 * const progress = {
 *   daysAtLevel: 40,
 *   attendanceRate: 0.9,
 *   treatmentGoalsMet: true,
 *   daysAbstinent: 21,
 *   relapsePreventionPlan: true,
 *   newRisk: false,
 *   recentUse: false,
 * };
 * const notYet = assessStepDownReadiness('iop', progress);
 * [notYet.decision, notYet.reasons.map((hit) => hit.reason)];
 * //=> ['continue', ['21 days abstinent is below the 30-day minimum']]
 *
 * assessStepDownReadiness('op', { daysAtLevel: 10, attendanceRate: 0.5, newRisk: true }).target;
 * //=> 'iop'
 *
 * // Half the sessions missed: a reason to reassess, not a reason to stay. Buprenorphine is not use.
 * const absent = assessStepDownReadiness('iop', { ...progress, daysAbstinent: 45, attendanceRate: 0.5, onMedicationForAddiction: true });
 * [absent.decision, absent.reassess.map((hit) => hit.reason), absent.notes.map((hit) => hit.id)];
 * //=> ['step-down', ['attendance 0.5 is below the 0.8 minimum'], ['readiness/medication-for-addiction']]
 * ```
 *
 * @category Pathway
 */
export function assessStepDownReadiness(
  current: LevelId,
  progress: StepDownProgress,
  options?: ReadinessOptions,
): StepDownReadiness {
  try {
    return assess(current, progress, options);
  } catch (thrown) {
    return { ok: false, decision: 'continue', reasons: [], missing: [], notes: [], reassess: [], issues: [unreadable([], thrown)] };
  }
}

function assess(current: unknown, progress: unknown, options: ReadinessOptions | undefined): StepDownReadiness {
  const issues: Issue[] = [];
  const given = optionsOf(options, ['options'], issues) as ReadinessOptions;
  const level = safeParseMini(LevelIdSchema, current);
  if (!level.success) issues.push(...issuesFromZod(level.error, ['current']));
  const parsed = safeParseMini(ProgressSchema, progress);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['progress']));
  const available = safeParseMini(AvailableLevelsSchema, given.availableLevels);
  if (!available.success) issues.push(...issuesFromZod(available.error, ['options', 'availableLevels']));
  const policy = readPolicyOption(given.policy, issues, ['options', 'policy']);
  const indication = indicationOf(given.assessment, policy);
  issues.push(...indication.issues);
  if (hasError(issues) || !parsed.success || !available.success || !isLevelId(current)) {
    return { ok: false, decision: 'continue', reasons: [], missing: [], notes: [], reassess: [], issues };
  }

  const values = parsed.data;
  const indicated = indication.level;
  const availableLevels = availableSet(available.data);
  const missing = new Set<ProgressField>();
  const notes: RuleHit[] = [];
  const reassess = reasonsToReassess(values, policy);
  if (values.onMedicationForAddiction === true) {
    notes.push(ruleHit(MEDICATION_FOR_ADDICTION.id, MEDICATION_FOR_ADDICTION.summary, 'onMedicationForAddiction is true', MEDICATION_FOR_ADDICTION.sources));
  }

  const fired: RuleHit[] = [];
  for (const trigger of given.stepUpTriggers ?? STEP_UP_TRIGGERS) {
    const outcome = evaluateTrigger(trigger, values);
    if (outcome.state === 'fired') fired.push(outcome.hit);
    else if (outcome.state === 'unknown') for (const field of outcome.fields) missing.add(field);
  }
  if (fired.length > 0) {
    const up = stepUpTarget(current, indicated, availableLevels);
    if (up.level === undefined) return { ok: true, decision: 'continue', reasons: fired, missing: [], notes, reassess, issues };
    if (up.byReferral) notes.push(referralNote(up.level, 'target'));
    return { ok: true, decision: 'step-up', target: up.level, reasons: fired, missing: [], notes, reassess, issues };
  }

  const met: RuleHit[] = [];
  const unmet: RuleHit[] = [];
  const unknownCriteria = new Set<ProgressField>();
  const criteria = given.criteria?.[current] ?? READINESS_CRITERIA[current];
  for (const criterion of criteria) {
    const outcome = evaluateCriterion(criterion, current, values, policy);
    if (outcome.state === 'met') met.push(outcome.hit);
    else if (outcome.state === 'unmet') unmet.push(outcome.hit);
    else if (outcome.state === 'unknown') unknownCriteria.add(outcome.field);
  }

  const down = stepDownTarget(current, indication.program, availableLevels, indication.withdrawalManagement === 'ambulatory');
  if (down.level === undefined) {
    notes.push(noLowerLevelNote(current));
    return { ok: true, decision: 'continue', reasons: [], missing: sorted(missing), notes, reassess, issues };
  }
  if (unmet.length > 0) {
    // A criterion not met keeps the person at this level whatever the unknown criteria turn out to be.
    return { ok: true, decision: 'continue', reasons: unmet, missing: sorted(missing), notes, reassess, issues };
  }
  for (const field of unknownCriteria) missing.add(field);
  if (missing.size > 0) return { ok: true, decision: 'continue', reasons: [], missing: sorted(missing), notes, reassess, issues };

  const minimum = policy.stepDown.minDaysAtLevel[current];
  if (minimum !== undefined && values.daysAtLevel !== undefined && values.daysAtLevel < minimum.value) {
    notes.push(
      ruleHit(
        `readiness/${current}/min-days`,
        'Earlier than the usual minimum stay: the reassessment, not the calendar, supports the move; document it',
        `${values.daysAtLevel} days at ${current}, the usual minimum is ${minimum.value}`,
        minimum.sources,
      ),
    );
  }
  for (const level of down.skipped) notes.push(skippedNote(level, current, down.level));
  if (down.byReferral) notes.push(referralNote(down.level, 'indicated'));
  return { ok: true, decision: 'step-down', target: down.level, reasons: met, missing: [], notes, reassess, issues };
}
