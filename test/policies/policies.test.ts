import { describe, expect, it } from 'vitest';
import {
  POLICIES,
  SOURCES,
  definePolicy,
  extendPolicy,
  getPolicy,
  isVerified,
  requirementsFor,
  type Policy,
  type Threshold,
} from '../../src/index.js';

const hours = (policy: Policy, level: Parameters<typeof requirementsFor>[1], population?: 'adult' | 'adolescent') =>
  requirementsFor(policy, level, population).hoursPerWeek;

describe('POLICIES.general (REFERENCE §2)', () => {
  const general = POLICIES.general;

  it('puts adult outpatient below 9 h and adolescent outpatient below 6 h, both exclusive', () => {
    expect(hours(general, 'op')?.max).toMatchObject({ value: 9, inclusive: false });
    expect(hours(general, 'op', 'adolescent')?.max).toMatchObject({ value: 6, inclusive: false });
    expect(hours(general, 'op')?.min).toBeUndefined();
  });

  it('puts intensive outpatient at 9 h (adolescents 6 h) inclusive up to 20 h exclusive, 3–5 days', () => {
    expect(hours(general, 'iop')?.min).toMatchObject({ value: 9, inclusive: true });
    expect(hours(general, 'iop', 'adolescent')?.min).toMatchObject({ value: 6, inclusive: true });
    expect(hours(general, 'iop')?.max).toMatchObject({ value: 20, inclusive: false });
    expect(hours(general, 'iop', 'adolescent')?.max).toMatchObject({ value: 20, inclusive: false });
    expect(requirementsFor(general, 'iop').daysPerWeek?.min?.value).toBe(3);
    expect(requirementsFor(general, 'iop').daysPerWeek?.max?.value).toBe(5);
  });

  it('puts partial hospitalization at 20 h or more on at least 5 days, for adolescents too', () => {
    for (const population of ['adult', 'adolescent'] as const) {
      expect(hours(general, 'php', population)?.min).toMatchObject({ value: 20, inclusive: true });
      expect(requirementsFor(general, 'php', population).daysPerWeek?.min?.value).toBe(5);
    }
    expect(hours(general, 'php')?.min?.sources).toContain('cfr-42-410-43');
  });

  it('requires 5 h of clinical services in low-intensity residential care', () => {
    expect(hours(general, 'residential')?.min).toMatchObject({ value: 5, inclusive: true, sources: ['dc-22-a6331'] });
  });

  it('allows sessions up to 8 h (480 minutes) at every level', () => {
    for (const level of ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'] as const) {
      expect(requirementsFor(general, level).sessionMinutes?.max?.value, level).toBe(480);
    }
  });

  it('requires no particular mix of services', () => {
    for (const byPopulation of Object.values(general.requirements)) {
      for (const requirements of Object.values(byPopulation ?? {})) {
        expect(requirements?.requiredServicesPerWeek).toBeUndefined();
      }
    }
  });
});

describe('POLICIES.medicare2024', () => {
  const medicare = POLICIES.medicare2024;

  it('has the id medicare-2024', () => {
    expect(medicare.id).toBe('medicare-2024');
  });

  it('bands intensive outpatient at ≥ 9 and < 20 h, so 19.5 h is inside and 20 h is not', () => {
    const band = hours(medicare, 'iop');
    expect(band?.min).toMatchObject({ value: 9, inclusive: true });
    expect(band?.max).toMatchObject({ value: 20, inclusive: false });
  });

  it('puts partial hospitalization at ≥ 20 h', () => {
    expect(hours(medicare, 'php')?.min).toMatchObject({ value: 20, inclusive: true });
  });

  it('states no day counts (they are general policy, not Medicare)', () => {
    expect(requirementsFor(medicare, 'iop').daysPerWeek).toBeUndefined();
    expect(requirementsFor(medicare, 'php').daysPerWeek).toBeUndefined();
    expect(requirementsFor(medicare, 'op')).toEqual({});
  });

  it('pays per diem in a 3-service tier and a 4-or-more tier', () => {
    for (const level of ['iop', 'php'] as const) {
      expect(medicare.billing[level]?.tiers?.map((tier) => [tier.id, tier.minServices, tier.maxServices])).toEqual([
        ['3-services', 3, 3],
        ['4-plus-services', 4, undefined],
      ]);
    }
  });

  it('flags the recertification day counts as unverified', () => {
    expect(medicare.recertification.iop?.everyDays).toMatchObject({ value: 60, verified: false });
    expect(medicare.recertification.php?.firstWithinDays).toMatchObject({ value: 18, verified: false });
    expect(medicare.recertification.php?.everyDays).toMatchObject({ value: 30, verified: false });
    expect(isVerified(medicare.recertification.php!.everyDays)).toBe(false);
  });
});

