import { SHARED_DEFAULTS } from './defaults.js';
import type { PerDiemTier } from './types.js';
import type { Policy } from './types.js';

// Medicare pays intensive outpatient and partial hospitalization per day, at one rate for days
// with three services and a higher one for days with four or more.
const perDiemTiers: readonly PerDiemTier[] = [
  { id: '3-services', minServices: 3, maxServices: 3, sources: ['cms-opps-2024-fact-sheet'] },
  { id: '4-plus-services', minServices: 4, sources: ['cms-opps-2024-fact-sheet'] },
];

/**
 * Medicare intensive outpatient and partial hospitalization from 2024-01-01 (id `medicare-2024`):
 * intensive outpatient is at least 9 and fewer than 20 hours a week (19.5 h is intensive outpatient),
 * partial hospitalization at least 20 hours a week. Days are billed per diem in two tiers (3 services,
 * 4 or more). Recertification: intensive outpatient every 60 days, partial hospitalization by day 18
 * and then every 30 days — both **unverified** day counts. This policy states no day counts: combine
 * it with {@link BuiltInPolicies.general | POLICIES.general} through {@link extendPolicy} when a program wants both.
 *
 * @example
 * ```ts
 * import { POLICIES } from 'level-of-care';
 *
 * POLICIES.medicare2024.requirements.iop?.adult?.hoursPerWeek?.min?.value;
 * //=> 9
 * POLICIES.medicare2024.recertification.php?.firstWithinDays?.verified;
 * //=> false
 * ```
 */
export const medicare2024Policy: Policy = /* @__PURE__ */ (() => ({
  // Plain data, checked by definePolicy in the test suite rather than at load: importing a validator
  // must neither run nor bundle the policy schema. Built in a function marked pure because bundlers
  // count the spread below as a side effect and would keep an unused policy.
  id: 'medicare-2024',
  version: '2024.1',
  title: 'Medicare intensive outpatient and partial hospitalization (CY 2024)',
  sources: ['cms-1786-fc', 'cfr-42-410-43', 'cfr-42-410-44', 'cms-opps-2024-fact-sheet'],
  requirements: {
    iop: {
      adult: {
        hoursPerWeek: {
          min: { value: 9, inclusive: true, sources: ['cfr-42-410-44', 'cms-1786-fc'] },
          max: { value: 20, inclusive: false, sources: ['cms-1786-fc', 'chcs-medicare-iop', 'hancock-daniel-medicare-iop'] },
        },
      },
    },
    php: {
      adult: { hoursPerWeek: { min: { value: 20, inclusive: true, sources: ['cfr-42-410-43'] } } },
    },
  },
  billing: {
    iop: { tiers: perDiemTiers },
    php: { tiers: perDiemTiers },
  },
  recertification: {
    iop: { everyDays: { value: 60, sources: ['cms-1786-fc', 'cfr-42-424-24'], verified: false } },
    php: {
      firstWithinDays: { value: 18, sources: ['cfr-42-424-24'], verified: false },
      everyDays: { value: 30, sources: ['cfr-42-424-24'], verified: false },
    },
  },
  ...SHARED_DEFAULTS,
}))();
