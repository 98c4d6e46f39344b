import type { Dimension, Policy, RiskRating } from '../policies/types.js';
import type { LevelId } from '../levels/types.js';
import { NON_MEDICAL_DIMENSIONS } from './data.js';
import { RANK } from './levelRank.js';

/**
 * The minimum level a known rating calls for, read from the policy's placement table
 * (`policy.placement.minimumLevel[dimension][rating]`). Readiness, relapse risk and the living
 * environment are capped below medically managed care, whatever a custom table says: on their own
 * they never justify inpatient care or withdrawal management.
 */
export function placementMinimum(policy: Policy, dimension: Dimension, rating: RiskRating): LevelId {
  const level = policy.placement.minimumLevel[dimension][rating];
  if (CAPPED[dimension] && RANK[level] < CEILING_RANK) return NON_MEDICAL_DIMENSIONS.ceiling;
  return level;
}

const CEILING_RANK = RANK[NON_MEDICAL_DIMENSIONS.ceiling];

// Looked up for every rating of every call, so kept as a fixed-key record rather than an array search.
const CAPPED: { readonly [D in Dimension]: boolean } = {
  withdrawal: NON_MEDICAL_DIMENSIONS.dimensions.includes('withdrawal'),
  biomedical: NON_MEDICAL_DIMENSIONS.dimensions.includes('biomedical'),
  psychiatric: NON_MEDICAL_DIMENSIONS.dimensions.includes('psychiatric'),
  readiness: NON_MEDICAL_DIMENSIONS.dimensions.includes('readiness'),
  relapse: NON_MEDICAL_DIMENSIONS.dimensions.includes('relapse'),
  environment: NON_MEDICAL_DIMENSIONS.dimensions.includes('environment'),
};
