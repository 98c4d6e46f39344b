// How extendPolicy merges a program's overrides, and when a threshold counts as verified: the cases
// mutation testing showed were not pinned down. A program adding its own rules must get exactly the
// thresholds it wrote, and nothing else may change silently.
import { describe, expect, it } from 'vitest';
import { POLICIES, extendPolicy, isVerified, requirementsFor, type PolicyOverrides } from '../../src/index.js';

const own = ['level-of-care-design'] as const;

describe('extendPolicy merging', () => {
  it('replaces a threshold whole: a 240-minute session cap drops the base cap’s `verified: false`', () => {
    // general caps sessions at 480 minutes with `verified: false` (a library default); the program's
    // own cap is a new threshold, not a patch of the old one.
    const policy = extendPolicy(POLICIES.general, { id: 'program', requirements: { iop: { adult: { sessionMinutes: { max: { value: 240, sources: [...own] } } } } } });
    expect(requirementsFor(policy, 'iop').sessionMinutes?.max).toEqual({ value: 240, sources: ['level-of-care-design'] });
    expect(Object.hasOwn(requirementsFor(policy, 'iop').sessionMinutes?.max ?? {}, 'verified')).toBe(false);
    // The IOP hour bounds (≥ 9 h, < 20 h) are merged in from the base, untouched.
    expect(requirementsFor(policy, 'iop').hoursPerWeek?.min?.value).toBe(9);
    expect(requirementsFor(policy, 'iop').hoursPerWeek?.max?.value).toBe(20);
  });

  it('ignores an override given as undefined: IOP keeps its 9 h and 3-day minimums', () => {
    const policy = extendPolicy(POLICIES.general, { id: 'program', requirements: { iop: undefined } } as unknown as PolicyOverrides);
    expect(requirementsFor(policy, 'iop').hoursPerWeek?.min?.value).toBe(9);
    expect(requirementsFor(policy, 'iop').daysPerWeek?.min?.value).toBe(3);
  });

  it('puts a non-object override in place as given, so the policy check rejects it (null, an array)', () => {
    expect(() => extendPolicy(POLICIES.general, { id: 'program', requirements: { iop: null } } as unknown as PolicyOverrides)).toThrow(
      /^Invalid policy "program":/,
    );
    expect(() => extendPolicy(POLICIES.general, { id: 'program', requirements: { iop: { adult: [] } } } as unknown as PolicyOverrides)).toThrow(
      /^Invalid policy "program":/,
    );
  });
});

describe('isVerified', () => {
  it('is true when any one source is verified (cfr-42-410-43 is, cfr-42-424-24 is not)', () => {
    expect(isVerified({ value: 1, sources: ['cfr-42-424-24', 'cfr-42-410-43'] })).toBe(true);
    expect(isVerified({ value: 1, sources: ['cfr-42-424-24'] })).toBe(false);
  });

  it('is false whenever the threshold itself says verified: false', () => {
    expect(isVerified({ value: 1, sources: ['cfr-42-410-43'], verified: false })).toBe(false);
  });
});
