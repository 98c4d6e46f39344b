import type { LevelId } from '../levels/types.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { Dimension } from '../policies/types.js';
import { ELIGIBILITY_THRESHOLDS } from './data.js';
import { type AssessmentFieldSpec, REQUIRED_FIELDS } from './fields.js';
import { DETOX_RANK, LEAST_INTENSIVE_RANK, RANK, levelAt } from './levelRank.js';
import { RULES } from './rules.js';
import type { NormalizedAssessment, Risk, Rule, RuleContext, RuleEvaluation } from './types.js';

// Levels are handled as ranks (0 = inpatient … 6 = aftercare) and sets of levels as bit masks
// (bit `rank`), so a placement needs no array searches and almost no allocation.

/** A rule list prepared for evaluation: per rule, its effect and its levels as a bit mask. */
export interface CompiledRules {
  /** The rules, in order. */
  readonly rules: readonly Rule[];
  /** Per rule: the bit mask of its levels. */
  readonly masks: readonly number[];
  /** Per rule: the least intensive of its levels (the floor a true minimum-level rule sets by default). */
  readonly leastRanks: readonly number[];
  /** Per rule: the most intensive of its levels (the highest floor an unknown one could set by default). */
  readonly mostRanks: readonly number[];
  /** Per rule: the dimension, for the placement-table rules. */
  readonly dimensions: readonly (Dimension | undefined)[];
  /** Indices of the rules that can change a placement (minimum-level and contraindication rules). */
  readonly placing: readonly number[];
  /** Indices of the contraindication rules. */
  readonly contraindications: readonly number[];
}

const PLACEMENT_RULE_DIMENSION: ReadonlyMap<string, Dimension> = /* @__PURE__ */ (() => new Map(
  DIMENSIONS.map((dimension) => [`placement-${dimension}`, dimension]),
))();

/** Prepares a rule list for evaluation. */
export function compile(rules: readonly Rule[]): CompiledRules {
  const masks: number[] = [];
  const leastRanks: number[] = [];
  const mostRanks: number[] = [];
  const dimensions: (Dimension | undefined)[] = [];
  const placing: number[] = [];
  const contraindications: number[] = [];
  rules.forEach((rule, index) => {
    let mask = 0;
    let least = 0;
    let most = LEAST_INTENSIVE_RANK;
    for (const level of rule.levels) {
      const rank = RANK[level];
      mask |= 1 << rank;
      if (rank > least) least = rank;
      if (rank < most) most = rank;
    }
    masks.push(mask);
    leastRanks.push(least);
    mostRanks.push(most);
    dimensions.push(PLACEMENT_RULE_DIMENSION.get(rule.id));
    if (rule.effect === 'minimum-level' || rule.effect === 'contraindication') placing.push(index);
    if (rule.effect === 'contraindication') contraindications.push(index);
  });
  return { rules, masks, leastRanks, mostRanks, dimensions, placing, contraindications };
}

/** The built-in catalog, compiled. */
export const COMPILED_CATALOG: CompiledRules = /* @__PURE__ */ (() => compile(RULES))();

/** A rule's evaluation, checked: a predicate that answers anything but `true`, `false` or `'unknown'` throws. */
function evaluate(rule: Rule, assessment: NormalizedAssessment, context: RuleContext): RuleEvaluation {
  const evaluation = rule.predicate(assessment, context);
  const outcome = (evaluation as { outcome?: unknown } | undefined)?.outcome;
  // A predicate is configuration: a broken one is a programmer error and is reported at once.
  if (outcome !== true && outcome !== false && outcome !== 'unknown') {
    throw new Error(`Rule "${rule.id}" returned an invalid outcome ${JSON.stringify(outcome)}; expected true, false or 'unknown'.`);
  }
  return evaluation;
}

/** Evaluates every rule, in order. */
export function evaluateRules(
  compiled: CompiledRules,
  assessment: NormalizedAssessment,
  context: RuleContext,
): RuleEvaluation[] {
  const { rules } = compiled;
  const evaluations = new Array<RuleEvaluation>(rules.length);
  for (let i = 0; i < rules.length; i += 1) evaluations[i] = evaluate(rules[i]!, assessment, context);
  return evaluations;
}

/** The floor (a rank) a true `minimum-level` rule sets: its evaluation's level, or the least intensive of its levels. */
export function floorOf(compiled: CompiledRules, index: number, evaluation: RuleEvaluation): number {
  return evaluation.minimumLevel === undefined ? compiled.leastRanks[index]! : RANK[evaluation.minimumLevel];
}

