import { prettifyError } from 'zod/mini';
import { policyProblems } from './readPolicyOption.js';
import type { Policy } from './types.js';

/**
 * Validates a custom policy and returns it. A policy is configuration, so a broken one throws — once,
 * with every problem listed by its path — instead of producing wrong answers later.
 *
 * @param input - The policy data.
 * @returns The same policy, checked.
 * @throws `Error` when the shape is wrong or a cross-field check fails (a minimum above its
 * maximum, a placement row that gets less intensive as the rating rises, an unknown level id, …).
 *
 * @example
 * ```ts
 * import { POLICIES, definePolicy } from 'level-of-care';
 *
 * const strict = definePolicy({ ...POLICIES.general, id: 'clinic-strict', version: '1' });
 * strict.id;
 * //=> 'clinic-strict'
 *
 * definePolicy({ ...POLICIES.general, maxGapDays: { value: -1, sources: [] } });
 * // throws Error: Invalid policy "general":
 * //   ✖ Too small: expected number to be >=0 → at maxGapDays.value
 * //   ✖ cite at least one source → at maxGapDays.sources
 * ```
 *
 * @category Policies
 */
export function definePolicy(input: Policy): Policy {
  const problems = typeof input === 'object' && input !== null ? policyProblems(input) : undefined;
  if (problems === undefined || problems.length > 0) {
    const id = typeof (input as { id?: unknown } | null)?.id === 'string' ? (input as { id: string }).id : '(no id)';
    const detail = problems === undefined ? '  ✖ expected a policy object' : prettifyError({ issues: [...problems] });
    throw new Error(`Invalid policy "${id}":\n${detail}`);
  }
  return input;
}
