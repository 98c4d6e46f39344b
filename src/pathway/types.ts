import type { Assessment, RuleHit } from '../eligibility/types.js';
import type { Issue, PathSegment } from '../issues/types.js';
import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import type { PerLevel, Policy, SourceRef } from '../policies/types.js';

/**
 * How a move between two levels relates to intensity.
 *
 * @example
 * ```ts
 * import { classifyTransition, type TransitionKind } from 'level-of-care';
 *
 * const kind: TransitionKind = classifyTransition('op', 'iop');
 * kind;
 * //=> 'step-up'
 * ```
 *
 * @category Pathway
 */
export type TransitionKind = 'step-down' | 'step-up' | 'same';

/**
 * Context for {@link validateTransition}.
 *
 * @example
 * ```ts
 * import { validateTransition, type TransitionContext } from 'level-of-care';
 *
 * // The third transition of a document: its issues point inside it.
 * const context: TransitionContext = { path: ['transitions', 2] };
 * validateTransition('detox', 'op', context).issues[0]?.path;
 * //=> ['transitions', 2, 'to']
 * ```
 *
 * @category Pathway
 */
export interface TransitionContext {
  /** Prefix for the issue paths, when the transition sits inside a larger document (e.g. `['transitions', 2]`). */
  readonly path?: readonly PathSegment[] | undefined;
}

/**
 * What {@link validateTransition} returns.
 *
 * @example
 * ```ts
 * import { validateTransition, type TransitionValidation } from 'level-of-care';
 *
 * const result: TransitionValidation = validateTransition('iop', 'php');
 * [result.ok, result.kind, result.skipped, result.issues[0]?.code];
 * //=> [true, 'step-up', [], 'transition_step_up']
 * ```
 *
 * @category Pathway
 */
export interface TransitionValidation {
  /** `true` when no issue is an error (a skip or a step-up alone never fails). */
  readonly ok: boolean;
  /** The kind of move; absent when `from` or `to` is not a level id. */
  readonly kind?: TransitionKind;
  /** Pathway levels a step-down passes over, most intensive first (`residential` is never counted). */
  readonly skipped: readonly LevelId[];
  /** `transition_skips_levels` (warning), `transition_step_up` (info) or `invalid_input` (error). */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link nextStepDown}.
 *
 * @example
 * ```ts
 * import { nextStepDown, type NextStepDownOptions } from 'level-of-care';
 *
 * // The program offers no intensive outpatient care, so php steps down to op.
 * const options: NextStepDownOptions = { availableLevels: ['php', 'op', 'aftercare'] };
 * nextStepDown('php', options);
 * //=> 'op'
 * ```
 *
 * @category Pathway
 */
export interface NextStepDownOptions {
  /**
   * The current assessment. From `detox` or `inpatient`, the next level is `residential` when the
   * assessment indicates residential care or more, else `php`.
   */
  readonly assessment?: Assessment | undefined;
  /** Levels the program can deliver or refer to; others are passed over (see {@link nextStepDown}). */
  readonly availableLevels?: readonly LevelId[] | undefined;
  /** Policy whose placement table reads the assessment. Defaults to `POLICIES.general`. */
  readonly policy?: Policy | undefined;
}

/**
 * Progress at the current level, from the latest reassessment.
 *
 * @example
 * ```ts
 * import { assessStepDownReadiness, type StepDownProgress } from 'level-of-care';
 *
 * const progress: StepDownProgress = {
 *   daysAtLevel: 4,
 *   attendanceRate: 1,
 *   withdrawalResolved: true,
 *   medicallyStable: true,
 *   newRisk: false,
 *   recentUse: false,
 * };
 * assessStepDownReadiness('detox', progress).decision;
 * //=> 'step-down'
 * ```
 *
 * @category Pathway
 */
