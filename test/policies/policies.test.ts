import { describe, expect, it } from 'vitest';
import {
  POLICIES,
  SOURCES,
  definePolicy,
  extendPolicy,
  HIGH_INTENSITY_RESIDENTIAL,
  getPolicy,
  isVerified,
  recommendLevel,
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

  it('requires 5 h of clinical services in residential care, the low-intensity (3.1) figure of DC 22-A6334', () => {
    expect(hours(general, 'residential')?.min).toMatchObject({ value: 5, inclusive: true, sources: ['dc-22-a6334'] });
  });

  it('lets a high-intensity residential program select the 25 h minimum of DC 22-A6336', () => {
    const program = extendPolicy(general, { id: 'res-3-5', requirements: { residential: { adult: HIGH_INTENSITY_RESIDENTIAL } } });
    expect(hours(program, 'residential')?.min).toMatchObject({ value: 25, inclusive: true, sources: ['dc-22-a6336'] });
    expect(requirementsFor(program, 'residential').sessionMinutes?.max?.value).toBe(480);
  });

  it('governs every date of service, as do the H0015 day rules (neither has a start date of its own)', () => {
    expect(general.effective).toEqual({ from: '0001-01-01' });
    expect(POLICIES.h0015.effective).toEqual({ from: '0001-01-01' });
  });

  it('counts sessions of both modalities', () => {
    for (const level of ['php', 'iop', 'op'] as const) expect(requirementsFor(general, level).countsModalities).toBeUndefined();
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

  it('governs dates of service from 2024-01-01, when the Medicare intensive outpatient benefit began', () => {
    expect(medicare.effective).toEqual({ from: '2024-01-01' });
  });

  it('pays per diem in a 3-or-fewer tier and a 4-or-more tier; 1–2-service IOP days in the lower tier are unverified', () => {
    const rows = (level: 'iop' | 'php') =>
      medicare.billing[level]?.tiers?.map((tier) => [tier.id, tier.minServices, tier.maxServices, isVerified(tier)]);
    expect(rows('iop')).toEqual([
      ['3-or-fewer-services', 1, 2, false],
      ['3-or-fewer-services', 3, 3, true],
      ['4-or-more-services', 4, undefined, true],
    ]);
    expect(rows('php')).toEqual([
      ['3-or-fewer-services', 3, 3, true],
      ['4-or-more-services', 4, undefined, true],
    ]);
  });

  it('counts only in-person sessions toward PHP and IOP (no per diem for telehealth), flagged unverified', () => {
    for (const level of ['iop', 'php'] as const) {
      const counted = requirementsFor(medicare, level).countsModalities;
      expect(counted?.value).toEqual(['in-person']);
      expect(isVerified(counted!)).toBe(false);
    }
  });

  it('recertifies intensive outpatient every other calendar month, not every 60 days', () => {
    expect(medicare.recertification.iop).toEqual({ every: { value: 2, unit: 'months', sources: ['cms-1786-fc', 'cms-opps-2024-fact-sheet'] } });
    expect(isVerified(medicare.recertification.iop!.every)).toBe(true);
  });

  it('flags the partial hospitalization recertification days as unverified', () => {
    expect(medicare.recertification.php?.firstWithinDays).toMatchObject({ value: 18, verified: false });
    expect(medicare.recertification.php?.every).toMatchObject({ value: 30, unit: 'days', verified: false });
    expect(isVerified(medicare.recertification.php!.every)).toBe(false);
  });

  it('flags an IOP date within 7 days before a PHP episode (claims returned, NAHRI)', () => {
    expect(medicare.iopBeforePhpDays).toEqual({ value: 7, sources: ['nahri-condition-code-92'] });
    expect(POLICIES.general.iopBeforePhpDays).toBeUndefined();
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

const messageOf = (run: () => unknown): string => {
  try {
    run();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

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

  it('rejects a readiness row that calls for more than IOP: low readiness is met with motivational work, never with inpatient care, and says so where the table is checked', () => {
    const readiness = ['op', 'op', 'iop', 'iop', 'inpatient'] as const;
    const patch = { placement: { minimumLevel: { ...POLICIES.general.placement.minimumLevel, readiness } } } as const;
    expect(() => extendPolicy(POLICIES.general, { id: 'clinic', ...patch } as never)).toThrowError(
      /rating 4 calls for inpatient, but readiness alone never calls for more than iop/,
    );
    // Given as an option, the same table is an issue at its path, and the built-in policy is used.
    const policy = { ...POLICIES.general, placement: { ...POLICIES.general.placement, ...patch.placement } } as unknown as Policy;
    const result = recommendLevel({ risk: { withdrawal: 0, biomedical: 0, psychiatric: 0, readiness: 4, relapse: 0, environment: 0 } }, { policy });
    expect(result.indicatedLevel).toBe('iop');
    expect(result.issues.map((issue) => issue.path)).toContainEqual(['options', 'policy', 'placement', 'minimumLevel', 'readiness', 4]);
  });

  it('rejects unknown levels and unknown keys', () => {
    const unknownLevel = { ...POLICIES.general, requirements: { 'iop-plus': {} } } as unknown as Policy;
    expect(() => definePolicy(unknownLevel)).toThrowError(/requirements/);
    const typo = { ...POLICIES.general, maxGapDay: 3 } as unknown as Policy;
    expect(() => definePolicy(typo)).toThrowError(/maxGapDay/);
  });

  it('lists every bad date, reversed range and unknown modality in one readable error', () => {
    const broken = {
      ...POLICIES.medicare2024,
      id: 'dated',
      effective: { from: '2024-02-30', to: '2023-13-01' },
      requirements: {
        php: { adult: { countsModalities: { value: ['in-person', 'video'], sources: ['payer-manual'] } } },
      },
    } as unknown as Policy;
    const message = messageOf(() => definePolicy(broken));
    expect(message).toMatch(/^Invalid policy "dated":/);
    expect(message).toContain('expected a real calendar date "YYYY-MM-DD" from 0001-01-01\n  → at effective.from');
    expect(message).toContain('expected a real calendar date "YYYY-MM-DD" from 0001-01-01\n  → at effective.to');
    // Year 0000 is before every date the library reads: a range in it would read as having no end.
    const yearZero = { ...POLICIES.general, id: 'year-zero', effective: { from: '0000-01-01', to: '0000-06-01' } };
    expect(messageOf(() => definePolicy(yearZero))).toContain('from 0001-01-01\n  → at effective.from');
    expect(message).toContain('Invalid option: expected one of "in-person"|"telehealth"\n  → at requirements.php.adult.countsModalities.value[1]');
    const reversed = { ...POLICIES.general, id: 'reversed', effective: { from: '2025-01-01', to: '2024-12-31' } };
    expect(messageOf(() => definePolicy(reversed))).toContain('2024-12-31 is before the first date 2025-01-01\n  → at effective.to');
  });

  it('requires a recertification interval of whole days or months', () => {
    const fraction = {
      ...POLICIES.medicare2024,
      id: 'fraction',
      recertification: { iop: { every: { value: 1.5, unit: 'months', sources: ['s'] } } },
    } as const;
    expect(messageOf(() => definePolicy(fraction))).toContain('expected a whole number of at least 1\n  → at recertification.iop.every.value');
    const weeks = { ...POLICIES.medicare2024, id: 'weeks', recertification: { iop: { every: { value: 8, unit: 'weeks', sources: ['s'] } } } };
    expect(messageOf(() => definePolicy(weeks as unknown as Policy))).toContain('recertification.iop.every.unit');
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

  it('changes the effective dates in part, keeping the rest', () => {
    const ended = extendPolicy(POLICIES.medicare2024, { id: 'medicare-2024-closed', effective: { to: '2025-12-31' } });
    expect(ended.effective).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    expect(() => extendPolicy(POLICIES.medicare2024, { id: 'x', effective: { to: '2023-12-31' } })).toThrowError(
      /2023-12-31 is before the first date 2024-01-01/,
    );
  });

  it('lets a program count telehealth toward Medicare hours (a state Medicaid rule, say)', () => {
    const both = { value: ['in-person', 'telehealth'], sources: ['state-medicaid-manual'] } as const;
    const policy = extendPolicy(POLICIES.medicare2024, { id: 'medicaid-php', requirements: { php: { adult: { countsModalities: both } } } });
    expect(requirementsFor(policy, 'php').countsModalities).toEqual(both);
    expect(requirementsFor(policy, 'php').hoursPerWeek?.min?.value).toBe(20);
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
