import type * as z from 'zod/mini';
import { safeParseMini } from '../_lib/miniZod.js';
import { formatPath } from '../issues/formatPath.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { generalPolicy } from './general.js';
import { PolicySchema } from './schema.js';
import type { Policy } from './types.js';

// One verdict per object: a policy is data that is not changed once made, and a batch passes the same
// policy object hundreds of thousands of times, so it is checked once and the answer is kept.
const verdicts = new WeakMap<object, readonly z.core.$ZodIssue[]>();

/**
 * The problems `definePolicy` would report for a value, checked once per object: the shape, every
 * value (ranges, bounds in order, placement rows that never get less intensive) and the cross-field
 * rules. Empty for a valid policy.
 */
export function policyProblems(value: object): readonly z.core.$ZodIssue[] {
  let problems = verdicts.get(value);
  if (problems === undefined) {
    const parsed = safeParseMini(PolicySchema, value);
    problems = parsed.success ? [] : parsed.error.issues;
    verdicts.set(value, problems);
  }
  return problems;
}

/**
 * The `policy` option of every function that takes one: the general policy when absent; a value that
 * is not a valid policy becomes `invalid_input` issues under `path` (one per problem, as `definePolicy`
 * words them) and the general policy is used, so a stray value is reported, never read deep inside a
 * rule and never a silent `ok: true`.
 */
export function readPolicyOption(value: unknown, issues: Issue[], path: readonly PathSegment[]): Policy {
  if (value === undefined) return generalPolicy;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(
      invalidInput(`${formatPath(path)}: expected a policy such as POLICIES.general (built with definePolicy or extendPolicy).`, {
        path: [...path],
      }),
    );
    return generalPolicy;
  }
  const problems = policyProblems(value);
  if (problems.length === 0) return value as Policy;
  for (const issue of issuesFromZod({ issues: problems }, path)) issues.push(issue);
  return generalPolicy;
}
