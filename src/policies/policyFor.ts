import { dayNumberOf } from '../_lib/dayNumber.js';
import { effectiveDays, inEffect } from './effectiveDays.js';
import { generalPolicy } from './general.js';
import { h0015Policy } from './h0015.js';
import { medicare2024Policy } from './medicare2024.js';
import type { Policy } from './types.js';

/**
 * A payer family whose built-in policies {@link policyFor} chooses between by date of service.
 *
 * @example
 * ```ts
 * import { policyFor, type PolicyFamily } from 'level-of-care';
 *
 * // Medicare had no intensive outpatient benefit before 2024.
 * const families: PolicyFamily[] = ['medicare', 'general'];
 * families.map((family) => policyFor(family, '2023-06-01')?.id);
 * //=> [undefined, 'general']
 * ```
 *
 * @category Policies
 */
export type PolicyFamily = 'medicare' | 'hcpcs-h0015' | 'general';

// Each family's built-in versions; a new version of a payer's rules joins its family's list. The
// policies are named directly (not read from POLICIES) so that a bundle without policyFor keeps none.
const FAMILIES: { readonly [F in PolicyFamily]: readonly Policy[] } = {
  medicare: [medicare2024Policy],
  'hcpcs-h0015': [h0015Policy],
  general: [generalPolicy],
};

/**
 * The built-in policy of a payer family in force on a date of service: `'medicare'`
 * (`medicare-2024` from 2024-01-01, when Medicare's intensive outpatient benefit began),
 * `'hcpcs-h0015'` or `'general'` (both for every date). A billing team auditing claims across years
 * asks it once per date of service.
 *
 * @param family - The payer family.
 * @param date - The date of service, `YYYY-MM-DD`.
 * @returns The policy whose `effective` dates include `date`, or `undefined` when no built-in
 * version governs that date, the date is not a real calendar date or the family is unknown.
 *
 * @example
 * ```ts
 * import { policyFor } from 'level-of-care';
 *
 * policyFor('medicare', '2024-01-01')?.id;
 * //=> 'medicare-2024'
 * policyFor('medicare', '2023-12-31');
 * //=> undefined
 * ```
 *
 * @category Policies
 */
export function policyFor(family: PolicyFamily, date: string): Policy | undefined {
  const day = dayNumberOf(date);
  const versions = typeof family === 'string' && Object.hasOwn(FAMILIES, family) ? FAMILIES[family] : undefined;
  if (day === undefined || versions === undefined) return undefined;
  return versions.find((policy) => inEffect(effectiveDays(policy), day));
}
