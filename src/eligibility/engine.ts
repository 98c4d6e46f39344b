import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { Dimension } from '../policies/types.js';
import { type EvidenceKind, evidenceOf } from '../sources/evidence.js';
import type { TraceLines } from './traceEntry.js';
import { describeThrown } from '../_lib/describeReceived.js';
import { evaluationProblem } from './checkEvaluation.js';
import { RuleError } from './ruleError.js';
import { type AssessmentFieldSpec, REQUIRED_FIELDS } from './fields.js';
import { DETOX_RANK, LEAST_INTENSIVE_RANK, RANK, isTwentyFourHour, levelAt, settingOrder } from './levelRank.js';
import { RULES } from './rules.js';
import type { NormalizedAssessment, Rule, RuleContext, RuleEvaluation } from './types.js';

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
  /** Per rule: the strongest kind of evidence among its sources. */
  readonly evidence: readonly EvidenceKind[];
  /** Per rule: the trace lines kept for its shared evaluations (see traceLineOf). */
  readonly lines: readonly TraceLines[];
  /** Per rule: whether it is a custom rule, whose answers are checked. */
  readonly custom: readonly boolean[];
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
  const evidence: EvidenceKind[] = [];
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
    evidence.push(evidenceOf(rule.sources));
    if (rule.effect === 'minimum-level' || rule.effect === 'contraindication') placing.push(index);
    if (rule.effect === 'contraindication') contraindications.push(index);
  });
  const lines = rules.map((): TraceLines => new Map());
  const custom = rules.map((rule) => !BUILT_IN.has(rule));
  return { rules, masks, leastRanks, mostRanks, dimensions, evidence, lines, custom, placing, contraindications };
}

const BUILT_IN: ReadonlySet<Rule> = /* @__PURE__ */ (() => new Set(RULES))();

/** The built-in catalog, compiled. */
export const COMPILED_CATALOG: CompiledRules = /* @__PURE__ */ (() => compile(RULES))();

/**
 * A rule's evaluation. The catalog's predicates are trusted; a custom predicate that throws or answers
 * anything but an evaluation (see evaluationProblem) is a programmer error in configuration, reported
 * at once as a RuleError naming the rule.
 */
function evaluate(compiled: CompiledRules, i: number, assessment: NormalizedAssessment, context: RuleContext): RuleEvaluation {
  const rule = compiled.rules[i]!;
  if (!compiled.custom[i]) return rule.predicate(assessment, context);
  let answer: unknown;
  try {
    answer = rule.predicate(assessment, context);
  } catch (thrown) {
    throw new RuleError(`Rule "${rule.id}" threw: ${describeThrown(thrown)}.`);
  }
  const problem = evaluationProblem(answer);
  if (problem !== undefined) throw new RuleError(`Rule "${rule.id}" returned ${problem}.`);
  return answer as RuleEvaluation;
}