/** The highest floor (a rank) an unknown `minimum-level` rule could set. */
export function possibleFloorOf(compiled: CompiledRules, index: number, evaluation: RuleEvaluation): number {
  return evaluation.minimumLevel === undefined ? compiled.mostRanks[index]! : RANK[evaluation.minimumLevel];
}

/** Withdrawal management is indicated by a withdrawal rating at the threshold or a finding that says so. */
export function withdrawalManagementIndicated(assessment: NormalizedAssessment): boolean {
  const withdrawal = assessment.risk.withdrawal;
  return (
    assessment.findings.needsMedicallyManagedWithdrawal === true ||
    (withdrawal !== 'unknown' && withdrawal >= ELIGIBILITY_THRESHOLDS.withdrawalManagementRating.value)
  );
}

/** One placement decision, as ranks (0 = inpatient). */
export interface Placement {
  /** The highest minimum of the true minimum-level rules. */
  readonly floor: number;
  /** Levels excluded by a true contraindication, as a bit mask. */
  readonly excluded: number;
  /** Whether withdrawal management is indicated. */
  readonly withdrawalManagement: boolean;
  /** The least intensive level at or above the floor that is not excluded. */
  readonly indicated: number;
  /** Every level at or above the floor is excluded (only custom rules can do this). */
  readonly everyLevelExcluded: boolean;
  /** The level recommended given availability. */
  readonly level: number;
  /** The indicated level is not recommended as is: it is unavailable, or other needs call for more. */
  readonly gap: boolean;
  /** No acceptable level is available: the indicated level must be arranged by referral. */
  readonly byReferral: boolean;
  /**
   * The rank of the level the person's other needs lead to, without withdrawal management, when it is
   * more intensive than the one withdrawal management alone would give; otherwise -1.
   */
  readonly otherNeedsLevel: number;
}

/** Walks up from the floor (towards rank 0) to the first level that is not excluded; -1 when none. */
function indicatedFrom(floor: number, excluded: number, withdrawalManagement: boolean): number {
  for (let rank = floor; rank >= 0; rank -= 1) {
    // Withdrawal management is no substitute for another level unless withdrawal management is needed.
    if (rank === DETOX_RANK && rank !== floor && !withdrawalManagement) continue;
    if ((excluded & (1 << rank)) === 0) return rank;
  }
  return -1;
}

/**
 * One placement from the highest floor of the true minimum-level rules and the levels the true
 * contraindications exclude (a bit mask).
 */
function placementFrom(
  floor: number,
  excluded: number,
  withdrawalManagement: boolean,
  available: number | undefined,
): Placement {
  const found = indicatedFrom(floor, excluded, withdrawalManagement);
  const everyLevelExcluded = found === -1;
  // If custom rules exclude everything, the most intensive level is the only safe answer.
  const indicated = everyLevelExcluded ? 0 : found;

  let level = indicated;
  let byReferral = false;
  if (available !== undefined && (available & (1 << indicated)) === 0) {
    // Never lower for lack of a program: without an acceptable more intensive level, keep the
    // indicated one, to be arranged by referral.
    byReferral = true;
    for (let rank = indicated - 1; rank >= 0; rank -= 1) {
      if (rank === DETOX_RANK && !withdrawalManagement) continue;
      const bit = 1 << rank;
      if ((available & bit) !== 0 && (excluded & bit) === 0) {
        level = rank;
        byReferral = false;
        break;
      }
    }
  }
  const gap = level !== indicated || byReferral;
  return { floor, excluded, withdrawalManagement, indicated, everyLevelExcluded, level, gap, byReferral, otherNeedsLevel: -1 };
}

/**
 * One placement. With `evaluations` (every rule's, in order) they are used; without, only the rules
 * that can change a placement are evaluated.
 */
function placeOnce(
  compiled: CompiledRules,
  assessment: NormalizedAssessment,
  context: RuleContext,
  available: number | undefined,
  evaluations: readonly RuleEvaluation[] | undefined,
): Placement {
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  const { rules, placing } = compiled;
  for (let p = 0; p < placing.length; p += 1) {
    const i = placing[p]!;
    const rule = rules[i]!;
    const evaluation = evaluations === undefined ? evaluate(rule, assessment, context) : evaluations[i]!;
    if (evaluation.outcome !== true) continue;
    if (rule.effect === 'minimum-level') {
      const rank = floorOf(compiled, i, evaluation);
      if (rank < floor) floor = rank;
    } else {
      excluded |= compiled.masks[i]!;
    }
  }
  return placementFrom(floor, excluded, withdrawalManagementIndicated(assessment), available);
}

