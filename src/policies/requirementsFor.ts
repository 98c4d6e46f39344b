import type { LevelId, Population } from '../levels/types.js';
import type { LevelRequirements, Policy } from './types.js';

/**
 * The requirements a policy sets for one level and population. Adolescents fall back to the adult
 * requirements when the policy states none of their own; a level the policy does not mention has
 * no requirements (an empty object).
 *
 * @param policy - The policy.
 * @param level - The level.
 * @param population - Defaults to `'adult'`.
 * @returns The requirements.
 *
 * @example
 * ```ts
 * import { POLICIES, requirementsFor } from 'level-of-care';
 *
 * requirementsFor(POLICIES.general, 'op', 'adolescent').hoursPerWeek?.max?.value;
 * //=> 6
 * requirementsFor(POLICIES.general, 'php', 'adolescent').hoursPerWeek?.min?.value;
 * //=> 20
 * ```
 *
 * @category Policies
 */
export function requirementsFor(policy: Policy, level: LevelId, population: Population = 'adult'): LevelRequirements {
  try {
    const byPopulation = policy.requirements[level];
    return byPopulation?.[population] ?? byPopulation?.adult ?? {};
  } catch {
    // A value that is not a policy states no requirement.
    return {};
  }
}
