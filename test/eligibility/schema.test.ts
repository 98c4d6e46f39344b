import { describe, expect, it } from 'vitest';
import { AssessmentSchema, RiskSchema, normalizeAssessment, recommendLevel } from '../../src/index.js';
import { known } from './helpers.js';

describe('AssessmentSchema', () => {
  it('accepts the empty assessment and a fully known one', () => {
    expect(AssessmentSchema.safeParse({}).success).toBe(true);
    expect(AssessmentSchema.safeParse(known({ relapse: 2 }, { recentlyCompletedLevel: 'residential' })).success).toBe(true);
  });

  it('accepts ratings 0–4 and "unknown", nothing else', () => {
    for (const rating of [0, 1, 2, 3, 4, 'unknown']) expect(RiskSchema.safeParse(rating).success).toBe(true);
    for (const rating of [-1, 5, 2.5, '3', null, true]) expect(RiskSchema.safeParse(rating).success).toBe(false);
  });

  it('rejects unknown finding names, dimensions and top-level keys', () => {
    expect(AssessmentSchema.safeParse({ findings: { cravings: true } }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ risk: { mood: 2 } }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ notes: 'x' }).success).toBe(false);
  });

  it('takes whole days 0–7 for canAttendDaysPerWeek and a level id for recentlyCompletedLevel', () => {
    expect(AssessmentSchema.safeParse({ findings: { canAttendDaysPerWeek: 7 } }).success).toBe(true);
    expect(AssessmentSchema.safeParse({ findings: { canAttendDaysPerWeek: 8 } }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ findings: { canAttendDaysPerWeek: 2.5 } }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ findings: { recentlyCompletedLevel: 'IOP' } }).success).toBe(false);
  });
});