/** The assessment as it would be without a need for withdrawal management. */
function withoutWithdrawalManagement(assessment: NormalizedAssessment): NormalizedAssessment {
  const withdrawal = assessment.risk.withdrawal;
  const threshold = ELIGIBILITY_THRESHOLDS.withdrawalManagementRating.value;
  return {
    population: assessment.population,
    risk: { ...assessment.risk, withdrawal: (withdrawal !== 'unknown' && withdrawal >= threshold ? threshold - 1 : withdrawal) as Risk },
    findings: { ...assessment.findings, needsMedicallyManagedWithdrawal: false },
  };
}

/**
 * The full placement. When withdrawal management is indicated, the level is also never below the one
 * the person's other needs would get without it: withdrawal management treats withdrawal, not a
 * residential or day-program need that no available level between them meets. (Without this, raising
 * the withdrawal rating could turn an inpatient placement into a less intensive withdrawal-management one.)
 *
 * @param evaluations - Every rule's evaluation for `assessment`, when already computed.
 */
export function place(
  compiled: CompiledRules,
  assessment: NormalizedAssessment,
  context: RuleContext,
  available: number | undefined,
  evaluations?: readonly RuleEvaluation[],
): Placement {
  const placement = placeOnce(compiled, assessment, context, available, evaluations);
  if (!weighsOtherNeeds(placement)) return placement;
  return weighedAgainst(placement, placeOnce(compiled, withoutWithdrawalManagement(assessment), context, available, undefined));
}

/**
 * Whether the person's other needs are weighed against a placement (see {@link place}): withdrawal
 * management is indicated and the level is not already the most intensive.
 */
const weighsOtherNeeds = (placement: Placement): boolean => placement.withdrawalManagement && placement.level !== 0;

/**
 * A placement whose other needs are weighed (see {@link weighsOtherNeeds}), given `other`, the
 * placement of the assessment as it would be without a need for withdrawal management: raised to the
 * level of `other` when that is more intensive.
 */
function weighedAgainst(placement: Placement, other: Placement): Placement {
  if (other.level >= placement.level) return placement;
  return { ...placement, level: other.level, gap: true, byReferral: false, otherNeedsLevel: other.level };
}

type Extreme = 'favourable' | 'adverse';

/**
 * The assessment with its unknown required fields (`unknown`, from {@link unknownRequired}) at one
 * extreme, and, optionally, unknown days at `days`.
 */
export function substituteUnknowns(
  assessment: NormalizedAssessment,
  unknown: readonly AssessmentFieldSpec[],
  extreme: Extreme,
  days?: number,
): NormalizedAssessment {
  const risk: Record<string, unknown> = { ...assessment.risk };
  const findings: Record<string, unknown> = { ...assessment.findings };
  for (const spec of unknown) (spec.group === 'risk' ? risk : findings)[spec.name] = spec[extreme];
  if (days !== undefined && assessment.findings.canAttendDaysPerWeek === 'unknown') findings['canAttendDaysPerWeek'] = days;
  return { population: assessment.population, risk, findings } as NormalizedAssessment;
}

const DAYS = /* @__PURE__ */ (() => REQUIRED_FIELDS.find((spec) => spec.field === 'findings.canAttendDaysPerWeek'))();
const FEWEST_DAYS = /* @__PURE__ */ (() => Number(DAYS?.adverse ?? 0))();
const MOST_DAYS = /* @__PURE__ */ (() => Number(DAYS?.favourable ?? 7))();

/**
 * The least and most intensive levels the answer could take once the unknown fields are known. The
 * placement only rises with ratings and adverse findings, so the two extremes bracket every
 * substitution. The attendable days are the exception: fewer days can rule out an available day
 * program and leave a less intensive level to arrange by referral, so when the days are unknown both
 * ends of the days scale are tried at each extreme.
 */
export function provisionalRangeOf(
  compiled: CompiledRules,
  assessment: NormalizedAssessment,
  unknown: readonly AssessmentFieldSpec[],
  context: RuleContext,
  available: number | undefined,
): { readonly least: LevelId; readonly most: LevelId } {
  const levelOf = (substituted: NormalizedAssessment): number => place(compiled, substituted, context, available).level;
  let least = levelOf(substituteUnknowns(assessment, unknown, 'favourable'));
  let most = levelOf(substituteUnknowns(assessment, unknown, 'adverse'));
  if (assessment.findings.canAttendDaysPerWeek === 'unknown' && available !== undefined) {
    least = Math.max(least, levelOf(substituteUnknowns(assessment, unknown, 'favourable', FEWEST_DAYS)));
    most = Math.min(most, levelOf(substituteUnknowns(assessment, unknown, 'adverse', MOST_DAYS)));
  }
  return { least: levelAt(least), most: levelAt(most) };
}
