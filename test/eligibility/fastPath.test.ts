import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, LEVELS, POLICIES, RULES, normalizeAssessment, recommendLevel } from '../../src/index.js';
import { PART_DAY_LEVELS, TWENTY_FOUR_HOUR_LEVELS } from '../../src/eligibility/levelRank.js';
import { normalizeWithSchema, readValidAssessment } from '../../src/eligibility/normalizeAssessment.js';
import { placementMinimum, placementTableOf } from '../../src/eligibility/placementMinimum.js';
import { DIMENSIONS } from '../../src/policies/dimensions.js';

// normalizeAssessment reads valid assessments by hand (a batch has a hundred thousand of them) and
// leaves anything else to a zod/mini twin of AssessmentSchema. These tests hold both shortcuts to the
// public schema: same acceptance, same normalized values, same issues.

const LEVEL_IDS = ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'] as const;
const odd = fc.constantFrom<unknown>(undefined, null, 'x', '', 5, -1, 2.5, 8, 7, 0, -0, true, false, [], {}, 'unknown', 'IOP', '3', Number.NaN);
const rating = fc.oneof(fc.constantFrom<unknown>(0, 1, 2, 3, 4, 'unknown'), odd);
const flag = fc.oneof(fc.boolean(), odd);
const optionalKeys = { requiredKeys: [] as never[] };
const assessmentLike = fc.oneof(
  odd,
  fc.record(
    {
      population: fc.oneof(fc.constantFrom<unknown>('adult', 'adolescent'), odd),
      risk: fc.oneof(
        fc.record(
          {
            withdrawal: rating,
            biomedical: rating,
            psychiatric: rating,
            readiness: rating,
            relapse: rating,
            environment: rating,
            mood: rating,
          },
          optionalKeys,
        ),
        odd,
      ),
      findings: fc.oneof(
        fc.record(
          {
            imminentDanger: flag,
            needsMedicallyManagedWithdrawal: flag,
            unstableMedicalCondition: flag,
            eatingDisorderNeedsMealSupport: flag,
            motivatedForTreatment: flag,
            stableSubstanceFreeHome: flag,
            supportSystem: flag,
            canAttendDaysPerWeek: fc.oneof(fc.integer({ min: -1, max: 8 }), odd),
            lowerLevelTriedWithoutSuccess: flag,
            recentlyCompletedLevel: fc.oneof(fc.constantFrom<unknown>(...LEVEL_IDS), odd),
            coOccurringMentalHealth: flag,
            severeLongStandingUse: flag,
            cravings: flag,
          },
          optionalKeys,
        ),
        odd,
      ),
      notes: fc.string(),
    },
    optionalKeys,
  ),
);

