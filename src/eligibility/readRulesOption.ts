import { describeReceived } from '../_lib/describeReceived.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { COMPILED_CATALOG, type CompiledRules, compile } from './engine.js';
import { ruleProblems } from './ruleSchema.js';
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
 * rules merged into it. A value that is not an array, or an entry that is not a rule (checked as
 * `defineRule` checks its shape, once per object), is reported at `path` and left out.
 */
export function readRulesOption(value: unknown, issues: Issue[], path: readonly PathSegment[]): CompiledRules {
  if (value === undefined) return COMPILED_CATALOG;
  if (!Array.isArray(value)) {
    issues.push(invalidInput(`options.rules: expected an array of rules (see defineRule), received ${describeReceived(value)}; the built-in rules were used.`, { path: [...path] }));
    return COMPILED_CATALOG;
  }
  const list: readonly unknown[] = value;
  if (list.length === 0) return COMPILED_CATALOG;
  const known = compiledLists.get(list);
  if (known !== undefined) return known;
  const valid: Rule[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const problems = ruleProblems(list[i]);
    if (problems.length === 0) valid.push(list[i] as Rule);
    else for (const issue of issuesFromZod({ issues: problems }, [...path, i])) issues.push(issue);
  }
  const compiled = merge(valid);
  // A list with a bad entry is read again next time, so its issues are reported on every call.
  if (valid.length === list.length) compiledLists.set(list, compiled);
  return compiled;
}
