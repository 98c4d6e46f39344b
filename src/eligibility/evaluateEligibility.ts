import { describeReceived } from '../_lib/describeReceived.js';
import { isLevelId } from '../levels/isLevelId.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import type { LevelId } from '../levels/types.js';
import { evaluateRules, floorOf, floorsOf, floorsWhenFilled, placementOf, possibleFloorOf, substituteUnknowns } from './engine.js';
import { DETOX_RANK, RANK, levelAt } from './levelRank.js';
import { readRulesOption } from './readRulesOption.js';
import { inFieldOrder } from './missingFields.js';
import { readAssessment } from './normalizeAssessment.js';
import { RuleError } from './ruleError.js';
import { optionsOf, unreadable } from '../issues/boundary.js';
import { aboveIndicatedNote, noWithdrawalNeedNote } from './notes.js';
import { fieldValue } from './fieldValue.js';
import { hitOf } from './ruleHit.js';
import type {
  Assessment,
  AssessmentField,
  EligibilityResult,
  EligibilityStatus,
  EvaluateEligibilityOptions,
  RuleHit,
} from './types.js';

/**
 * Evaluates whether an assessment fits one level of care, rule by rule.
 *
 * - `ineligible`: a contraindication for the level holds, or a minimum-level rule (a risk rating
 *   through the placement table, or a finding) calls for a more intensive level — except ambulatory
 *   withdrawal management, which runs alongside a less intensive level and is a caution there.
 * - `insufficient-information`: nothing rules the level out yet, but an unknown field could (or could
 *   add a caution); `missing` lists those fields as paths like `'risk.withdrawal'`.
 * - `eligible-with-cautions`: possible, with cautions to act on — including a level more intensive
 *   than the least intensive safe one the assessment calls for.
 * - `eligible`: nothing rules it out and nothing needs a caution.
 *
 * `indications` lists what speaks for the level. Every hit names the values seen in its `reason`.
 * Bad input never throws: it is reported in `issues` and the bad field is treated as unknown.
 *
 * @param assessment - The assessment (anything read from JSON is accepted and checked).
 * @param level - The level to evaluate.
 * @param options - `policy` (default `POLICIES.general`) and custom `rules`.
 * @returns The verdict with the rules behind it.
 *
 * @example
 * ```ts
 * import { evaluateEligibility } from 'level-of-care';
 *
 * const result = evaluateEligibility(
 *   {
 *     risk: { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 },
 *     findings: {
 *       imminentDanger: false, needsMedicallyManagedWithdrawal: false, unstableMedicalCondition: false,
 *       eatingDisorderNeedsMealSupport: true, motivatedForTreatment: true, stableSubstanceFreeHome: true,
 *       canAttendDaysPerWeek: 3,
 *     },
 *   },
 *   'iop',
 * );
 * result.status;
 * //=> 'ineligible'
 * result.contraindications.map((hit) => hit.id);
 * //=> ['eating-disorder-needs-meal-support']
 *
 * evaluateEligibility({ risk: { withdrawal: 3 } }, 'iop').contraindications[0]?.reason;
 * //=> 'Withdrawal risk rated 3 calls for at least detox (residential) in the placement table of policy "general" (risk.withdrawal = 3).'
 *
 * // Withdrawal that can be managed at home runs alongside intensive outpatient care: a caution, not a bar.
 * evaluateEligibility({ risk: { withdrawal: 2 } }, 'iop').cautions[0]?.id;
 * //=> 'placement-withdrawal'
 * ```
 *
 * @category Eligibility
 */
export function evaluateEligibility(
  assessment: Assessment,
  level: LevelId,
  options: EvaluateEligibilityOptions = {},
): EligibilityResult {
  try {
    return evaluate(assessment, level, options);
  } catch (thrown) {
    if (thrown instanceof RuleError) throw thrown;
    const issue = unreadable([], thrown);
    return { level, status: 'insufficient-information', indications: [], contraindications: [], cautions: [], missing: [], issues: [issue] };
  }
}

