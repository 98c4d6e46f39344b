import type { LevelRequirements } from './types.js';

/**
 * The weekly minimum of high-intensity residential treatment: at least 25 hours of clinical services
 * a week (District of Columbia, level 3.5). {@link BuiltInPolicies.general | POLICIES.general} holds
 * residential programs to the low-intensity minimum of 5 hours; a high-intensity program selects this
 * one with {@link extendPolicy}.
 *
 * @example
 * ```ts
 * import { HIGH_INTENSITY_RESIDENTIAL, POLICIES, extendPolicy, requirementsFor } from 'level-of-care';
 *
 * const program = extendPolicy(POLICIES.general, {
 *   id: 'residential-high-intensity',
 *   requirements: { residential: { adult: HIGH_INTENSITY_RESIDENTIAL } },
 * });
 * requirementsFor(program, 'residential').hoursPerWeek?.min?.value;
 * //=> 25
 * requirementsFor(POLICIES.general, 'residential').hoursPerWeek?.min?.value;
 * //=> 5
 * ```
 *
 * @category Policies
 */
export const HIGH_INTENSITY_RESIDENTIAL: LevelRequirements = {
  hoursPerWeek: { min: { value: 25, inclusive: true, sources: ['dc-22-a6336'] } },
};
