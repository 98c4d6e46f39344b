import type {
  AssessmentField,
  NormalizedAssessment,
  NormalizedFindings,
  Rule,
  RuleContext,
  RuleEvaluation,
  RuleHit,
} from './types.js';
import type { Dimension } from '../policies/types.js';

/** The value of one field of a normalized assessment. */
export function fieldValue(assessment: NormalizedAssessment, field: AssessmentField): unknown {
  if (field === 'population') return assessment.population;
  const dot = field.indexOf('.');
  const group = field.slice(0, dot);
  const name = field.slice(dot + 1);
  // Field names come from the closed AssessmentField union, never from user data.
  if (group === 'risk') return assessment.risk[name as Dimension];
  return assessment.findings[name as keyof NormalizedFindings];
}

const withoutFinalStop = (text: string): string => (text.endsWith('.') ? text.slice(0, -1) : text);

/**
 * The reason sentence of a hit: the rule's own `explain` when it has one, otherwise its summary
 * followed by the value of every field it read, so the reader sees what the rule saw.
 */
function reasonOf(
  rule: Rule,
  evaluation: RuleEvaluation,
  assessment: NormalizedAssessment,
  context: RuleContext,
): string {
  if (rule.explain !== undefined) return rule.explain(assessment, evaluation, context);
  if (evaluation.read.length === 0) return rule.summary;
  const seen = evaluation.read.map((field) => `${field} = ${String(fieldValue(assessment, field))}`).join(', ');
  return `${withoutFinalStop(rule.summary)} (${seen}).`;
}

/** A rule that held, as a {@link RuleHit}. */
export function hitOf(
  rule: Rule,
  evaluation: RuleEvaluation,
  assessment: NormalizedAssessment,
  context: RuleContext,
): RuleHit {
  return { id: rule.id, summary: rule.summary, reason: reasonOf(rule, evaluation, assessment, context), sources: [...rule.sources] };
}