describe('normalizeAssessment shortcuts', () => {
  it('reads by hand only assessments the public schema accepts, with the values the schema path gives', () => {
    fc.assert(
      fc.property(assessmentLike, (input) => {
        const fast = readValidAssessment(input);
        if (fast === undefined) return;
        expect(AssessmentSchema.safeParse(input).success).toBe(true);
        expect(fast).toStrictEqual(normalizeWithSchema(input, AssessmentSchema).assessment);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads every valid plain assessment by hand', () => {
    const valid = { population: 'adolescent', risk: { relapse: 2, withdrawal: 'unknown' }, findings: { canAttendDaysPerWeek: 3, recentlyCompletedLevel: 'iop' } };
    expect(readValidAssessment(valid)).toBeDefined();
    expect(readValidAssessment({})).toBeDefined();
  });

  it('leaves -0 to the schema, which keeps it as given', () => {
    for (const input of [{ risk: { readiness: -0 } }, { findings: { canAttendDaysPerWeek: -0 } }]) {
      expect(readValidAssessment(input)).toBeUndefined();
      expect(normalizeAssessment(input)).toStrictEqual(normalizeWithSchema(input, AssessmentSchema));
    }
    expect(Object.is(normalizeAssessment({ risk: { readiness: -0 } }).assessment.risk.readiness, -0)).toBe(true);
  });

  it('gives the normalized values and issues that the public AssessmentSchema gives, valid or not', () => {
    fc.assert(
      fc.property(assessmentLike, (input) => {
        expect(normalizeAssessment(input)).toStrictEqual(normalizeWithSchema(input, AssessmentSchema));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads by hand a fully given assessment: every rating 0–4 and "unknown", every finding, days at both ends', () => {
    const findings = {
      imminentDanger: false,
      needsMedicallyManagedWithdrawal: true,
      unstableMedicalCondition: false,
      eatingDisorderNeedsMealSupport: true,
      motivatedForTreatment: false,
      stableSubstanceFreeHome: true,
      supportSystem: true,
      canAttendDaysPerWeek: 0,
      lowerLevelTriedWithoutSuccess: true,
      recentlyCompletedLevel: 'detox',
      coOccurringMentalHealth: true,
      severeLongStandingUse: false,
    } as const;
    const risk = { withdrawal: 0, biomedical: 1, psychiatric: 2, readiness: 3, relapse: 4, environment: 'unknown' } as const;
    const input = { population: 'adolescent', risk, findings };
    expect(readValidAssessment(input)).toStrictEqual({ population: 'adolescent', risk, findings });
    const week = { ...input, findings: { ...findings, canAttendDaysPerWeek: 7 } };
    expect(readValidAssessment(week)?.findings.canAttendDaysPerWeek).toBe(7);
    // Objects without a prototype (Object.create(null), as some parsers make them) are plain too.
    const bare = Object.assign(Object.create(null) as object, {
      risk: Object.assign(Object.create(null) as object, { relapse: 2 }),
      findings: Object.assign(Object.create(null) as object, { supportSystem: true }),
    });
    expect(readValidAssessment(bare)?.risk.relapse).toBe(2);
    expect(readValidAssessment(bare)?.findings.supportSystem).toBe(true);
  });

  it('leaves objects with a prototype of their own, null and inherited keys to the schema', () => {
    const inherited = Object.assign(Object.create({ population: 'adolescent' }) as object, { risk: { relapse: 1 } });
    expect(readValidAssessment(inherited)).toBeUndefined();
    expect(readValidAssessment({ risk: { relapse: null } })).toBeUndefined();
    expect(readValidAssessment({ population: null })).toBeUndefined();
    expect(normalizeAssessment({ population: null }).issues.map((issue) => issue.path)).toEqual([['population']]);
  });
});

describe('eligibility lookup tables', () => {
  it('mark as 24-hour exactly the levels LEVELS marks (inpatient, detox, residential)', () => {
    expect(TWENTY_FOUR_HOUR_LEVELS).toEqual(LEVELS.filter((level) => level.twentyFourHour).map((level) => level.id));
    expect(PART_DAY_LEVELS).toEqual(LEVELS.filter((level) => !level.twentyFourHour).map((level) => level.id));
  });

  it('read each policy placement table as placementMinimum reads it, every dimension and rating', () => {
    for (const policy of Object.values(POLICIES)) {
      const table = placementTableOf(policy);
      DIMENSIONS.forEach((dimension, d) => {
        for (const value of [0, 1, 2, 3, 4] as const) {
          expect(table.minimum[d]?.[value]).toBe(placementMinimum(policy, dimension, value));
          expect(table.known[d]?.[value]).toEqual({ outcome: true, read: [`risk.${dimension}`], minimumLevel: placementMinimum(policy, dimension, value) });
        }
        expect(table.unknown[d]).toEqual({ outcome: 'unknown', read: [`risk.${dimension}`], minimumLevel: placementMinimum(policy, dimension, 4) });
      });
    }
  });

  it('read each policy table once: alternating policies get the same table object back', () => {
    const general = placementTableOf(POLICIES.general);
    const medicare = placementTableOf(POLICIES.medicare2024);
    expect(placementTableOf(POLICIES.general)).toBe(general);
    expect(placementTableOf(POLICIES.medicare2024)).toBe(medicare);
  });

  it('keep the placement rules answering from the policy in force, not from the first one seen', () => {
    const readiness = RULES.find((rule) => rule.id === 'placement-readiness');
    if (readiness === undefined) throw new Error('placement-readiness is missing');
    const strict = { ...POLICIES.general, id: 'strict', placement: { ...POLICIES.general.placement, minimumLevel: { ...POLICIES.general.placement.minimumLevel, readiness: ['iop', 'iop', 'iop', 'php', 'php'] as const } } };
    const assessment = normalizeAssessment({ risk: { readiness: 1 } }).assessment;
    expect(readiness.predicate(assessment, { policy: POLICIES.general }).minimumLevel).toBe('op');
    expect(readiness.predicate(assessment, { policy: strict }).minimumLevel).toBe('iop');
    expect(readiness.predicate(assessment, { policy: POLICIES.general }).minimumLevel).toBe('op');
  });

  it('do not change a recommendation: readiness 1 under the strict table is intensive outpatient', () => {
    const strict = { ...POLICIES.general, id: 'strict', placement: { ...POLICIES.general.placement, minimumLevel: { ...POLICIES.general.placement.minimumLevel, readiness: ['iop', 'iop', 'iop', 'php', 'php'] as const } } };
    expect(recommendLevel({ risk: { readiness: 1 } }, { policy: strict }).level).toBe('iop');
    expect(recommendLevel({ risk: { readiness: 1 } }).level).toBe('op');
  });
});
