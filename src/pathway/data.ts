import type { LevelId } from '../levels/types.js';
import type { Threshold } from '../policies/types.js';
import type { SourceId } from '../sources/data.js';

/**
 * The step-down pathway, most intensive first: withdrawal management, then (when the assessment
 * calls for it) residential care, partial hospitalization, intensive outpatient, outpatient and
 * aftercare. `residential` is optional: people leave withdrawal management for partial
 * hospitalization unless their needs call for round-the-clock care. `inpatient` is not on the
 * pathway; it steps down to `residential` or `php`.
 *
 * @example
 * ```ts
 * import { STEP_DOWN_PATHWAY } from 'level-of-care';
 *
 * STEP_DOWN_PATHWAY.join(' → ');
 * //=> 'detox → residential → php → iop → op → aftercare'
 * ```
 *
 * @category Pathway
 */
export const STEP_DOWN_PATHWAY: readonly ['detox', 'residential', 'php', 'iop', 'op', 'aftercare'] = [
  'detox',
  'residential',
  'php',
  'iop',
  'op',
  'aftercare',
];

/**
 * Where the step-down pathway comes from: the detox → PHP → IOP → OP sequence and stepping down into
 * IOP after PHP (seeds 002 and 004), residential care when round-the-clock supervision is needed
 * (seed 003), and a planned discharge preceded by a reassessment (DC 22-A6329).
 *
 * @example
 * ```ts
 * import { STEP_DOWN_PATHWAY_SOURCES } from 'level-of-care';
 *
 * STEP_DOWN_PATHWAY_SOURCES.includes('seed-002');
 * //=> true
 * ```
 *
 * @category Pathway
 */
export const STEP_DOWN_PATHWAY_SOURCES: readonly SourceId[] = ['seed-002', 'seed-003', 'seed-004', 'dc-22-a6329'];

/**
 * The levels whose discharge calls for follow-up care within 7 and 30 days (the high-intensity
 * care of the HEDIS FUI measure): medically managed inpatient care, withdrawal management and
 * residential treatment.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_LEVELS } from 'level-of-care';
 *
 * FOLLOW_UP_LEVELS;
 * //=> ['inpatient', 'detox', 'residential']
 * ```
 *
 * @category Pathway
 */
export const FOLLOW_UP_LEVELS: readonly LevelId[] = ['inpatient', 'detox', 'residential'];

/**
 * A follow-up window after a high-intensity discharge, in calendar days, with its source.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_WINDOWS, type FollowUpWindow } from 'level-of-care';
 *
 * const window: FollowUpWindow = FOLLOW_UP_WINDOWS.within7Days;
 * window;
 * //=> { days: 7, sources: ['hedis-fui', 'ncqa-fui-measure'] }
 * ```
 *
 * @category Pathway
 */
export interface FollowUpWindow {
  /** Largest `nextStart − dischargeDate` difference, in calendar days, that is inside the window. */
  readonly days: number;
  /** Where the window comes from. */
  readonly sources: readonly SourceId[];
}

/**
 * The two follow-up windows of the HEDIS measure Follow-Up After High-Intensity Care for Substance Use
 * Disorder (FUI, NCQA): a follow-up contact within 7 and within 30 days after a discharge from
 * inpatient care, residential treatment or withdrawal management. A difference of 1 is the day after
 * discharge; a contact on the discharge date itself does not count (see {@link FOLLOW_UP_RULES}).
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_WINDOWS } from 'level-of-care';
 *
 * [FOLLOW_UP_WINDOWS.within7Days.days, FOLLOW_UP_WINDOWS.within30Days.days];
 * //=> [7, 30]
 * ```
 *
 * @category Pathway
 */
export const FOLLOW_UP_WINDOWS: {
  /** Follow-up within 7 days of discharge. */
  readonly within7Days: FollowUpWindow;
  /** Follow-up within 30 days of discharge. */
  readonly within30Days: FollowUpWindow;
} = {
  within7Days: { days: 7, sources: ['hedis-fui', 'ncqa-fui-measure'] },
  within30Days: { days: 30, sources: ['hedis-fui', 'ncqa-fui-measure'] },
};

/**
 * One rule of how follow-up is counted, with its sources.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_RULES, type FollowUpRule } from 'level-of-care';
 *
 * // Counting visits as follow-up is a reading not yet confirmed in a stored source.
 * const rule: FollowUpRule = FOLLOW_UP_RULES.visitsCount;
 * rule;
 * //=> { sources: ['ncqa-fui-measure', 'health-plan-fui-summary'], verified: false }
 * ```
 *
 * @category Pathway
 */
