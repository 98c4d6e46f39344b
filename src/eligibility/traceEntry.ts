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
const KEPT_PER_RULE = 4;

/** The trace lines kept for one rule: evaluations and their lines, alternately. */
export type TraceLines = unknown[];

/** A rule's line in a trace: the line kept for this evaluation, or a new one. */
export function traceLineOf(rule: Rule, evaluation: RuleEvaluation, evidence: EvidenceKind, kept: TraceLines): TraceEntry {
  for (let k = 0; k < kept.length; k += 2) if (kept[k] === evaluation) return kept[k + 1] as TraceEntry;
  const line = Object.freeze(traceEntryOf(rule, evaluation, evidence));
  // Only a frozen evaluation is kept: one that can change could later stand for another answer.
  if (Object.isFrozen(evaluation)) {
    if (kept.length >= 2 * KEPT_PER_RULE) kept.splice(0, 2);
    kept.push(evaluation, line);
  }
  return line;
}
