import { describe, expect, it } from 'vitest';
import { POLICIES, definePolicy, evaluateEligibility, extendPolicy, recommendLevel } from '../../src/index.js';
import { isPolicy } from '../../src/_lib/policyOption.js';

// The `policy` option of the eligibility and pathway validators is checked for the structure they
// read, so a stray value becomes an issue instead of an exception; values are checked by definePolicy.

describe('isPolicy', () => {
  it('accepts the built-in policies and policies made with definePolicy and extendPolicy', () => {
    for (const policy of Object.values(POLICIES)) expect(isPolicy(policy)).toBe(true);
    expect(isPolicy(definePolicy({ ...POLICIES.general, id: 'clinic', version: '1' }))).toBe(true);
    expect(isPolicy(extendPolicy(POLICIES.medicare2024, { id: 'medicare-plus' }))).toBe(true);
    expect(isPolicy({ ...POLICIES.h0015 })).toBe(true);
  });

  it('turns down values without the structure the validators read', () => {
    const general = POLICIES.general;
    const broken: unknown[] = [
      undefined,
      null,
      'general',
      [],
      {},
      { id: 'x', requirements: {} },
      { ...general, id: 5 },
      { ...general, placement: { ...general.placement, minimumLevel: { ...general.placement.minimumLevel, relapse: ['op', 'op', 'iop', 'php'] } } },
      { ...general, placement: { ...general.placement, minimumLevel: { ...general.placement.minimumLevel, biomedical: ['op', 'op', 'IOP', 'php', 'inpatient'] } } },
      { ...general, stepDown: { ...general.stepDown, minDaysAtLevel: { iop: 28 } } },
      { ...general, typicalStayDays: null },
      { ...general, maxGapDays: 7 },
      { ...general, lengthOfStayReviewFactor: { value: 2 } },
      { ...general, requirements: { iop: 'strict' } },
    ];
    for (const value of broken) expect(isPolicy(value)).toBe(false);
  });

  it('makes a stray policy an invalid_input issue at options.policy and uses the default', () => {
    const stray = { id: 'x', requirements: {} };
    const result = recommendLevel({ risk: { relapse: 2 } }, { policy: stray as never });
    expect(result.level).toBe('iop');
    expect(result.issues.map((issue) => issue.path)).toEqual([['options', 'policy']]);
    expect(evaluateEligibility({}, 'iop', { policy: 7 as never }).issues?.map((issue) => issue.path)).toEqual([['options', 'policy']]);
  });
});
