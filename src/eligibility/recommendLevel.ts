import type { Issue } from '../issues/types.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import { readAvailableLevels } from './availableLevels.js';
import { BASELINE_LEVEL } from './data.js';
import { evaluateRules, floorsOf, type Placement, placementOf, provisionalRangeOf } from './engine.js';
import { readRulesOption } from './readRulesOption.js';
import { exclusionsOf } from './exclusions.js';
import { RANK, levelAt } from './levelRank.js';
import { inFieldOrder } from './missingFields.js';
import { readAssessment } from './normalizeAssessment.js';
import { RuleError } from './ruleError.js';
import { optionsOf, unreadable } from '../issues/boundary.js';
import { everyLevelExcludedNote, otherNeedsNote, referralNote } from './notes.js';
import { fieldValue } from './fieldValue.js';
import { hitOf } from './ruleHit.js';
import { traceLineOf } from './traceEntry.js';
import type {
  Assessment,
  AssessmentField,
  Driver,
  Exclusion,
  Recommendation,
  RecommendLevelOptions,
  ProvisionalRange,
  RuleHit,
  TraceEntry,
} from './types.js';

/**
 * Recommends a level of care for an assessment: the least intensive level that is safe for the
 * highest need (ratings are never averaged), moved up past the levels a contraindication rules out,
 * then — when `availableLevels` lacks it — the next **more** intensive available level, never a lower
 * one (`availabilityGap: true`). Raising a rating or setting an adverse finding never gives a less
 * intensive level. When withdrawal management is indicated, `withdrawalManagement` gives its setting
 * and `programLevel` the level the other needs call for: withdrawal that can be managed ambulatory
 * (a withdrawal rating of 2, or `needsMedicallyManagedWithdrawal` alone) runs alongside that program
 * and rules none out.
 *
 * Unknown answers are never guessed: `level` comes from the known data, `status` is `'provisional'`,
 * `missing` lists the required fields, and `provisionalRange` gives the levels the answer could take
 * once they are known. Bad input never throws; it is reported in `issues` and read as unknown. The
 * `trace` lists every rule with its outcome and the fields it read. The method, step by step:
 * docs/guides/04-eligibility.md.
 *
 * @param assessment - The assessment (anything read from JSON is accepted and checked).
 * @param options - `availableLevels` (default all), `policy` (default `POLICIES.general`), `rules` (custom rules).
 * @returns The recommendation.
 *
 * @example
 * ```ts
 * import { recommendLevel } from 'level-of-care';
 *
 * const findings = {
 *   imminentDanger: false, needsMedicallyManagedWithdrawal: false, unstableMedicalCondition: false,
 *   eatingDisorderNeedsMealSupport: false, motivatedForTreatment: true, stableSubstanceFreeHome: true,
 *   canAttendDaysPerWeek: 3, recentlyCompletedLevel: 'residential',
 * } as const;
 * const risk = { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 } as const;
 * const result = recommendLevel({ risk, findings });
 * result.level;
 * //=> 'iop'
 * result.status;
 * //=> 'recommended'
 * result.drivers;
 * //=> [{ dimension: 'relapse', rating: 2, minimumLevel: 'iop' }]
 *
 * recommendLevel({ risk: { relapse: 3 } }, { availableLevels: ['iop', 'residential'] }).level;
 * //=> 'residential'
 *
 * // Withdrawal that can be managed at home runs alongside the program and rules none out.
 * const withdrawal = recommendLevel({ risk: { ...risk, withdrawal: 2 }, findings });
 * [withdrawal.level, withdrawal.withdrawalManagement, withdrawal.programLevel, withdrawal.excluded];
 * //=> ['detox', 'ambulatory', 'iop', []]
 * ```
 *
 * @category Eligibility
 */
export function recommendLevel(assessment: Assessment, options: RecommendLevelOptions = {}): Recommendation {
  try {
    return recommend(assessment, options);
  } catch (thrown) {
    if (thrown instanceof RuleError) throw thrown;
    // Input that cannot be read at all (a getter or Proxy trap that throws, nesting too deep): nothing
    // is known, so the answer is the provisional one for an empty assessment, with the reason.
    const empty = recommend({}, {});
    return { ...empty, issues: [unreadable([], thrown)] };
  }
}

