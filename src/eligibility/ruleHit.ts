import { fieldValue } from './fieldValue.js';
import type { NormalizedAssessment, Rule, RuleContext, RuleEvaluation, RuleHit } from './types.js';

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