describe('normalizeAssessment', () => {
  it('makes absent ratings and required findings unknown, absent context findings "no"', () => {
    const { assessment, issues } = normalizeAssessment({});
    expect(issues).toEqual([]);
    expect(assessment.population).toBe('adult');
    expect(assessment.risk.withdrawal).toBe('unknown');
    expect(assessment.findings.imminentDanger).toBe('unknown');
    expect(assessment.findings.canAttendDaysPerWeek).toBe('unknown');
    expect(assessment.findings.supportSystem).toBe(false);
    expect(assessment.findings.recentlyCompletedLevel).toBe('none');
  });

  it('keeps every valid value', () => {
    const { assessment } = normalizeAssessment(known({ psychiatric: 3 }, { supportSystem: true, canAttendDaysPerWeek: 4 }));
    expect(assessment.risk.psychiatric).toBe(3);
    expect(assessment.findings.supportSystem).toBe(true);
    expect(assessment.findings.canAttendDaysPerWeek).toBe(4);
  });

  it('treats an out-of-range rating as unknown, never as low risk, and reports it at its path', () => {
    const { assessment, issues } = normalizeAssessment({ risk: { withdrawal: 5, relapse: 2 } });
    expect(assessment.risk.withdrawal).toBe('unknown');
    expect(assessment.risk.relapse).toBe(2);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_input', severity: 'error', path: ['risk', 'withdrawal'] });
  });

  it('treats a wrongly typed finding as unknown, context findings included', () => {
    const { assessment, issues } = normalizeAssessment({ findings: { imminentDanger: 'no', supportSystem: 1 } });
    expect(assessment.findings.imminentDanger).toBe('unknown');
    expect(assessment.findings.supportSystem).toBe('unknown');
    expect(issues.map((issue) => issue.path)).toEqual([
      ['findings', 'imminentDanger'],
      ['findings', 'supportSystem'],
    ]);
  });

  it('reports an unknown finding name instead of ignoring it silently', () => {
    const { issues } = normalizeAssessment({ findings: { cravings: true } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['findings', 'cravings']);
    expect(issues[0]?.message).toContain('findings.cravings');
  });

  it('reports unknown keys in a fixed (sorted) order whatever the input order', () => {
    const { issues } = normalizeAssessment({ findings: { zz: 1, aa: 2 } });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['findings', 'aa'],
      ['findings', 'zz'],
    ]);
  });

  it('treats an unknown recently completed level as unknown', () => {
    const { assessment, issues } = normalizeAssessment({ findings: { recentlyCompletedLevel: 'rehab' } });
    expect(assessment.findings.recentlyCompletedLevel).toBe('unknown');
    expect(issues[0]?.path).toEqual(['findings', 'recentlyCompletedLevel']);
  });

  it('turns input that is not an object into one issue at the root and an all-unknown assessment', () => {
    for (const input of [null, 42, 'iop', [], undefined]) {
      const { assessment, issues } = normalizeAssessment(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual([]);
      expect(assessment.risk.biomedical).toBe('unknown');
    }
  });

  it('treats a risk or findings value that is not an object as every field unknown', () => {
    const { assessment, issues } = normalizeAssessment({ risk: 3, findings: [true] });
    expect(assessment.risk.relapse).toBe('unknown');
    expect(assessment.findings.supportSystem).toBe('unknown');
    expect(issues.map((issue) => issue.path)).toEqual([['risk'], ['findings']]);
  });

  it('falls back to adult for an unknown population, with an issue', () => {
    const { assessment, issues } = normalizeAssessment({ population: 'child' });
    expect(assessment.population).toBe('adult');
    expect(issues[0]?.path).toEqual(['population']);
  });

  it('never reads inherited or __proto__ keys as data', () => {
    const input = JSON.parse('{"findings":{"__proto__":{"imminentDanger":false}},"risk":{"__proto__":{"withdrawal":0}}}') as unknown;
    const { assessment, issues } = normalizeAssessment(input);
    expect(assessment.findings.imminentDanger).toBe('unknown');
    expect(assessment.risk.withdrawal).toBe('unknown');
    expect(issues.map((issue) => issue.path)).toEqual([
      ['risk', '__proto__'],
      ['findings', '__proto__'],
    ]);
    expect(({} as Record<string, unknown>).imminentDanger).toBeUndefined();
    const inherited = Object.create({ imminentDanger: false }) as object;
    expect(normalizeAssessment({ findings: inherited }).assessment.findings.imminentDanger).toBe('unknown');
  });

  it('reads only own properties of an object with a prototype of its own: inherited values are not data', () => {
    // zod reads inherited properties and accepts both objects; the normalized form must not take them.
    const inheritedPopulation = normalizeAssessment(Object.create({ population: 'adolescent' }) as unknown);
    expect(inheritedPopulation).toStrictEqual({ assessment: normalizeAssessment({}).assessment, issues: [] });
    expect(normalizeAssessment({ risk: Object.create({ relapse: 3 }) as unknown }).assessment.risk.relapse).toBe('unknown');
    // Own fields of such an object are read as usual.
    class Intake {
      population = 'adolescent';
      risk = { relapse: 3 };
    }
    const intake = normalizeAssessment(new Intake()).assessment;
    expect([intake.population, intake.risk.relapse]).toEqual(['adolescent', 3]);
  });

  it('keeps every valid field of an assessment that has invalid ones, and the defaults of absent ones', () => {
    const { assessment, issues } = normalizeAssessment({
      population: 'adolescent',
      risk: { relapse: 9, readiness: 2 },
      findings: { imminentDanger: 'no', canAttendDaysPerWeek: 4 },
    });
    expect(assessment).toStrictEqual({
      population: 'adolescent',
      risk: { withdrawal: 'unknown', biomedical: 'unknown', psychiatric: 'unknown', readiness: 2, relapse: 'unknown', environment: 'unknown' },
      findings: {
        imminentDanger: 'unknown',
        needsMedicallyManagedWithdrawal: 'unknown',
        unstableMedicalCondition: 'unknown',
        eatingDisorderNeedsMealSupport: 'unknown',
        motivatedForTreatment: 'unknown',
        stableSubstanceFreeHome: 'unknown',
        supportSystem: false,
        canAttendDaysPerWeek: 4,
        lowerLevelTriedWithoutSuccess: false,
        recentlyCompletedLevel: 'none',
        coOccurringMentalHealth: false,
        severeLongStandingUse: false,
      },
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['risk', 'relapse'],
      ['findings', 'imminentDanger'],
    ]);
    // No findings at all next to a bad rating: every finding keeps its default, context ones "no".
    expect(normalizeAssessment({ risk: { withdrawal: 5 } }).assessment.findings).toStrictEqual(normalizeAssessment({}).assessment.findings);
  });

  it('takes canAttendDaysPerWeek only as whole days 0–7: 8, -1, 2.5 and "3" are unknown, with an issue', () => {
    for (const days of [8, -1, 2.5, '3']) {
      const { assessment, issues } = normalizeAssessment({ findings: { canAttendDaysPerWeek: days } });
      expect(assessment.findings.canAttendDaysPerWeek).toBe('unknown');
      expect(issues.map((issue) => issue.path)).toEqual([['findings', 'canAttendDaysPerWeek']]);
    }
    for (const days of [0, 7]) {
      const { assessment, issues } = normalizeAssessment({ findings: { canAttendDaysPerWeek: days } });
      expect(assessment.findings.canAttendDaysPerWeek).toBe(days);
      expect(issues).toEqual([]);
    }
  });

  it('does not mutate the input', () => {
    const input = known({ relapse: 2 }, { cravings: true } as never);
    const copy = structuredClone(input);
    normalizeAssessment(input);
    recommendLevel(input);
    expect(input).toEqual(copy);
  });
});