export interface StepDownProgress {
  /** Days at the current level so far. Compared with the policy's soft minimum only. */
  readonly daysAtLevel: number;
  /** Share of scheduled sessions attended, 0–1. Below the policy's minimum it is a reason to reassess, never a gate. */
  readonly attendanceRate: number;
  /** Withdrawal symptoms have resolved. */
  readonly withdrawalResolved?: boolean | undefined;
  /** No medical condition needs daily physician care or must be treated first. */
  readonly medicallyStable?: boolean | undefined;
  /** No psychiatric instability that needs more structure. */
  readonly psychiatricallyStable?: boolean | undefined;
  /** The goals of the treatment plan for this level are met. */
  readonly treatmentGoalsMet?: boolean | undefined;
  /**
   * Consecutive days without use, up to today. Only non-prescribed use counts: prescribed medication
   * for opioid or alcohol use disorder is treatment and never interrupts abstinence.
   */
  readonly daysAbstinent?: number | undefined;
  /** Any non-prescribed use since the last reassessment (prescribed medication for addiction is not use). */
  readonly recentUse?: boolean | undefined;
  /** Cravings are manageable with the supports at hand. */
  readonly cravingsManageable?: boolean | undefined;
  /** A stable, substance-free place to live (home or sober living). */
  readonly stableHousing?: boolean | undefined;
  /** A new risk to self or others, or a new medical or psychiatric problem, since the last reassessment. */
  readonly newRisk?: boolean | undefined;
  /** A written relapse-prevention plan is in place. */
  readonly relapsePreventionPlan?: boolean | undefined;
  /**
   * Takes prescribed medication for opioid or alcohol use disorder (buprenorphine, methadone,
   * naltrexone, …). Treatment, not use: it never counts as use nor as a barrier to stepping down, and
   * no criterion or trigger can read it; when true, a note asks the next level to continue it.
   */
  readonly onMedicationForAddiction?: boolean | undefined;
}

/**
 * A field of {@link StepDownProgress}.
 *
 * @example
 * ```ts
 * import { assessStepDownReadiness, type ProgressField } from 'level-of-care';
 *
 * // Fields not given that could change the decision.
 * const missing: readonly ProgressField[] = assessStepDownReadiness('detox', {
 *   daysAtLevel: 4,
 *   attendanceRate: 1,
 *   withdrawalResolved: true,
 * }).missing;
 * missing;
 * //=> ['medicallyStable', 'recentUse', 'cravingsManageable', 'newRisk']
 * ```
 *
 * @category Pathway
 */
export type ProgressField = keyof StepDownProgress;

/**
 * A yes/no field of {@link StepDownProgress}.
 *
 * @example
 * ```ts
 * import { STEP_UP_TRIGGERS, type ProgressFlag } from 'level-of-care';
 *
 * // The yes/no fields the built-in step-up triggers read.
 * const fields: ProgressFlag[] = STEP_UP_TRIGGERS.flatMap((trigger) => trigger.when.map((condition) => condition.field));
 * fields;
 * //=> ['newRisk', 'recentUse', 'cravingsManageable']
 * ```
 *
 * @category Pathway
 */
export type ProgressFlag =
  | 'withdrawalResolved'
  | 'medicallyStable'
  | 'psychiatricallyStable'
  | 'treatmentGoalsMet'
  | 'recentUse'
  | 'cravingsManageable'
  | 'stableHousing'
  | 'newRisk'
  | 'relapsePreventionPlan';

/**
 * What one readiness criterion checks: a yes/no field with the answer it needs, attendance
 * against the policy's `stepDown.minAttendanceRate`, or abstinence against the policy's
 * `stepDown.minDaysAbstinent` for the current level (skipped when the policy sets none).
 *
 * @example
 * ```ts
 * import { READINESS_CRITERIA, type ReadinessCheck } from 'level-of-care';
 *
 * const checks: ReadinessCheck[] = READINESS_CRITERIA.iop.map((criterion) => criterion.check);
 * checks;
 * //=> [{ kind: 'flag', field: 'treatmentGoalsMet', expected: true },
 * //    { kind: 'abstinence' },
 * //    { kind: 'flag', field: 'relapsePreventionPlan', expected: true }]
 * ```
 *
 * @category Pathway
 */
export type ReadinessCheck =
  | {
      /** A yes/no progress field. */
      readonly kind: 'flag';
      /** The field read. */
      readonly field: ProgressFlag;
      /** The answer the criterion needs. */
      readonly expected: boolean;
    }
  | {
      /** Attendance against `stepDown.minAttendanceRate` (no built-in criterion gates on it; a program may). */
      readonly kind: 'attendance';
    }
  | {
      /** Days abstinent against `stepDown.minDaysAbstinent`. */
      readonly kind: 'abstinence';
    };

/**
 * One criterion for stepping down from a level.
 *
 * @example
 * ```ts
 * import { READINESS_CRITERIA, type ReadinessCriterion } from 'level-of-care';
 *
 * const criterion: ReadinessCriterion | undefined = READINESS_CRITERIA.detox[0];
 * criterion;
 * //=> { id: 'readiness/detox/withdrawal-resolved', summary: 'Withdrawal has resolved',
 * //     check: { kind: 'flag', field: 'withdrawalResolved', expected: true }, sources: ['seed-003', 'seed-004'] }
 * ```
 *
 * @category Pathway
 */
