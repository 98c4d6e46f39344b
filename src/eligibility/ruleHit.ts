import type { SourceRef } from '../policies/types.js';
import { type EvidenceKind, evidenceOf } from '../sources/evidence.js';
import { fieldValue } from './fieldValue.js';
import type { NormalizedAssessment, Rule, RuleContext, RuleEvaluation, RuleHit } from './types.js';

/**
 * A rule hit, its evidence read from its sources (or given, when already read from them): the one
 * way every hit of the library is made.
 */
export function ruleHit(id: string, summary: string, reason: string, sources: readonly SourceRef[], evidence: EvidenceKind = evidenceOf(sources)): RuleHit {
  return { id, summary, reason, sources: [...sources], evidence };
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

/** A rule that held, as a {@link RuleHit}, with the evidence of its sources. */
export function hitOf(
  rule: Rule,
  evaluation: RuleEvaluation,
  assessment: NormalizedAssessment,
  context: RuleContext,
  evidence: EvidenceKind,
): RuleHit {
  return ruleHit(rule.id, rule.summary, reasonOf(rule, evaluation, assessment, context), rule.sources, evidence);
}
