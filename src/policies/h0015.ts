import { SHARED_DEFAULTS } from './defaults.js';
import type { Policy } from './types.js';

/**
 * HCPCS H0015 substance-use intensive outpatient (id `hcpcs-h0015`): a service day counts when it
 * has at least 3 hours, and a week needs at least 3 such days. It states nothing about weekly hours
 * or other levels. It governs every date of service (from 0001-01-01): the library knows no start date
 * for the code's day rule.
 *
 * @example
 * ```ts
 * import { POLICIES } from 'level-of-care';
 *
 * POLICIES.h0015.requirements.iop?.adult?.minHoursPerServiceDay?.value;
 * //=> 3
 * ```
 */
export const h0015Policy: Policy = /* @__PURE__ */ (() => ({
  // Plain data, checked by definePolicy in the test suite rather than at load: importing a validator
  // must neither run nor bundle the policy schema. Built in a function marked pure because bundlers
  // count the spread below as a side effect and would keep an unused policy.
  id: 'hcpcs-h0015',
  version: '2024.1',
  title: 'HCPCS H0015 substance-use intensive outpatient (per diem)',
  sources: ['hcpcs-level-ii'],
  // The code's day rule has no start date in the library's sources, so no date is left out.
  effective: { from: '0001-01-01' },
  requirements: {
    iop: {
      adult: {
        minHoursPerServiceDay: { value: 3, sources: ['hcpcs-level-ii'] },
        daysPerWeek: { min: { value: 3, sources: ['hcpcs-level-ii'] } },
      },
    },
  },
  billing: {
    iop: { code: 'H0015', minMinutes: { value: 180, sources: ['hcpcs-level-ii'] } },
  },
  recertification: {},
  ...SHARED_DEFAULTS,
}))();