export interface ReadinessCriterion {
  /** Stable id, e.g. `'readiness/detox/withdrawal-resolved'`. */
  readonly id: string;
  /** What must be true, in plain words. */
  readonly summary: string;
  /** What is checked. */
  readonly check: ReadinessCheck;
  /** Where the criterion comes from. */
  readonly sources: readonly SourceRef[];
}

/**
 * The criteria for stepping down, per current level.
 *
 * @example
 * ```ts
 * import { READINESS_CRITERIA, type ReadinessCriteria } from 'level-of-care';
 *
 * const criteria: ReadinessCriteria = READINESS_CRITERIA;
 * criteria.iop.map((criterion) => criterion.id);
 * //=> ['readiness/iop/goals-met', 'readiness/iop/abstinence', 'readiness/iop/relapse-prevention-plan']
 * ```
 *
 * @category Pathway
 */
export type ReadinessCriteria = { readonly [L in LevelId]: readonly ReadinessCriterion[] };

/**
 * A finding that calls for a more intensive level: every condition must hold.
 *
 * @example
 * ```ts
 * import { STEP_UP_TRIGGERS, type StepUpTrigger } from 'level-of-care';
 *
 * // Fires only when both conditions hold.
 * const trigger: StepUpTrigger | undefined = STEP_UP_TRIGGERS[1];
 * trigger?.when;
 * //=> [{ field: 'recentUse', equals: true }, { field: 'cravingsManageable', equals: false }]
 * ```
 *
 * @category Pathway
 */
export interface StepUpTrigger {
  /** Stable id, e.g. `'readiness/step-up/new-risk'`. */
  readonly id: string;
  /** What it means, in plain words. */
  readonly summary: string;
  /** The yes/no answers that together fire the trigger. */
  readonly when: readonly {
    /** The yes/no progress field read. */
    readonly field: ProgressFlag;
    /** The answer that fires this condition. */
    readonly equals: boolean;
  }[];
  /** Where the trigger comes from. */
  readonly sources: readonly SourceRef[];
}

/**
 * The outcome of a readiness review.
 *
 * @example
 * ```ts
 * import { assessStepDownReadiness, type ReadinessDecision } from 'level-of-care';
 *
 * // Withdrawal has resolved, but medical stability is not known yet.
 * const decision: ReadinessDecision = assessStepDownReadiness('detox', {
 *   daysAtLevel: 4,
 *   attendanceRate: 1,
 *   withdrawalResolved: true,
 * }).decision;
 * decision;
 * //=> 'continue'
 * ```
 *
 * @category Pathway
 */
export type ReadinessDecision = 'step-down' | 'continue' | 'step-up';

/**
 * Options of {@link assessStepDownReadiness}.
 *
 * @example
 * ```ts
 * import { READINESS_CRITERIA, assessStepDownReadiness, type ReadinessCriterion, type ReadinessOptions } from 'level-of-care';
 *
 * // This program also asks for stable housing before intensive outpatient care ends.
 * const housing: ReadinessCriterion = {
 *   id: 'clinic/iop/housing', summary: 'Stable housing', sources: ['clinic-manual'],
 *   check: { kind: 'flag', field: 'stableHousing', expected: true },
 * };
 * const options: ReadinessOptions = { criteria: { iop: [...READINESS_CRITERIA.iop, housing] } };
 * const progress = { daysAtLevel: 40, attendanceRate: 0.9, treatmentGoalsMet: true, daysAbstinent: 45,
 *   relapsePreventionPlan: true, newRisk: false, recentUse: false, stableHousing: false };
 * const review = assessStepDownReadiness('iop', progress, options);
 * [review.decision, review.reasons.map((hit) => hit.id)];
 * //=> ['continue', ['clinic/iop/housing']]
 * ```
 *
 * @category Pathway
 */
