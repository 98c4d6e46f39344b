import { isLevelId } from '../levels/isLevelId.js';
import { readList } from '../_lib/readList.js';
import { LIMITS } from '../issues/limits.js';
import type { Assessment } from '../eligibility/types.js';
import type { Issue } from '../issues/types.js';
import { recommendLevel } from '../eligibility/recommendLevel.js';
import { compareIntensity } from '../levels/compareIntensity.js';
import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import type { Policy } from '../policies/types.js';
import { STEP_DOWN_PATHWAY } from './data.js';

/** Where one step down leads once availability is taken into account. */
export interface StepDownTarget {
  /** The level to move to; `undefined` when there is none (after `aftercare`, or nothing lower is available). */
  readonly level: LevelId | undefined;
  /** Unavailable levels passed over, most intensive first. */
  readonly skipped: readonly LevelId[];
  /** `level` is not available but the assessment calls for it: arrange it by referral. */
  readonly byReferral: boolean;
}

/** The level an assessment indicates (read through the policy's placement table), with any problems found in it. */
export interface Indication {
  /** `recommendLevel(...).indicatedLevel`; `undefined` without an assessment. */
  readonly level: LevelId | undefined;
  /**
   * The level the needs other than withdrawal call for (`programLevel` when withdrawal management is
   * indicated, else the indicated level): what decides the steps after withdrawal management.
   */
  readonly program: LevelId | undefined;
  /** Where withdrawal management is delivered, when it is indicated. */
  readonly withdrawalManagement: WithdrawalManagementSetting | undefined;
  /** The assessment's issues, at paths under `['options', 'assessment']`. */
  readonly issues: readonly Issue[];
}

/** Reads an assessment with {@link recommendLevel}; no assessment indicates nothing. */
export function indicationOf(assessment: Assessment | undefined, policy: Policy): Indication {
  if (assessment === undefined) return { level: undefined, program: undefined, withdrawalManagement: undefined, issues: [] };
  const recommendation = recommendLevel(assessment, { policy });
  const issues = recommendation.issues.map((issue) => ({
    ...issue,
    path: ['options', 'assessment', ...issue.path],
  }));
  return {
    level: recommendation.indicatedLevel,
    program: recommendation.programLevel ?? recommendation.indicatedLevel,
    withdrawalManagement: recommendation.withdrawalManagement,
    issues,
  };
}

/** The next level down the pathway, before availability. */
function pathwayNext(current: LevelId, indicated: LevelId | undefined): LevelId | undefined {
  // `inpatient` is not on the pathway: it steps down to the same levels as withdrawal management.
  const position = current === 'inpatient' ? 0 : STEP_DOWN_PATHWAY.indexOf(current);
  const next = STEP_DOWN_PATHWAY[position + 1];
  // Residential care is the optional step: taken only when the assessment still calls for
  // round-the-clock care, otherwise people leave withdrawal management for partial hospitalization.
  if (next === 'residential' && (indicated === undefined || compareIntensity(indicated, 'residential') < 0)) {
    return STEP_DOWN_PATHWAY[position + 2];
  }
  return next;
}

/**
 * One step down from `current`, given the level the needs other than withdrawal call for
 * (`indicated`). Unavailable levels are passed over, except one at or below that level: passing over
 * it would place the person lower still, and a lack of programs never justifies less care than is
 * needed, so it is kept, to be arranged by referral. From ambulatory withdrawal management the person
 * stays in the program that ran alongside it.
 */
export function stepDownTarget(
  current: LevelId,
  indicated: LevelId | undefined,
  available: ReadonlySet<LevelId> | undefined,
  ambulatory = false,
): StepDownTarget {
  const skipped: LevelId[] = [];
  let candidate = current === 'detox' && ambulatory && indicated !== undefined ? indicated : pathwayNext(current, indicated);
  while (candidate !== undefined && available !== undefined && !available.has(candidate)) {
    if (indicated !== undefined && compareIntensity(candidate, indicated) <= 0) {
      return { level: candidate, skipped, byReferral: true };
    }
    skipped.push(candidate);
    candidate = pathwayNext(candidate, undefined);
  }
  return { level: candidate, skipped, byReferral: false };
}

/** The set of valid level ids in an `availableLevels` option; `undefined` when the option is absent or not an array. */
export function availableSet(levels: unknown): ReadonlySet<LevelId> | undefined {
  if (!Array.isArray(levels)) return undefined;
  return new Set(readList(levels, LIMITS.maxListEntries, isLevelId));
}