function evaluate(assessment: unknown, level: LevelId, options: unknown): EligibilityResult {
  const normalized = readAssessment(assessment);
  const facts = normalized.assessment;
  const issues: Issue[] = [...normalized.issues];
  if (!isLevelId(level)) {
    issues.push(
      invalidInput(`level: ${describeReceived(level)} is not a level id.`, { path: ['level'] }),
    );
    return { level, status: 'insufficient-information', indications: [], contraindications: [], cautions: [], missing: [], issues };
  }

  // JavaScript callers may pass null or a stray value; read it as no options.
  const given = optionsOf(options, ['options'], issues) as EvaluateEligibilityOptions;
  const context = { policy: readPolicyOption(given.policy, issues, ['options', 'policy']) };
  const compiled = readRulesOption(given.rules, issues, ['options', 'rules']);
  const { rules } = compiled;
  const evaluations = evaluateRules(compiled, facts, context);
  const rank = RANK[level];

  const indications: RuleHit[] = [];
  const contraindications: RuleHit[] = [];
  const cautions: RuleHit[] = [];
  const couldRuleOut: AssessmentField[] = [];
  const couldCaution: AssessmentField[] = [];
  const unknownFieldsOf = (read: readonly AssessmentField[]): AssessmentField[] =>
    read.filter((field) => fieldValue(facts, field) === 'unknown');
  const hit = (i: number): RuleHit => hitOf(rules[i]!, evaluations[i]!, facts, context, compiled.evidence[i]!);

  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i]!;
    const evaluation = evaluations[i]!;
    if (rule.effect === 'minimum-level') {
      // A floor concerns every level below it, whatever the rule's own levels are.
      if (evaluation.outcome === true) {
        const floor = floorOf(compiled, i, evaluation);
        // Ambulatory withdrawal management runs alongside a less intensive level: it rules none out.
        if (floor < rank) (evaluation.withdrawalManagement === 'ambulatory' ? cautions : contraindications).push(hit(i));
        else if (floor === rank) indications.push(hit(i));
      } else if (evaluation.outcome === 'unknown' && possibleFloorOf(compiled, i, evaluation) < rank) {
        couldRuleOut.push(...unknownFieldsOf(evaluation.read));
      }
      continue;
    }
    if ((compiled.masks[i]! & (1 << rank)) === 0) continue;
    switch (rule.effect) {
      case 'contraindication':
        if (evaluation.outcome === true) contraindications.push(hit(i));
        else if (evaluation.outcome === 'unknown') couldRuleOut.push(...unknownFieldsOf(evaluation.read));
        break;
      case 'caution':
        if (evaluation.outcome === true) cautions.push(hit(i));
        else if (evaluation.outcome === 'unknown') couldCaution.push(...unknownFieldsOf(evaluation.read));
        break;
      case 'indication':
        if (evaluation.outcome === true) indications.push(hit(i));
        break;
      default: {
        const unhandled: never = rule.effect;
        throw new Error(`Rule "${rule.id}" has an unknown effect ${String(unhandled)}.`);
      }
    }
  }

  const floors = floorsOf(compiled, evaluations);
  const placement = placementOf(floors, undefined);
  // Withdrawal management is only ever a placement for withdrawal, or for a floor set at it: the
  // recommendation skips it otherwise.
  if (level === 'detox' && placement.withdrawalManagement === undefined && placement.floor !== DETOX_RANK) {
    const withdrawal = facts.risk.withdrawal;
    const needsWithdrawalManagement = facts.findings.needsMedicallyManagedWithdrawal;
    if (withdrawal !== 'unknown' && needsWithdrawalManagement !== 'unknown') {
      contraindications.push(noWithdrawalNeedNote(String(withdrawal), String(needsWithdrawalManagement), context.policy.id));
    } else {
      if (withdrawal === 'unknown') couldRuleOut.push('risk.withdrawal');
      if (needsWithdrawalManagement === 'unknown') couldRuleOut.push('findings.needsMedicallyManagedWithdrawal');
    }
  }

  if (contraindications.length > 0) {
    return { level, status: 'ineligible', indications, contraindications, cautions, missing: [], issues };
  }

  // Least intensive safe level: a level above the one the assessment calls for is possible, with a caution.
  const indicated = placement.indicated;
  if (rank < indicated) {
    const unknown = normalized.unknown;
    if (unknown.length === 0) {
      cautions.push(aboveIndicatedNote(level, levelAt(indicated), false));
    } else {
      const most = placementOf(floorsWhenFilled(compiled, floors, substituteUnknowns(facts, unknown, 'adverse'), context, 'adverse'), undefined).indicated;
      if (rank < most) cautions.push(aboveIndicatedNote(level, levelAt(most), true));
      else for (const spec of unknown) couldCaution.push(spec.field);
    }
  }

  const changing = cautions.length > 0 ? couldRuleOut : [...couldRuleOut, ...couldCaution];
  const missing = inFieldOrder(changing);
  const status: EligibilityStatus =
    missing.length > 0 ? 'insufficient-information' : cautions.length > 0 ? 'eligible-with-cautions' : 'eligible';
  return { level, status, indications, contraindications, cautions, missing, issues };
}
