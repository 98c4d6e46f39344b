import type { LevelId } from '../levels/types.js';
import type { Dimension, Threshold } from '../policies/types.js';
import type { SourceId } from '../sources/data.js';

/**
 * The numbers the eligibility rules use, each with its sources.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_THRESHOLDS, type EligibilityThresholds } from 'level-of-care';
 *
 * const thresholds: EligibilityThresholds = ELIGIBILITY_THRESHOLDS;
 * thresholds.moderateRating;
 * //=> { value: 2, sources: ['level-of-care-design', 'seed-002'], verified: false }
 * ```
 *
 * @category Eligibility
 */
export interface EligibilityThresholds {
  /** Fewest days a week a person must be able to attend for intensive outpatient or partial hospitalization. */
  readonly minAttendableDays: Threshold;
  /** Rating from which a dimension is a real, moderate problem ("struggling", cravings that need structure). */
  readonly moderateRating: Threshold;
  /** Rating from which a dimension is severe (a history of relapse, severe co-occurring illness). */
  readonly severeRating: Threshold;
  /** Number of severely affected dimensions that make "several areas of life" for partial hospitalization. */
  readonly severeAreasForPhp: Threshold;
}

/**
 * The numbers behind the eligibility rules. Seed pages and schedule standards put intensive
 * outpatient at three or more days a week, so fewer attendable days rules out IOP and PHP; the rating
 * cut-offs are this library's own reading of the 0–4 scale and are overridable with custom rules.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_THRESHOLDS } from 'level-of-care';
 *
 * ELIGIBILITY_THRESHOLDS.minAttendableDays.value;
 * //=> 3
 * ELIGIBILITY_THRESHOLDS.severeRating.value;
 * //=> 3
 * ```
 *
 * @category Eligibility
 */
export const ELIGIBILITY_THRESHOLDS: EligibilityThresholds = {
  minAttendableDays: { value: 3, sources: ['seed-004', 'seed-000', 'hcpcs-level-ii', 'encore-os-scheduling'] },
  moderateRating: { value: 2, sources: ['level-of-care-design', 'seed-002'], verified: false },
  severeRating: { value: 3, sources: ['level-of-care-design', 'seed-004'], verified: false },
  severeAreasForPhp: { value: 2, sources: ['medicare-bpm-php', 'level-of-care-design'], verified: false },
};

/**
 * Every person assessed gets active treatment: with no risk at all the placement is outpatient care;
 * aftercare is reached by stepping down, never as a first placement.
 */
export const BASELINE_LEVEL: { readonly level: LevelId; readonly sources: readonly SourceId[] } = {
  level: 'op',
  sources: ['level-of-care-design', 'seed-002'],
};

/**
 * The most intensive minimum a rating of readiness, relapse risk or the living environment may set on
 * its own: a policy whose placement table goes above it is refused where it is checked (by
 * `definePolicy`, and as an option). None of them calls for medical care (inpatient care or
 * withdrawal management). Low readiness is met with motivational work at the level the other needs
 * call for, never with more hours of a program the person does not want: at most intensive outpatient.
 */
export const DIMENSION_CEILINGS: { readonly [D in Dimension]?: { readonly level: LevelId; readonly sources: readonly SourceId[] } } = {
  readiness: { level: 'iop', sources: ['level-of-care-design'] },
  relapse: { level: 'residential', sources: ['level-of-care-design'] },
  environment: { level: 'residential', sources: ['level-of-care-design'] },
};

/** How results and explanations name each dimension, in this library's own words. */
export const DIMENSION_LABELS: { readonly [D in Dimension]: string } = {
  withdrawal: 'withdrawal risk',
  biomedical: 'biomedical risk',
  psychiatric: 'psychiatric and emotional risk',
  readiness: 'readiness and engagement',
  relapse: 'relapse and continued-use risk',
  environment: 'recovery and living environment',
};
