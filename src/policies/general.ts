import { SHARED_DEFAULTS } from './defaults.js';
import type { Policy } from './types.js';

// One session longer than a working day is almost always a data-entry error (a missing end time
// defaulted to midnight), so it is flagged, not failed.
const sessionCap = { max: { value: 480, sources: ['level-of-care-design'], verified: false } } as const;

/**
 * The default policy: the public hour and day thresholds for each level. Outpatient is below 9 h a
 * week (adolescents below 6); intensive outpatient is 9 h (adolescents 6) up to but not including
 * 20 h, on 3–5 days; partial hospitalization is at least 20 h on at least 5 days; residential
 * carries at least 5 h of clinical services (the low-intensity figure; see
 * {@link HIGH_INTENSITY_RESIDENTIAL}). Sessions over 8 h are flagged. No particular mix of services is
 * required: add a program's own with {@link extendPolicy}. It governs every date of service (from
 * 0001-01-01): the public thresholds carry no date of their own.
 *
 * @example
 * ```ts
 * import { POLICIES } from 'level-of-care';
 *
 * POLICIES.general.requirements.iop?.adult?.hoursPerWeek?.max;
 * //=> { value: 20, inclusive: false, sources: [...] }
 * ```
 */
export const generalPolicy: Policy = /* @__PURE__ */ (() => ({
  // Plain data, checked by definePolicy in the test suite rather than at load: importing a validator
  // must neither run nor bundle the policy schema. Built in a function marked pure because bundlers
  // count the spread below as a side effect and would keep an unused policy.
  id: 'general',
  version: '2026.1',
  title: 'General public thresholds',
  sources: ['samhsa-tip-47-advisory', 'cfr-42-410-43', 'dc-22-a6329', 'dc-22-a6330', 'dc-22-a6331', 'dc-22-a6334'],
  // The public thresholds have no start date of their own, so no date is left out.
  effective: { from: '0001-01-01' },
  requirements: {
    inpatient: { adult: { sessionMinutes: sessionCap } },
    detox: { adult: { sessionMinutes: sessionCap } },
    residential: {
      adult: {
        // The low-intensity residential figure: high-intensity programs select HIGH_INTENSITY_RESIDENTIAL.
        hoursPerWeek: { min: { value: 5, inclusive: true, sources: ['dc-22-a6334'] } },
        sessionMinutes: sessionCap,
      },
    },
    php: {
      adult: {
        hoursPerWeek: {
          min: { value: 20, inclusive: true, sources: ['cfr-42-410-43', 'dc-22-a6330', 'encore-os-scheduling'] },
        },
        daysPerWeek: { min: { value: 5, sources: ['seed-000', 'seed-004', 'encore-os-scheduling'] } },
        sessionMinutes: sessionCap,
      },
    },
    iop: {
      adult: {
        hoursPerWeek: {
          min: { value: 9, inclusive: true, sources: ['samhsa-tip-47-advisory', 'kansas-r03-704', 'encore-os-scheduling'] },
          max: { value: 20, inclusive: false, sources: ['dc-22-a6329', 'chcs-medicare-iop', 'hancock-daniel-medicare-iop'] },
        },
        daysPerWeek: {
          min: { value: 3, sources: ['seed-000', 'seed-002', 'seed-004', 'encore-os-scheduling'] },
          max: { value: 5, sources: ['seed-000', 'seed-002', 'seed-004'] },
        },
        sessionMinutes: sessionCap,
      },
      adolescent: {
        hoursPerWeek: {
          min: { value: 6, inclusive: true, sources: ['samhsa-tip-47-advisory', 'kansas-r03-704'] },
          max: { value: 20, inclusive: false, sources: ['dc-22-a6329'] },
        },
        daysPerWeek: {
          min: { value: 3, sources: ['seed-000', 'seed-002', 'seed-004'] },
          max: { value: 5, sources: ['seed-000', 'seed-002', 'seed-004'] },
        },
        sessionMinutes: sessionCap,
      },
    },
    op: {
      adult: {
        hoursPerWeek: { max: { value: 9, inclusive: false, sources: ['il-dhs-sud-levels', 'mid-shore-glossary'] } },
        sessionMinutes: sessionCap,
      },
      adolescent: {
        hoursPerWeek: { max: { value: 6, inclusive: false, sources: ['il-dhs-sud-levels', 'mid-shore-glossary'] } },
        sessionMinutes: sessionCap,
      },
    },
    aftercare: { adult: { sessionMinutes: sessionCap } },
  },
  billing: {},
  recertification: {},
  ...SHARED_DEFAULTS,
}))();
