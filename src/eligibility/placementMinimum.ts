import type { LevelId } from '../levels/types.js';
import { perPolicy } from '../policies/perPolicy.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { Dimension, Policy, RiskRating } from '../policies/types.js';
import { NON_MEDICAL_DIMENSIONS } from './data.js';
import { RANK, isTwentyFourHour } from './levelRank.js';
import type { AssessmentField, RuleEvaluation } from './types.js';

/**
 * The minimum level a known rating calls for, read from the policy's placement table
 * (`policy.placement.minimumLevel[dimension][rating]`). Readiness, relapse risk and the living
 * environment are capped below medically managed care, whatever a custom table says: on their own
 * they never justify inpatient care or withdrawal management.
 */
function placementMinimum(policy: Policy, dimension: Dimension, rating: RiskRating): LevelId {
  const level = policy.placement.minimumLevel[dimension][rating];
  if (CAPPED[dimension] && RANK[level] < CEILING_RANK) return NON_MEDICAL_DIMENSIONS.ceiling;
  return level;
}

const CEILING_RANK = /* @__PURE__ */ (() => RANK[NON_MEDICAL_DIMENSIONS.ceiling])();

// Looked up for every rating of every call, so kept as a fixed-key record rather than an array search.
const CAPPED: { readonly [D in Dimension]: boolean } = /* @__PURE__ */ (() => ({
  withdrawal: NON_MEDICAL_DIMENSIONS.dimensions.includes('withdrawal'),
  biomedical: NON_MEDICAL_DIMENSIONS.dimensions.includes('biomedical'),
  psychiatric: NON_MEDICAL_DIMENSIONS.dimensions.includes('psychiatric'),
  readiness: NON_MEDICAL_DIMENSIONS.dimensions.includes('readiness'),
  relapse: NON_MEDICAL_DIMENSIONS.dimensions.includes('relapse'),
  environment: NON_MEDICAL_DIMENSIONS.dimensions.includes('environment'),
}))();

/** A policy's placement table read once: per dimension (in {@link DIMENSIONS} order) and rating 0–4. */
export interface PlacementTable {
  /** The minimum level of each rating, capped as {@link placementMinimum} caps it. */
  readonly minimum: readonly (readonly LevelId[])[];
  /** Whether that minimum is a 24-hour level. */
  readonly roundTheClock: readonly (readonly boolean[])[];
  /** The evaluation of each dimension's placement rule for each known rating (shared, frozen). */
  readonly known: readonly (readonly RuleEvaluation[])[];
  /** The evaluation of each dimension's placement rule for an unknown rating: the floor a 4 would set. */
  readonly unknown: readonly RuleEvaluation[];
}

/** The fields each placement rule reads, in {@link DIMENSIONS} order. */
export const PLACEMENT_READ: readonly (readonly AssessmentField[])[] = /* @__PURE__ */ (() =>
  DIMENSIONS.map((dimension): readonly AssessmentField[] => Object.freeze([`risk.${dimension}` as const])))();

const RATINGS: readonly RiskRating[] = [0, 1, 2, 3, 4];

function readTable(policy: Policy): PlacementTable {
  const minimum = DIMENSIONS.map((dimension) => RATINGS.map((rating) => placementMinimum(policy, dimension, rating)));
  const evaluation = (outcome: true | 'unknown', d: number, minimumLevel: LevelId): RuleEvaluation =>
    Object.freeze({ outcome, read: PLACEMENT_READ[d] ?? [], minimumLevel });
  return {
    minimum,
    roundTheClock: minimum.map((row) => row.map(isTwentyFourHour)),
    known: minimum.map((row, d) => row.map((level) => evaluation(true, d, level))),
    unknown: minimum.map((row, d) => evaluation('unknown', d, row[4] ?? 'inpatient')),
  };
}

/**
 * The placement table of a policy, read once per policy object: every rule evaluation reads it, for
 * hundreds of thousands of assessments in a batch.
 */
export const placementTableOf: (policy: Policy) => PlacementTable = /* @__PURE__ */ perPolicy(readTable);