describe('POLICIES.h0015', () => {
  it('needs service days of at least 3 h and at least 3 such days a week', () => {
    const iop = requirementsFor(POLICIES.h0015, 'iop');
    expect(iop.minHoursPerServiceDay?.value).toBe(3);
    expect(iop.daysPerWeek?.min?.value).toBe(3);
    expect(iop.hoursPerWeek).toBeUndefined();
    expect(POLICIES.h0015.billing.iop).toMatchObject({ code: 'H0015', minMinutes: { value: 180 } });
    expect(POLICIES.h0015.id).toBe('hcpcs-h0015');
  });
});

describe('shared defaults', () => {
  it('uses a 7-day continuity gap and the typical stays of DESIGN.md', () => {
    for (const policy of [POLICIES.general, POLICIES.medicare2024, POLICIES.h0015]) {
      expect(policy.maxGapDays.value).toBe(7);
      expect(policy.typicalStayDays.aftercare?.value).toBe(365);
      expect(policy.stepDown.minAttendanceRate.value).toBe(0.8);
      expect(policy.stepDown.minDaysAbstinent.iop?.value).toBe(30);
      const minDays = Object.fromEntries(
        Object.entries(policy.stepDown.minDaysAtLevel).map(([level, threshold]: [string, Threshold | undefined]) => [level, threshold?.value]),
      );
      expect(minDays).toEqual({ detox: 3, residential: 14, php: 14, iop: 28, op: 60 });
    }
  });

  it('holds the placement table row by row: readiness never above IOP (motivational work, not more hours), environment 3 → IOP (recovery housing), 4 → residential', () => {
    expect(POLICIES.general.placement.minimumLevel).toEqual({
      withdrawal: ['op', 'op', 'detox', 'detox', 'inpatient'],
      biomedical: ['op', 'op', 'iop', 'residential', 'inpatient'],
      psychiatric: ['op', 'op', 'iop', 'php', 'inpatient'],
      readiness: ['op', 'op', 'iop', 'iop', 'iop'],
      relapse: ['op', 'op', 'iop', 'php', 'residential'],
      environment: ['op', 'op', 'iop', 'iop', 'residential'],
    });
  });

  it('manages withdrawal ambulatory through a rating of 2 and for the finding alone, so home-manageable withdrawal is never sent to 24-hour care', () => {
    expect(POLICIES.general.placement.withdrawalManagement).toMatchObject({ ambulatoryThrough: 2, forFinding: 'ambulatory' });
    // Every built-in policy shares the placement table.
    expect(POLICIES.medicare2024.placement).toBe(POLICIES.general.placement);
    expect(POLICIES.h0015.placement).toBe(POLICIES.general.placement);
  });

  it('refuses a withdrawal-management rating outside 0–4 or an unknown setting, one readable line each', () => {
    const placement = POLICIES.general.placement;
    expect(() =>
      definePolicy({
        ...POLICIES.general,
        id: 'clinic',
        placement: { ...placement, withdrawalManagement: { ...placement.withdrawalManagement, ambulatoryThrough: 5, forFinding: 'home' as never } },
      }),
    ).toThrow(/placement\.withdrawalManagement\.ambulatoryThrough[\s\S]*placement\.withdrawalManagement\.forFinding/);
  });

  it('never sends readiness, relapse or environment alone to inpatient or withdrawal management', () => {
    const table = POLICIES.general.placement.minimumLevel;
    for (const row of [table.readiness, table.relapse, table.environment]) {
      expect(row).not.toContain('inpatient');
      expect(row).not.toContain('detox');
    }
  });
});

describe('every built-in policy', () => {
  it('cites only sources in SOURCES', () => {
    const cited: string[] = [];
    JSON.stringify(POLICIES, (key, value: unknown) => {
      if (key === 'sources' && Array.isArray(value)) cited.push(...(value as string[]));
      return value;
    });
    expect(cited.length).toBeGreaterThan(40);
    for (const id of cited) expect(SOURCES).toHaveProperty([id]);
  });

  it('passes definePolicy', () => {
    for (const policy of Object.values(POLICIES)) expect(definePolicy(policy)).toBe(policy);
  });
});

describe('getPolicy', () => {
  it('finds a built-in policy by id', () => {
    expect(getPolicy('medicare-2024')).toBe(POLICIES.medicare2024);
    expect(getPolicy('general')).toBe(POLICIES.general);
    expect(getPolicy('medicare2024')).toBeUndefined();
  });
});

describe('requirementsFor', () => {
  it('falls back to adult requirements when a policy states none for adolescents', () => {
    expect(requirementsFor(POLICIES.general, 'php', 'adolescent')).toBe(requirementsFor(POLICIES.general, 'php', 'adult'));
  });

  it('defaults to adults', () => {
    expect(requirementsFor(POLICIES.general, 'op')).toBe(requirementsFor(POLICIES.general, 'op', 'adult'));
  });
});

