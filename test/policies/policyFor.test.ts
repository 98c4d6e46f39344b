import { describe, expect, it } from 'vitest';
import { POLICIES, policyFor, type PolicyFamily } from '../../src/index.js';

describe('policyFor', () => {
  it('has no Medicare policy before 2024-01-01 (Medicare had no intensive outpatient benefit) and medicare-2024 from that day', () => {
    expect(policyFor('medicare', '2023-12-31')).toBeUndefined();
    expect(policyFor('medicare', '2024-01-01')).toBe(POLICIES.medicare2024);
    expect(policyFor('medicare', '2026-06-15')).toBe(POLICIES.medicare2024);
  });

  it('finds the general and H0015 policies on both sides of 2024-01-01', () => {
    for (const date of ['2023-12-31', '2024-01-01']) {
      expect(policyFor('general', date)).toBe(POLICIES.general);
      expect(policyFor('hcpcs-h0015', date)).toBe(POLICIES.h0015);
    }
    expect(policyFor('general', '1962-03-21')).toBe(POLICIES.general);
    expect(policyFor('general', '0001-01-01')).toBe(POLICIES.general);
  });

  it('answers undefined for a date that is not on the calendar or an unknown family, without throwing', () => {
    expect(policyFor('medicare', '2024-02-30')).toBeUndefined();
    expect(policyFor('medicare', '2024-1-1')).toBeUndefined();
    expect(policyFor('medicaid' as PolicyFamily, '2024-06-01')).toBeUndefined();
    expect(policyFor('toString' as PolicyFamily, '2024-06-01')).toBeUndefined();
  });
});