export interface ReadinessOptions {
  /** Policy with the thresholds (`stepDown`). Defaults to `POLICIES.general`. */
  readonly policy?: Policy | undefined;
  /** The current assessment, used to pick the target level (see {@link nextStepDown}). */
  readonly assessment?: Assessment | undefined;
  /** Levels the program can deliver or refer to. */
  readonly availableLevels?: readonly LevelId[] | undefined;
  /** Replaces the criteria of the levels given. Defaults to {@link READINESS_CRITERIA}. */
  readonly criteria?: Partial<ReadinessCriteria> | undefined;
  /** Replaces the step-up triggers. Defaults to {@link STEP_UP_TRIGGERS}. */
  readonly stepUpTriggers?: readonly StepUpTrigger[] | undefined;
}

/**
 * What {@link assessStepDownReadiness} returns.
 *
 * @example
 * ```ts
 * import { assessStepDownReadiness, type StepDownReadiness } from 'level-of-care';
 *
 * const review: StepDownReadiness = assessStepDownReadiness('op', { daysAtLevel: 10, attendanceRate: 0.5, newRisk: true });
 * [review.decision, review.target, review.reasons.map((hit) => hit.id), review.reassess.map((hit) => hit.id)];
 * //=> ['step-up', 'iop', ['readiness/step-up/new-risk'], ['readiness/reassess/low-attendance']]
 * ```
 *
 * @category Pathway
 */
export interface StepDownReadiness {
  /** `false` when the input was invalid (then `decision` is `'continue'` and `issues` says why). */
  readonly ok: boolean;
  /** Step down, continue at the current level, or step up. */
  readonly decision: ReadinessDecision;
  /** The level to move to, for `step-down` and `step-up`. */
  readonly target?: LevelId;
  /**
   * The rule hits behind the decision: the step-up triggers that fired, the criteria met (for a
   * step-down) or the criteria not met (for `continue`).
   */
  readonly reasons: readonly RuleHit[];
  /** Progress fields that were not given and could change the decision. */
  readonly missing: readonly ProgressField[];
  /** Soft considerations that did not change the decision, such as a stay shorter than the usual minimum. */
  readonly notes: readonly RuleHit[];
  /**
   * Reasons to reassess the plan now, whatever the decision: attendance below the policy's minimum
   * (`readiness/reassess/low-attendance`). Empty when there is none.
   */
  readonly reassess: readonly RuleHit[];
  /** `invalid_input` errors for bad input; empty otherwise. */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link planPathway}.
 *
 * @example
 * ```ts
 * import { planPathway, type PlanPathwayOptions } from 'level-of-care';
 *
 * // The program's own stays replace the policy's typical ones.
 * const options: PlanPathwayOptions = { through: 'iop', lengthOfStayDays: { php: 10, iop: 20 } };
 * planPathway('php', '2026-03-02', options).phases.map((phase) => [phase.level, phase.end]);
 * //=> [['php', '2026-03-11'], ['iop', '2026-03-31']]
 * ```
 *
 * @category Pathway
 */
export interface PlanPathwayOptions {
  /** Last level of the plan (inclusive). Levels less intensive than it are left out. */
  readonly through?: LevelId | undefined;
  /** Levels the program can deliver or refer to; other levels are skipped with a note. */
  readonly availableLevels?: readonly LevelId[] | undefined;
  /** The current assessment: it decides whether the first step down from `detox` or `inpatient` is `residential`. */
  readonly assessment?: Assessment | undefined;
  /** Planned days per level (whole days, at least 1), replacing the policy's typical stays. */
  readonly lengthOfStayDays?: PerLevel<number> | undefined;
  /** Policy with the typical stays. Defaults to `POLICIES.general`. */
  readonly policy?: Policy | undefined;
}

/**
 * One phase of a planned pathway.
 *
 * @example
 * ```ts
 * import { planPathway, type PlannedPhase } from 'level-of-care';
 *
 * const phase: PlannedPhase | undefined = planPathway('detox', '2026-03-02', { through: 'php' }).phases[1];
 * phase;
 * //=> { level: 'php', start: '2026-03-07', end: '2026-04-05', expectedDays: 30 }
 * ```
 *
 * @category Pathway
 */
