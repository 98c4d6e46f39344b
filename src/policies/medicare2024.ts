import { SHARED_DEFAULTS } from './defaults.js';
import type { CountedModalities, PerDiemTier, Policy } from './types.js';

// Medicare pays intensive outpatient and partial hospitalization per day, at one rate for days with
// three services or fewer and a higher one for days with four or more. Days of one or two services
// are listed on their own: that they are paid at the lower rate is read from a contractor's wording
// ("up to three services") and not confirmed in the rule itself.
const lowerTier = '3-or-fewer-services';
const higherTier = '4-or-more-services';
const iopTiers: readonly PerDiemTier[] = [
  { id: lowerTier, minServices: 1, maxServices: 2, sources: ['noridian-medicare-iop'], verified: false },
  { id: lowerTier, minServices: 3, maxServices: 3, sources: ['cms-opps-2024-fact-sheet', 'noridian-medicare-iop'] },
  { id: higherTier, minServices: 4, sources: ['cms-opps-2024-fact-sheet', 'noridian-medicare-iop'] },
];
const phpTiers: readonly PerDiemTier[] = [
  { id: lowerTier, minServices: 3, maxServices: 3, sources: ['cms-opps-2024-fact-sheet'] },
  { id: higherTier, minServices: 4, sources: ['cms-opps-2024-fact-sheet'] },
];

// Medicare does not pay the partial hospitalization or intensive outpatient per diem for services
// furnished by telehealth, so those sessions do not make up a Medicare week.
const inPersonOnly: CountedModalities = { value: ['in-person'], sources: ['cms-1786-fc'], verified: false };

/**
 * Medicare intensive outpatient and partial hospitalization (id `medicare-2024`), for dates of
 * service from 2024-01-01, when the intensive outpatient benefit began: intensive outpatient is at
 * least 9 and fewer than 20 hours a week (19.5 h is intensive outpatient), partial hospitalization at
 * least 20 hours a week, and only in-person sessions count (**unverified**). Days are paid per diem
 * in two tiers (3 services or fewer, 4 or more); that intensive outpatient days of 1 or 2 services
 * fall in the lower tier is **unverified**. Recertification: intensive outpatient every other
 * calendar month; partial hospitalization by day 18 and then every 30 days (**unverified**). An
 * intensive outpatient date within 7 days before a partial hospitalization episode draws a warning
 * from {@link validateEpisodes}. This policy states no day counts: combine it with
 * {@link BuiltInPolicies.general | POLICIES.general} through {@link extendPolicy} when a program wants both.
 *
 * @example
 * ```ts
 * import { POLICIES } from 'level-of-care';
 *
 * POLICIES.medicare2024.effective;
 * //=> { from: '2024-01-01' }
 * POLICIES.medicare2024.requirements.iop?.adult?.countsModalities?.value;
 * //=> ['in-person']
 * POLICIES.medicare2024.recertification.iop?.every;
 * //=> { value: 2, unit: 'months', sources: ['cms-1786-fc', 'cms-opps-2024-fact-sheet'] }
 * ```
 */
export const medicare2024Policy: Policy = /* @__PURE__ */ (() => ({
  // Plain data, checked by definePolicy in the test suite rather than at load: importing a validator
  // must neither run nor bundle the policy schema. Built in a function marked pure because bundlers
  // count the spread below as a side effect and would keep an unused policy.
  id: 'medicare-2024',
  version: '2024.2',
  title: 'Medicare intensive outpatient and partial hospitalization (from 2024)',
  sources: ['cms-1786-fc', 'cfr-42-410-43', 'cfr-42-410-44', 'cms-opps-2024-fact-sheet'],
  effective: { from: '2024-01-01' },
  requirements: {
    iop: {
      adult: {
        hoursPerWeek: {
          min: { value: 9, inclusive: true, sources: ['cfr-42-410-44', 'cms-1786-fc'] },
          max: { value: 20, inclusive: false, sources: ['cms-1786-fc', 'chcs-medicare-iop', 'hancock-daniel-medicare-iop'] },
        },
        countsModalities: inPersonOnly,
      },
    },
    php: {
      adult: {
        hoursPerWeek: { min: { value: 20, inclusive: true, sources: ['cfr-42-410-43'] } },
        countsModalities: inPersonOnly,
      },
    },
  },
  billing: {
    iop: { tiers: iopTiers },
    php: { tiers: phpTiers },
  },
  recertification: {
    // "No less frequently than every other month": calendar months, not a fixed count of days.
    iop: { every: { value: 2, unit: 'months', sources: ['cms-1786-fc', 'cms-opps-2024-fact-sheet'] } },
    php: {
      firstWithinDays: { value: 18, sources: ['cfr-42-424-24'], verified: false },
      every: { value: 30, unit: 'days', sources: ['cfr-42-424-24'], verified: false },
    },
  },
  iopBeforePhpDays: { value: 7, sources: ['nahri-condition-code-92'] },
  ...SHARED_DEFAULTS,
}))();
