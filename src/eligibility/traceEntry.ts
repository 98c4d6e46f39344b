import type { Rule, RuleEvaluation, TraceEntry } from './types.js';

/** A rule's line in a trace. */
export function traceEntryOf(rule: Rule, evaluation: RuleEvaluation): TraceEntry {
  return evaluation.minimumLevel === undefined
    ? { ruleId: rule.id, effect: rule.effect, levels: rule.levels, summary: rule.summary, outcome: evaluation.outcome, read: evaluation.read }
    : {
        ruleId: rule.id,
        effect: rule.effect,
        levels: rule.levels,
        summary: rule.summary,
        outcome: evaluation.outcome,
        read: evaluation.read,
        minimumLevel: evaluation.minimumLevel,
      };
}