function recommend(assessment: unknown, options: unknown): Recommendation {
  const read = readAssessment(assessment);
  const facts = read.assessment;
  const issues: Issue[] = [...read.issues];
  // JavaScript callers may pass null or a stray value; read it as no options.
  const given = optionsOf(options, ['options'], issues) as RecommendLevelOptions;
  const available = readAvailableLevels(given.availableLevels, issues, ['options', 'availableLevels']);
  const context = { policy: readPolicyOption(given.policy, issues, ['options', 'policy']) };
  const compiled = readRulesOption(given.rules, issues, ['options', 'rules']);
  const { rules } = compiled;
  const evaluations = evaluateRules(compiled, facts, context);
  const floors = floorsOf(compiled, evaluations);
  const placement = placementOf(floors, available);
  const levelBit = 1 << placement.level;
  const driverFloor = driverFloorOf(placement);
  const trace = new Array<TraceEntry>(rules.length);
  const drivers: Driver[] = [];
  const cautions: RuleHit[] = [];
  let missingFromRules: AssessmentField[] | undefined;

  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i]!;
    const evaluation = evaluations[i]!;
    trace[i] = traceLineOf(rule, evaluation, compiled.evidence[i]!, compiled.lines[i]!);
    if (evaluation.outcome === 'unknown') {
      // Only an unknown context finding can add to the required fields that are unknown.
      if (read.unknownContext && (rule.effect === 'minimum-level' || rule.effect === 'contraindication')) {
        for (const field of evaluation.read) {
          if (fieldValue(facts, field) === 'unknown') (missingFromRules ??= []).push(field);
        }
      }
      continue;
    }
    if (evaluation.outcome !== true) continue;
    switch (rule.effect) {
      case 'minimum-level': {
        const dimension = compiled.dimensions[i];
        if (dimension === undefined || evaluation.minimumLevel === undefined) break;
        const rating = facts.risk[dimension];
        if (rating !== 'unknown' && RANK[evaluation.minimumLevel] === driverFloor) {
          drivers.push({ dimension, rating, minimumLevel: evaluation.minimumLevel });
        }
        break;
      }
      case 'caution':
        if ((compiled.masks[i]! & levelBit) !== 0) cautions.push(hitOf(rule, evaluation, facts, context, compiled.evidence[i]!));
        break;
      case 'contraindication':
      case 'indication':
        break;
      default: {
        const unhandled: never = rule.effect;
        throw new Error(`Rule "${rule.id}" has an unknown effect ${String(unhandled)}.`);
      }
    }
  }

  const unknown = read.unknown;
  const unknownFields = unknown.map((spec) => spec.field);
  const missing =
    missingFromRules === undefined || missingFromRules.every((field) => unknownFields.includes(field))
      ? unknownFields
      : inFieldOrder([...unknownFields, ...missingFromRules]);
  const excluded = exclusionsOf(compiled, trace, placement.excluded);
  const range = missing.length > 0 ? provisionalRangeOf(compiled, facts, unknown, context, available, floors) : undefined;
  return recommendationOf(placement, trace, issues, drivers, excluded, cautions, missing, range);
}

/** The floor that ratings drive: only a floor above the baseline is driven by a rating (the baseline itself is the default); otherwise -1. */
const driverFloorOf = (placement: Placement): number => (placement.floor < RANK[BASELINE_LEVEL.level] ? placement.floor : -1);

/** The recommendation: the placement's levels, the engine's own notes and the rest as given. */
function recommendationOf(
  placement: Placement,
  trace: readonly TraceEntry[],
  issues: Issue[],
  drivers: Driver[],
  excluded: Exclusion[],
  cautions: RuleHit[],
  missing: AssessmentField[],
  provisionalRange: ProvisionalRange | undefined,
): Recommendation {
  const level = levelAt(placement.level);
  const indicatedLevel = levelAt(placement.indicated);
  if (placement.everyLevelExcluded) cautions.push(everyLevelExcludedNote());
  if (placement.otherNeedsLevel !== -1) cautions.push(otherNeedsNote(indicatedLevel, level));
  if (placement.byReferral) cautions.push(referralNote(indicatedLevel));
  if (placement.programByReferral) cautions.push(referralNote(levelAt(placement.programLevel)));

  const result: { -readonly [K in keyof Recommendation]: Recommendation[K] } = {
    level,
    status: missing.length > 0 ? 'provisional' : 'recommended',
    indicatedLevel,
    availabilityGap: placement.gap,
    drivers,
    excluded,
    cautions,
    missing,
    trace,
    issues,
  };
  if (provisionalRange !== undefined) result.provisionalRange = provisionalRange;
  if (placement.withdrawalManagement !== undefined) {
    result.withdrawalManagement = placement.withdrawalManagement;
    result.programLevel = levelAt(placement.programLevel);
  }
  return result;
}