export interface PlannedPhase {
  /** The level. */
  readonly level: LevelId;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD` (inclusive); the next phase starts the day after. */
  readonly end: string;
  /** Planned days, counting `start` and `end`. */
  readonly expectedDays: number;
  /** Present (`true`) when the level is not among `availableLevels` and must be arranged by referral. */
  readonly byReferral?: true;
  /**
   * On a withdrawal-management phase whose setting the assessment gives. An `'ambulatory'` one runs
   * alongside the next phase, which starts on the same day.
   */
  readonly withdrawalManagement?: WithdrawalManagementSetting;
}

/**
 * What {@link planPathway} returns.
 *
 * @example
 * ```ts
 * import { planPathway, type PathwayPlan } from 'level-of-care';
 *
 * // The program cannot offer php itself: the plan keeps it, to be arranged by referral.
 * const plan: PathwayPlan = planPathway('php', '2026-03-02', { through: 'iop', availableLevels: ['iop'] });
 * [plan.ok, plan.phases.map((phase) => [phase.level, phase.byReferral]), plan.notes.map((hit) => hit.id)];
 * //=> [true, [['php', true], ['iop', undefined]], ['pathway/level-by-referral']]
 * ```
 *
 * @category Pathway
 */
export interface PathwayPlan {
  /** `false` when the input was invalid (then `phases` is empty). */
  readonly ok: boolean;
  /** The phases, most intensive first, contiguous (an ambulatory withdrawal-management phase overlaps the next). */
  readonly phases: readonly PlannedPhase[];
  /** Levels skipped for availability (`pathway/level-skipped`) and levels to arrange by referral (`pathway/level-by-referral`). */
  readonly notes: readonly RuleHit[];
  /** `invalid_input` errors for bad input; empty otherwise. */
  readonly issues: readonly Issue[];
}

/**
 * One episode of care in a history.
 *
 * @example
 * ```ts
 * import { validateEpisodes, type Episode } from 'level-of-care';
 *
 * const episodes: Episode[] = [
 *   { id: 'wm-1', level: 'detox', start: '2026-03-01', end: '2026-03-10' },
 *   { id: 'iop-1', level: 'iop', start: '2026-03-06' },
 * ];
 * validateEpisodes(episodes).issues[0]?.message;
 * //=> 'Episode "iop-1" (iop, from 2026-03-06, ongoing) overlaps episode "wm-1" (detox, 2026-03-01 to 2026-03-10) by 5 days.'
 * ```
 *
 * @category Pathway
 */
export interface Episode {
  /** Your id for the episode; messages name the episode by it (otherwise by its place in the list, counted from 1). */
  readonly id?: string | undefined;
  /** The level delivered. */
  readonly level: LevelId;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (discharge date), `YYYY-MM-DD`; absent while the episode is ongoing. */
  readonly end?: string | undefined;
  /** The level the payer authorized, when it is known. */
  readonly authorizedLevel?: LevelId | undefined;
  /**
   * For a withdrawal-management episode, its setting. An `'ambulatory'` one may run alongside a
   * part-day program (php, iop, op, aftercare) without overlapping it.
   */
  readonly withdrawalManagement?: WithdrawalManagementSetting | undefined;
}

/**
 * What kind of follow-up contact a visit is.
 *
 * @example
 * ```ts
 * import { validateEpisodes, type FollowUpVisitKind } from 'level-of-care';
 *
 * // Medication for addiction dispensed two days after discharge is a follow-up contact.
 * const kind: FollowUpVisitKind = 'pharmacotherapy';
 * validateEpisodes([{ level: 'detox', start: '2026-03-01', end: '2026-03-05' }], { visits: [{ date: '2026-03-07', kind }] })
 *   .followUp[0]?.daysToFollowUp;
 * //=> 2
 * ```
 *
 * @category Pathway
 */
export type FollowUpVisitKind = 'outpatient' | 'telehealth' | 'pharmacotherapy';

/**
 * A follow-up contact that is not an episode of care: an outpatient visit, a telehealth contact or a
 * pharmacotherapy event (a dispensing or an administration of medication for addiction).
 *
 * @example
 * ```ts
 * import { validateEpisodes, type FollowUpVisit } from 'level-of-care';
 *
 * const visits: FollowUpVisit[] = [{ date: '2026-03-08', kind: 'telehealth' }];
 * const [followUp] = validateEpisodes([{ level: 'detox', start: '2026-03-01', end: '2026-03-05' }], { visits }).followUp;
 * [followUp?.followUpDate, followUp?.followUpVisitIndex, followUp?.within7Days];
 * //=> ['2026-03-08', 0, true]
 * ```
 *
 * @category Pathway
 */
export interface FollowUpVisit {
  /** The day of the contact, `YYYY-MM-DD`. */
  readonly date: string;
  /** What kind of contact it was, when known. */
  readonly kind?: FollowUpVisitKind | undefined;
}

/**
 * Follow-up after one high-intensity discharge, as the HEDIS FUI measure counts it: the first contact
 * on a day after the discharge date — an episode of care going on that day, or a visit.
 *
 * @example
 * ```ts
 * import { validateEpisodes, type FollowUp } from 'level-of-care';
 *
 * // Withdrawal management, a direct transfer to residential care, then outpatient care.
 * const followUp: readonly FollowUp[] = validateEpisodes([
 *   { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
 *   { level: 'residential', start: '2026-03-06', end: '2026-03-30' },
 *   { level: 'op', start: '2026-04-02' },
 * ]).followUp;
 * followUp.map((entry) => [entry.dischargeDate, entry.transferredFrom, entry.daysToFollowUp, entry.within7Days]);
 * //=> [['2026-03-30', [0], 3, true]]
 * ```
 *
 * @category Pathway
 */
export interface FollowUp {
  /** Index of the discharged episode in the caller's array: the last of a run of direct transfers. */
  readonly episodeIndex: number;
  /** Its level. */
  readonly level: LevelId;
  /** Its last day. */
  readonly dischargeDate: string;
  /**
   * Indices of the high-intensity episodes the person was transferred from directly (each ends the
   * day before, or the day, the next one starts): their discharges move to this one.
   */
  readonly transferredFrom?: readonly number[];
  /** First day of the next episode, when one follows. */
  readonly nextStart?: string;
  /** Index of that episode in the caller's array. */
  readonly nextEpisodeIndex?: number;
  /** `nextStart − dischargeDate` in calendar days (0 is a start on the discharge day, 1 the next day). */
  readonly daysToNext?: number;
  /** The first follow-up contact: a day after the discharge date. */
  readonly followUpDate?: string;
  /** `followUpDate − dischargeDate` in calendar days, at least 1. */
  readonly daysToFollowUp?: number;
  /** The episode that gave the first follow-up contact (index in the caller's array). */
  readonly followUpEpisodeIndex?: number;
  /** The visit that gave the first follow-up contact (index in `options.visits`). */
  readonly followUpVisitIndex?: number;
  /** The first follow-up contact is at most 7 days after discharge (and not on the discharge date). */
  readonly within7Days: boolean;
  /** The first follow-up contact is at most 30 days after discharge (and not on the discharge date). */
  readonly within30Days: boolean;
}

/**
 * Options of {@link validateEpisodes}.
 *
 * @example
 * ```ts
 * import { validateEpisodes, type ValidateEpisodesOptions } from 'level-of-care';
 *
 * // Complete up to 2026-03-20: 15 days without care after the discharge.
 * const options: ValidateEpisodesOptions = { asOf: '2026-03-20' };
 * validateEpisodes([{ level: 'detox', start: '2026-03-01', end: '2026-03-05' }], options).issues.map((issue) => issue.code);
 * //=> ['continuity_gap']
 * ```
 *
 * @category Pathway
 */
export interface ValidateEpisodesOptions {
  /** Policy with `maxGapDays`, `typicalStayDays` and `lengthOfStayReviewFactor`. Defaults to `POLICIES.general`. */
  readonly policy?: Policy | undefined;
  /**
   * The date the history is complete up to, `YYYY-MM-DD`. With it, a discharge after which no
   * episode starts or goes on is a `continuity_gap` once more than `maxGapDays` have passed, and ongoing episodes are
   * checked for length of stay up to this date.
   */
  readonly asOf?: string | undefined;
  /**
   * Follow-up contacts that are not episodes: outpatient visits, telehealth contacts and
   * pharmacotherapy events. One that is not valid is reported and not counted.
   */
  readonly visits?: readonly FollowUpVisit[] | undefined;
}

/**
 * What {@link validateEpisodes} returns.
 *
 * @example
 * ```ts
 * import { validateEpisodes, type EpisodeValidation } from 'level-of-care';
 *
 * const result: EpisodeValidation = validateEpisodes([
 *   { level: 'detox', start: '2026-03-01', end: '2026-03-10' },
 *   { level: 'iop', start: '2026-03-06' },
 * ]);
 * [result.ok, result.issues.map((issue) => issue.code), result.followUp.length];
 * //=> [false, ['episode_overlap'], 1]
 * ```
 *
 * @category Pathway
 */
export interface EpisodeValidation {
  /** `true` when no issue is an error. */
  readonly ok: boolean;
  /** Findings about single episodes in the caller's order, then overlaps and gaps in date order. */
  readonly issues: readonly Issue[];
  /** One entry per high-intensity discharge, in date order. */
  readonly followUp: readonly FollowUp[];
}
