import { definePolicy } from './definePolicy.js';
import type { CountedModalities, Policy, Threshold } from './types.js';
import { isRecord } from '../_lib/isRecord.js';

/**
 * A partial copy of `T` for {@link extendPolicy}: objects may be given in part, while arrays and
 * sourced values (objects with a `value`, such as a {@link Threshold} or {@link CountedModalities})
 * replace the base's as a whole.
 *
 * @example
 * ```ts
 * import { POLICIES, extendPolicy, type Policy, type PolicyPatch } from 'level-of-care';
 *
 * // Only the attendance minimum changes; the minimum days per level are kept.
 * const stepDown: PolicyPatch<Policy['stepDown']> = { minAttendanceRate: { value: 0.75, sources: ['clinic-manual'] } };
 * const policy = extendPolicy(POLICIES.general, { id: 'clinic', stepDown });
 * [policy.stepDown.minAttendanceRate.value, policy.stepDown.minDaysAtLevel.iop?.value];
 * //=> [0.75, 28]
 * ```
 *
 * @category Policies
 */
export type PolicyPatch<T> = T extends readonly unknown[]
  ? T
  : T extends Threshold | CountedModalities
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: PolicyPatch<T[K]> }
      : T;

/**
 * What {@link extendPolicy} takes: a new `id` and any part of a policy to change.
 *
 * @example
 * ```ts
 * import { POLICIES, extendPolicy, type PolicyOverrides } from 'level-of-care';
 *
 * const overrides: PolicyOverrides = { id: 'clinic', typicalStayDays: { iop: { value: 42, sources: ['clinic-manual'] } } };
 * const policy = extendPolicy(POLICIES.general, overrides);
 * [policy.typicalStayDays.iop?.value, policy.typicalStayDays.php?.value];
 * //=> [42, 30]
 * ```
 *
 * @category Policies
 */
export type PolicyOverrides = PolicyPatch<Omit<Policy, 'id'>> & Pick<Policy, 'id'>;


function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch) || 'value' in patch) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    // defineProperty, not assignment: an own "__proto__" key from JSON must stay a key (and then fail
    // validation), never become the prototype that hands unvalidated requirements to lookups.
    if (value !== undefined) {
      const current = Object.hasOwn(base, key) ? base[key] : undefined;
      Object.defineProperty(out, key, { value: merge(current, value), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * Makes a new policy from a base and overrides, merged level by level and field by field: a
 * threshold or list given in the overrides replaces the base's; anything not given is kept. The
 * result is validated like {@link definePolicy}. Neither argument is changed.
 *
 * @param base - The policy to start from.
 * @param overrides - A new `id` and the parts to change.
 * @returns The merged, validated policy.
 * @throws `Error` when the merged policy is invalid.
 *
 * @example
 * ```ts
 * import { POLICIES, extendPolicy } from 'level-of-care';
 *
 * // H0015 day rules plus the general weekly hours, and one individual session a week.
 * const program = extendPolicy(POLICIES.general, {
 *   id: 'clinic-iop',
 *   title: 'Clinic IOP',
 *   requirements: {
 *     ...POLICIES.h0015.requirements,
 *     iop: {
 *       adult: {
 *         ...POLICIES.h0015.requirements.iop?.adult,
 *         requiredServicesPerWeek: [{ service: 'individual', minSessions: 1, sources: ['clinic-manual'] }],
 *       },
 *     },
 *   },
 * });
 * program.requirements.iop?.adult?.hoursPerWeek?.min?.value;
 * //=> 9
 * program.requirements.iop?.adult?.minHoursPerServiceDay?.value;
 * //=> 3
 * ```
 *
 * @category Policies
 */
export function extendPolicy(base: Policy, overrides: PolicyOverrides): Policy {
  return definePolicy(merge(base, overrides) as Policy);
}
