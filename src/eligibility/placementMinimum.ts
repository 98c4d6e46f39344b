import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import { SETTING_LEVEL } from '../levels/withdrawalSettings.js';
import { perPolicy } from '../policies/perPolicy.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { Dimension, Policy, RiskRating } from '../policies/types.js';
import { isTwentyFourHour } from './levelRank.js';
import type { AssessmentField, RuleEvaluation } from './types.js';


/** A policy's placement table read once: per dimension (in {@link DIMENSIONS} order) and rating 0–4. */
export interface PlacementTable {
  /**
   * Whether a rating's minimum is a need for round-the-clock care that rules out part-day programs: a
   * 24-hour level, except where the rating calls for withdrawal management, whose setting decides
   * where it is delivered.
   */
  readonly roundTheClock: readonly (readonly boolean[])[];
  /** The evaluation of each dimension's placement rule for each known rating (shared, frozen). */
  readonly known: readonly (readonly RuleEvaluation[])[];
  /** The evaluation of each dimension's placement rule for an unknown rating: the floor a 4 would set. */
  readonly unknown: readonly RuleEvaluation[];
  /** The evaluations of `withdrawal-management-first` when the finding is true and when it is unknown. */
  readonly finding: { readonly yes: RuleEvaluation; readonly unknown: RuleEvaluation };
}

/** The fields each placement rule reads, in {@link DIMENSIONS} order. */
export const PLACEMENT_READ: readonly (readonly AssessmentField[])[] = /* @__PURE__ */ (() =>
  DIMENSIONS.map((dimension): readonly AssessmentField[] => Object.freeze([`risk.${dimension}` as const])))();

const FINDING_READ: readonly AssessmentField[] = /* @__PURE__ */ (() => Object.freeze(['findings.needsMedicallyManagedWithdrawal' as const]))();

const RATINGS: readonly RiskRating[] = [0, 1, 2, 3, 4];

function readTable(policy: Policy): PlacementTable {
  const { ambulatoryThrough, forFinding } = policy.placement.withdrawalManagement;
  // Withdrawal severe enough for inpatient care is withdrawal management in hospital; below that,
  // withdrawal management is ambulatory up to the policy's rating and residential above it.
  const settingOf = (dimension: Dimension, rating: RiskRating, level: LevelId): WithdrawalManagementSetting | undefined =>
    dimension !== 'withdrawal' ? undefined : level === 'inpatient' ? 'hospital' : level !== 'detox' ? undefined : rating <= ambulatoryThrough ? 'ambulatory' : 'residential';
  const evaluation = (
    outcome: true | 'unknown',
    read: readonly AssessmentField[],
    minimumLevel: LevelId,
    setting: WithdrawalManagementSetting | undefined,
  ): RuleEvaluation =>
    Object.freeze(setting === undefined ? { outcome, read, minimumLevel } : { outcome, read, minimumLevel, withdrawalManagement: setting });
  const minimum = DIMENSIONS.map((dimension) => RATINGS.map((rating) => policy.placement.minimumLevel[dimension][rating]));
  return {
    roundTheClock: minimum.map((row, d) =>
      row.map((level, rating) => settingOf(DIMENSIONS[d]!, rating as RiskRating, level) === undefined && isTwentyFourHour(level)),
    ),
    known: minimum.map((row, d) => row.map((level, rating) => evaluation(true, PLACEMENT_READ[d] ?? [], level, settingOf(DIMENSIONS[d]!, rating as RiskRating, level)))),
    unknown: minimum.map((row, d) => evaluation('unknown', PLACEMENT_READ[d] ?? [], row[4] ?? 'inpatient', undefined)),
    finding: {
      yes: evaluation(true, FINDING_READ, SETTING_LEVEL[forFinding], forFinding),
      unknown: evaluation('unknown', FINDING_READ, SETTING_LEVEL[forFinding], undefined),
    },
  };
}

/**
 * The placement table of a policy, read once per policy object: every rule evaluation reads it, for
 * hundreds of thousands of assessments in a batch.
 */
export const placementTableOf: (policy: Policy) => PlacementTable = /* @__PURE__ */ perPolicy(readTable);
