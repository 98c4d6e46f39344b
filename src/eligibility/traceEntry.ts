import type { EvidenceKind } from '../sources/evidence.js';
import type { Rule, RuleEvaluation, TraceEntry } from './types.js';

/** A rule's line in a trace, with the evidence of its sources. */
function traceEntryOf(rule: Rule, evaluation: RuleEvaluation, evidence: EvidenceKind): TraceEntry {
  const { outcome, read, minimumLevel, withdrawalManagement } = evaluation;
  const { id: ruleId, effect, levels, summary } = rule;
  if (minimumLevel === undefined) return { ruleId, effect, levels, summary, outcome, read, evidence };
  // A setting matters only where the rule held.
  return withdrawalManagement === undefined || outcome !== true
    ? { ruleId, effect, levels, summary, outcome, read, minimumLevel, evidence }
    : { ruleId, effect, levels, summary, outcome, read, minimumLevel, withdrawalManagement, evidence };
}

// Built-in predicates answer with a few shared, frozen evaluations each, so the lines made for them
// are kept (a few per rule) and shared, frozen, by every result: a batch then makes no trace line.
const KEPT_PER_RULE = 16;

/** The trace lines kept for one rule, by evaluation. */
export type TraceLines = Map<RuleEvaluation, TraceEntry>;

/** A rule's line in a trace: the line kept for this evaluation, or a new one. */
export function traceLineOf(rule: Rule, evaluation: RuleEvaluation, evidence: EvidenceKind, kept: TraceLines): TraceEntry {
  const known = kept.get(evaluation);
  if (known !== undefined) return known;
  const line = Object.freeze(traceEntryOf(rule, evaluation, evidence));
  // Only a frozen evaluation is kept: one that can change could later stand for another answer.
  if (Object.isFrozen(evaluation) && kept.size < KEPT_PER_RULE) kept.set(evaluation, line);
  return line;
}