/** Evaluates every rule, in order. */
export function evaluateRules(
  compiled: CompiledRules,
  assessment: NormalizedAssessment,
  context: RuleContext,
): RuleEvaluation[] {
  const { rules } = compiled;
  const evaluations = new Array<RuleEvaluation>(rules.length);
  for (let i = 0; i < rules.length; i += 1) evaluations[i] = evaluate(compiled, i, assessment, context);
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

/** One placement decision, as ranks (0 = inpatient). */
export interface Placement {
  /** The highest minimum of the true minimum-level rules. */
  readonly floor: number;
  /** Levels excluded by a true contraindication, as a bit mask. */
  readonly excluded: number;
  /** Where withdrawal management is delivered at `level`, when a true minimum-level rule calls for it. */
  readonly withdrawalManagement: WithdrawalManagementSetting | undefined;
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
  /** With withdrawal management: the rank of the level the other needs lead to, given availability; otherwise -1. */
  readonly programLevel: number;
  /** That level must be arranged by referral. */
  readonly programByReferral: boolean;
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
 * The placement from the highest floor of the true minimum-level rules and the levels the true
 * contraindications exclude (a bit mask), given availability, without withdrawal management.
 */
function placementFrom(floor: number, excluded: number, withdrawalManagement: boolean, available: number | undefined): Placement {
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
  return {
    floor,
    excluded,
    withdrawalManagement: undefined,
    indicated,
    everyLevelExcluded,
    level,
    gap: level !== indicated || byReferral,
    byReferral,
    otherNeedsLevel: -1,
    programLevel: -1,
    programByReferral: false,
  };
}

const AMBULATORY = /* @__PURE__ */ (() => settingOrder('ambulatory'))();
const RESIDENTIAL = /* @__PURE__ */ (() => settingOrder('residential'))();
const HOSPITAL = /* @__PURE__ */ (() => settingOrder('hospital'))();

/** What the placing rules that held add up to, before availability. */
export interface Floors {
  /** The highest floor (a rank) of the true minimum-level rules. */
  floor: number;
  /** The highest floor of those that do not call for withdrawal management. */
  otherFloor: number;
  /** Levels excluded by a true contraindication, as a bit mask. */
  excluded: number;
  /** The most intensive withdrawal-management setting called for (its order), or -1. */
  setting: number;
  /** The placing rules that answered `'unknown'`: once the unknown fields are filled in, only these can add to the floors. */
  readonly undecided: readonly number[];
}

/** Adds a placing rule's evaluation to the floors, when it held. */
function addTo(floors: Floors, compiled: CompiledRules, i: number, evaluation: RuleEvaluation): void {
  if (evaluation.outcome !== true) return;
  const rule = compiled.rules[i]!;
  if (rule.effect !== 'minimum-level') {
    floors.excluded |= compiled.masks[i]!;
    return;
  }
  const rank = floorOf(compiled, i, evaluation);
  if (rank < floors.floor) floors.floor = rank;
  const wanted = evaluation.withdrawalManagement;
  if (wanted === undefined) {
    if (rank < floors.otherFloor) floors.otherFloor = rank;
    return;
  }
  const order = settingOrder(wanted);
  if (order > floors.setting) floors.setting = order;
}

/** The floors that every rule's evaluation (in order) adds up to. */
export function floorsOf(compiled: CompiledRules, evaluations: readonly RuleEvaluation[]): Floors {
  const undecided: number[] = [];
  const floors: Floors = { floor: LEAST_INTENSIVE_RANK, otherFloor: LEAST_INTENSIVE_RANK, excluded: 0, setting: -1, undecided };
  for (const i of compiled.placing) {
    const evaluation = evaluations[i]!;
    if (evaluation.outcome === 'unknown') undecided.push(i);
    else addTo(floors, compiled, i, evaluation);
  }
  return floors;
}

/**
 * The placement the floors give, given availability. A floor that withdrawal management sets makes
 * the level withdrawal management, but the person's other needs are placed as well, from the other
 * floors: withdrawal management treats withdrawal, not a residential or day-program need, so the
 * level is never below theirs (without this, raising the withdrawal rating could turn an inpatient
 * placement into a less intensive one). The setting is the one the floors call for, raised to
 * residential when the other needs call for 24-hour care and to hospital at `inpatient`; an
 * ambulatory setting runs alongside the level the other needs call for.
 */
export function placementOf(floors: Floors, available: number | undefined): Placement {
  const { floor, otherFloor, excluded, setting } = floors;
  const placement = placementFrom(floor, excluded, setting !== -1, available);
  if (setting === -1) return placement;
  const other = placementFrom(otherFloor, excluded, false, available);
  const raised = other.level < placement.level;
  const level = raised ? other.level : placement.level;
  const atLevel =
    level === 0 ? HOSPITAL : Math.max(setting, isTwentyFourHour(levelAt(other.level)) ? RESIDENTIAL : AMBULATORY);
  return {
    floor,
    excluded,
    withdrawalManagement: WITHDRAWAL_MANAGEMENT_SETTINGS[atLevel],
    indicated: placement.indicated,
    everyLevelExcluded: placement.everyLevelExcluded,
    level,
    gap: raised || placement.gap,
    byReferral: !raised && placement.byReferral,
    otherNeedsLevel: raised ? other.level : -1,
    programLevel: other.level,
    programByReferral: other.byReferral,
  };
}

type Extreme = 'favourable' | 'adverse';

/**
 * The floors of the same assessment once its unknown fields are filled in at one extreme (`filled`):
 * a known outcome does not depend on an unknown field (a predicate answers `'unknown'` when a field it
 * needs is unknown), so only the rules that answered `'unknown'` are evaluated again. A rule that still
 * cannot tell (it reads a context finding whose value was not valid) holds at the adverse extreme, at
 * the most it could set, and not at the favourable one.
 */
export function floorsWhenFilled(compiled: CompiledRules, floors: Floors, filled: NormalizedAssessment, context: RuleContext, extreme: Extreme): Floors {
  const next: Floors = { ...floors, undecided: [] };
  for (const i of floors.undecided) {
    const evaluation = evaluate(compiled, i, filled, context);
    if (evaluation.outcome !== 'unknown') addTo(next, compiled, i, evaluation);
    else if (extreme === 'adverse') addTo(next, compiled, i, { ...evaluation, outcome: true, minimumLevel: levelAt(possibleFloorOf(compiled, i, evaluation)) });
  }
  return next;
}

/**
 * The assessment with its unknown required fields (`unknown`, as the assessment was read) at one
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
  floors: Floors,
): { readonly least: LevelId; readonly most: LevelId } {
  const levelOf = (extreme: Extreme, days?: number): number =>
    placementOf(floorsWhenFilled(compiled, floors, substituteUnknowns(assessment, unknown, extreme, days), context, extreme), available).level;
  let least = levelOf('favourable');
  let most = levelOf('adverse');
  if (assessment.findings.canAttendDaysPerWeek === 'unknown' && available !== undefined) {
    least = Math.max(least, levelOf('favourable', FEWEST_DAYS));
    most = Math.min(most, levelOf('adverse', MOST_DAYS));
  }
  return { least: levelAt(least), most: levelAt(most) };
}