export interface FollowUpRule {
  /** Where the rule comes from. */
  readonly sources: readonly SourceId[];
  /** `false` when the rule is a reading not confirmed in a stored source. */
  readonly verified: boolean;
}

/**
 * How follow-up contacts are counted, after the HEDIS FUI measure:
 * - `contactAfterDischargeDate`: a contact on the discharge date does not count; an episode of a
 *   lower level that starts on the discharge day and goes on past it counts on the day after.
 * - `directTransferDays`: a high-intensity episode that starts at most this many days after a
 *   discharge (the same day or the next) is a direct transfer: the discharge moves to that episode's
 *   end. **Unverified**: the measure's own specification defines transfers in detail.
 * - `visitsCount`: outpatient visits, telehealth contacts and pharmacotherapy events are follow-up
 *   contacts, not only new episodes of care (**unverified** for pharmacotherapy: health plans
 *   describe the measure's follow-up as "a visit or service").
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_RULES } from 'level-of-care';
 *
 * FOLLOW_UP_RULES.directTransferDays.value;
 * //=> 1
 * ```
 *
 * @category Pathway
 */
export const FOLLOW_UP_RULES: {
  /** A contact on the discharge date does not count. */
  readonly contactAfterDischargeDate: FollowUpRule;
  /** The most days between a discharge and the start of a high-intensity episode that make it a direct transfer. */
  readonly directTransferDays: Threshold;
  /** Visits, telehealth and pharmacotherapy count as follow-up. */
  readonly visitsCount: FollowUpRule;
} = {
  contactAfterDischargeDate: { sources: ['ncqa-fui-measure', 'health-plan-fui-summary'], verified: true },
  directTransferDays: { value: 1, sources: ['level-of-care-design', 'ncqa-fui-measure'], verified: false },
  visitsCount: { sources: ['ncqa-fui-measure', 'health-plan-fui-summary'], verified: false },
};

/**
 * The next more intensive level for a step-up, per level: back up the pathway one level
 * (`aftercare` → `op` → `iop` → `php` → `residential`). A new risk during round-the-clock care
 * (`residential`, `detox`) calls for medically managed `inpatient` care; `inpatient` has no
 * more intensive level. A library default (`level-of-care-design`): the assessment, when given,
 * can raise the target (see {@link assessStepDownReadiness}).
 *
 * @example
 * ```ts
 * import { STEP_UP_TARGETS } from 'level-of-care';
 *
 * STEP_UP_TARGETS.iop;
 * //=> 'php'
 * STEP_UP_TARGETS.inpatient;
 * //=> undefined
 * ```
 *
 * @category Pathway
 */
export const STEP_UP_TARGETS: { readonly [L in LevelId]: LevelId | undefined } = {
  inpatient: undefined,
  detox: 'inpatient',
  residential: 'inpatient',
  php: 'residential',
  iop: 'php',
  op: 'iop',
  aftercare: 'op',
};

/**
 * When a step-down counts as skipping levels, with its source.
 *
 * @example
 * ```ts
 * import { TRANSITION_SKIP_WARNING, validateTransition, type SkipWarningRule } from 'level-of-care';
 *
 * const rule: SkipWarningRule = TRANSITION_SKIP_WARNING;
 * // detox → op passes over php and iop: two levels, so it is flagged.
 * validateTransition('detox', 'op').skipped.length >= rule.minSkipped;
 * //=> true
 * ```
 *
 * @category Pathway
 */
export interface SkipWarningRule {
  /** Fewest pathway levels passed over that earns a `transition_skips_levels` warning. */
  readonly minSkipped: number;
  /** Where the rule comes from. */
  readonly sources: readonly SourceId[];
}

/**
 * A step-down that passes over two or more pathway levels (not counting the optional
 * `residential`) is flagged: detox → iop passes over one level and is common for milder disorders;
 * detox → op passes over two.
 *
 * @example
 * ```ts
 * import { TRANSITION_SKIP_WARNING } from 'level-of-care';
 *
 * TRANSITION_SKIP_WARNING.minSkipped;
 * //=> 2
 * ```
 *
 * @category Pathway
 */
export const TRANSITION_SKIP_WARNING: SkipWarningRule = {
  minSkipped: 2,
  sources: ['seed-002', 'seed-004', 'level-of-care-design'],
};