describe('isVerified', () => {
  it('is false for a value marked unverified or citing only unverified sources', () => {
    expect(isVerified({ value: 1, sources: ['level-of-care-design'] })).toBe(false);
    expect(isVerified({ value: 1, sources: ['hedis-fui'], verified: false })).toBe(false);
  });

  it('is true for a verified source or a program’s own reference', () => {
    expect(isVerified({ value: 1, sources: ['hedis-fui'] })).toBe(true);
    expect(isVerified({ value: 1, sources: ['clinic-manual-2026'] })).toBe(true);
  });
});

describe('definePolicy', () => {
  it('throws one error that lists every problem with its path', () => {
    const broken = {
      ...POLICIES.general,
      id: 'broken',
      maxGapDays: { value: -1, sources: [] },
      requirements: {
        iop: { adult: { hoursPerWeek: { min: { value: 21, inclusive: true, sources: ['x'] }, max: { value: 20, inclusive: false, sources: ['x'] } } } },
      },
    } as Policy;
    expect(() => definePolicy(broken)).toThrowError(/^Invalid policy "broken":/);
    const message = (() => {
      try {
        definePolicy(broken);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('maxGapDays.value');
    expect(message).toContain('maxGapDays.sources');
    expect(message).toContain('min must not exceed max');
    expect(message).toContain('requirements.iop.adult.hoursPerWeek');
  });

  it('rejects a placement row that gets less intensive as the rating rises', () => {
    const policy = {
      ...POLICIES.general,
      placement: {
        ...POLICIES.general.placement,
        minimumLevel: { ...POLICIES.general.placement.minimumLevel, relapse: ['op', 'op', 'php', 'iop', 'residential'] },
      },
    } as Policy;
    expect(() => definePolicy(policy)).toThrowError(/rating 3 calls for iop, less intensive than php at rating 2/);
  });

  it('rejects unknown levels and unknown keys', () => {
    const unknownLevel = { ...POLICIES.general, requirements: { 'iop-plus': {} } } as unknown as Policy;
    expect(() => definePolicy(unknownLevel)).toThrowError(/requirements/);
    const typo = { ...POLICIES.general, maxGapDay: 3 } as unknown as Policy;
    expect(() => definePolicy(typo)).toThrowError(/maxGapDay/);
  });

  it('names the policy even when the input is not an object', () => {
    expect(() => definePolicy(null as unknown as Policy)).toThrowError(/^Invalid policy "\(no id\)"/);
  });
});

describe('extendPolicy', () => {
  it('adds H0015 day rules to the general weekly hours', () => {
    const combined = extendPolicy(POLICIES.general, {
      id: 'general+h0015',
      requirements: { iop: { adult: POLICIES.h0015.requirements.iop?.adult ?? {} } },
    });
    const iop = requirementsFor(combined, 'iop');
    expect(iop.hoursPerWeek?.min?.value).toBe(9);
    expect(iop.minHoursPerServiceDay?.value).toBe(3);
    // H0015's day minimum replaces general's as a whole threshold; general's maximum stays.
    expect(iop.daysPerWeek?.min?.sources).toEqual(['hcpcs-level-ii']);
    expect(iop.daysPerWeek?.max?.value).toBe(5);
    expect(requirementsFor(combined, 'op').hoursPerWeek?.max?.value).toBe(9);
    expect(combined.id).toBe('general+h0015');
    expect(combined.title).toBe(POLICIES.general.title);
  });

  it('replaces a threshold as a whole', () => {
    const policy = extendPolicy(POLICIES.general, { id: 'gap-14', maxGapDays: { value: 14, sources: ['payer-contract'] } });
    expect(policy.maxGapDays).toEqual({ value: 14, sources: ['payer-contract'] });
  });

  it('does not change the base policy or the overrides', () => {
    const before = JSON.stringify(POLICIES.general);
    const overrides = { id: 'x', requirements: { op: { adult: { hoursPerWeek: { max: { value: 8, inclusive: true, sources: ['s'] } } } } } };
    const overridesBefore = JSON.stringify(overrides);
    extendPolicy(POLICIES.general, overrides);
    expect(JSON.stringify(POLICIES.general)).toBe(before);
    expect(JSON.stringify(overrides)).toBe(overridesBefore);
  });

  it('throws when the merged policy is invalid', () => {
    expect(() =>
      extendPolicy(POLICIES.general, {
        id: 'bad',
        requirements: { iop: { adult: { hoursPerWeek: { min: { value: 30, inclusive: true, sources: ['s'] } } } } },
      }),
    ).toThrowError(/min must not exceed max/);
  });
});
