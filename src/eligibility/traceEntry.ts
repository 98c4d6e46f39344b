import type { EvidenceKind } from '../sources/evidence.js';
import type { Rule, RuleEvaluation, TraceEntry } from './types.js';

/** A rule's line in a trace, with the evidence of its sources. */
export function traceEntryOf(rule: Rule, evaluation: RuleEvaluation, evidence: EvidenceKind): TraceEntry {
  const { outcome, read, minimumLevel, withdrawalManagement } = evaluation;
  const { id: ruleId, effect, levels, summary } = rule;
  if (minimumLevel === undefined) return { ruleId, effect, levels, summary, outcome, read, evidence };
  // A setting matters only where the rule held.
  return withdrawalManagement === undefined || outcome !== true
    ? { ruleId, effect, levels, summary, outcome, read, minimumLevel, evidence }
    : { ruleId, effect, levels, summary, outcome, read, minimumLevel, withdrawalManagement, evidence };
}
