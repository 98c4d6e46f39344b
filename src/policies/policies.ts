import { generalPolicy } from './general.js';
import { h0015Policy } from './h0015.js';
import { medicare2024Policy } from './medicare2024.js';
import type { Policy } from './types.js';

/**
 * The built-in policies by their key in {@link POLICIES}.
 *
 * @example
 * ```ts
 * import { POLICIES, type BuiltInPolicies } from 'level-of-care';
 *
 * const policies: BuiltInPolicies = POLICIES;
 * [policies.general.id, policies.medicare2024.id, policies.h0015.id];
 * //=> ['general', 'medicare-2024', 'hcpcs-h0015']
 * ```
 *
 * @category Policies
 */
export interface BuiltInPolicies {
  /** Public thresholds for every level (id `general`); the default. */
  readonly general: Policy;
  /** Medicare intensive outpatient and partial hospitalization from 2024 (id `medicare-2024`). */
  readonly medicare2024: Policy;
  /** HCPCS H0015 per-diem intensive outpatient (id `hcpcs-h0015`). */
  readonly h0015: Policy;
}

/**
 * The built-in policies. `general` is the default everywhere a policy is optional.
 *
 * @example
 * ```ts
 * import { POLICIES } from 'level-of-care';
 *
 * Object.values(POLICIES).map((policy) => policy.id);
 * //=> ['general', 'medicare-2024', 'hcpcs-h0015']
 * ```
 *
 * @category Policies
 */
export const POLICIES: BuiltInPolicies = {
  general: generalPolicy,
  medicare2024: medicare2024Policy,
  h0015: h0015Policy,
};

/**
 * Finds a built-in policy by its `id` (as opposed to its key in {@link POLICIES}).
 *
 * @param id - A policy id such as `'medicare-2024'`.
 * @returns The policy, or `undefined` when no built-in policy has that id.
 *
 * @example
 * ```ts
 * import { getPolicy } from 'level-of-care';
 *
 * getPolicy('hcpcs-h0015')?.title;
 * //=> 'HCPCS H0015 substance-use intensive outpatient (per diem)'
 * ```
 *
 * @category Policies
 */
export function getPolicy(id: string): Policy | undefined {
  return Object.values(POLICIES).find((policy) => policy.id === id);
}
