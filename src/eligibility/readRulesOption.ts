import { forEachEntry, listLength } from '../issues/boundary.js';
import { formatPath } from '../issues/formatPath.js';
import { invalidInput } from '../issues/invalidInput.js';
import { LIMITS } from '../issues/limits.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { COMPILED_CATALOG, type CompiledRules, compile } from './engine.js';
import { isSound, ruleVerdict } from './ruleSchema.js';
import { RULES } from './rules.js';
import type { Rule } from './types.js';

// A program passes the same rule list on every call of a batch: it is merged with the catalog and
// compiled once per array object (so a changed list must be a new array).
const compiledLists = new WeakMap<readonly unknown[], CompiledRules>();

/**
 * The rules in force: the catalog, with a custom rule replacing the built-in rule of the same id in
 * place and other custom rules appended in their order (the last of two with one id wins).
 */
function merge(custom: readonly Rule[]): CompiledRules {
  const byId = new Map<string, Rule>();
  for (const rule of custom) byId.set(rule.id, rule);
  const resolved: Rule[] = [];
  for (const rule of RULES) {
    resolved.push(byId.get(rule.id) ?? rule);
    byId.delete(rule.id);
  }
  for (const rule of byId.values()) resolved.push(rule);
  return compile(resolved);
}

/**
 * The `rules` option of `recommendLevel` and `evaluateEligibility`: the catalog when absent; custom
 * rules merged into it. A value that is not an array, a list longer than `LIMITS.maxListEntries`, or
 * an entry that is not a rule the engine can run (checked as `defineRule` checks it, once per
 * object: its shape, and its predicate on two probe assessments) is reported at `path` and left out.
 */
export function readRulesOption(value: unknown, issues: Issue[], path: readonly PathSegment[]): CompiledRules {
  if (value === undefined) return COMPILED_CATALOG;
  const length = listLength(value, path, 'rules', LIMITS.maxListEntries, 'maxListEntries', issues);
  if (length === undefined || length === 0) return COMPILED_CATALOG;
  const list = value as readonly unknown[];
  const known = compiledLists.get(list);
  if (known !== undefined) return known;
  const valid: Rule[] = [];
  forEachEntry(list, length, path, issues, (rule, i) => {
    const verdict = ruleVerdict(rule);
    if (isSound(verdict)) {
      valid.push(rule as Rule);
      return;
    }
    for (const issue of issuesFromZod({ issues: verdict.shape }, [...path, i])) issues.push(issue);
    if (verdict.probe !== undefined) {
      const detail = `${formatPath([...path, i])}: ${verdict.probe}; the rule was left out.`;
      issues.push(invalidInput(detail, { path: [...path, i, 'predicate'] }));
    }
  });
  const compiled = merge(valid);
  // A list with a bad entry is read again next time, so its issues are reported on every call.
  if (valid.length === length) compiledLists.set(list, compiled);
  return compiled;
}
