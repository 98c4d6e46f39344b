import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICIES, RULES, extendPolicy, normalizeAssessment, recommendLevel } from '../../src/index.js';
import type { Assessment, NormalizedAssessment, Policy } from '../../src/index.js';
import { fieldValue } from '../../src/eligibility/ruleHit.js';
import { allKnown, assessmentFromCodes, codeOf, newCodes, readAssessmentCodes } from '../../src/eligibility/assessmentCodes.js';
import { CATALOG_CAUTION_RULES, CATALOG_PLACEMENT_RULES } from '../../src/eligibility/catalogParts.js';
import { codesWithoutWithdrawalManagement } from '../../src/eligibility/catalogRecommendation.js';
import { FIELD_ORDER } from '../../src/eligibility/data.js';
import { COMPILED_CATALOG, withoutWithdrawalManagement } from '../../src/eligibility/engine.js';
import { assessmentArb, availableArb, fullyKnownArb, known } from './helpers.js';

// recommendLevel looks the built-in rules up in tables when the assessment is fully known (see
// catalogTables.ts); otherwise it evaluates every rule. Replacing one built-in rule by itself sends a
// call down the evaluating path with the same rules, so the two can be compared on the same input.
const evaluated = (assessment: unknown, options: Parameters<typeof recommendLevel>[1] = {}) =>
  recommendLevel(assessment as Assessment, { ...options, rules: [RULES[0]!] });

// A policy of its own, so that its tables start empty and differ from the built-in ones.
const strict: Policy = extendPolicy(POLICIES.general, {
  id: 'tables-test',
  placement: {
    ...POLICIES.general.placement,
    minimumLevel: { ...POLICIES.general.placement.minimumLevel, relapse: ['op', 'iop', 'php', 'residential', 'residential'] },
  },
});
const policyArb = fc.constantFrom<Policy | undefined>(undefined, ...Object.values(POLICIES), strict);

describe('the tabulated rule catalog', () => {
  it('gives the recommendation that evaluating every rule gives, for any fully known assessment, policy and availability', () => {
    fc.assert(
      fc.property(fullyKnownArb, availableArb, policyArb, (assessment, availableLevels, policy) => {
        const options = { ...(availableLevels === undefined ? {} : { availableLevels }), ...(policy === undefined ? {} : { policy }) };
        expect(recommendLevel(assessment, options)).toStrictEqual(evaluated(assessment, options));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same answer the second time a combination is seen as the first time', () => {
    const assessment = known({ relapse: 3, withdrawal: 2 }, { motivatedForTreatment: false, canAttendDaysPerWeek: 2 });
    const first = recommendLevel(assessment, { policy: strict, availableLevels: ['residential', 'iop'] });
    const second = recommendLevel(assessment, { policy: strict, availableLevels: ['residential', 'iop'] });
    expect(second).toStrictEqual(first);
    expect(second).toStrictEqual(evaluated(assessment, { policy: strict, availableLevels: ['residential', 'iop'] }));
  });

  it('shares frozen trace lines and cautions between results, and fresh arrays and drivers', () => {
    const assessment = known({ relapse: 2 }, { stableSubstanceFreeHome: false });
    const a = recommendLevel(assessment);
    const b = recommendLevel(assessment);
    expect(a.level).toBe('iop');
    expect(a.cautions.map((hit) => hit.id)).toEqual(['no-stable-substance-free-home']);
    expect(b.trace[0]).toBe(a.trace[0]);
    expect(b.cautions[0]).toBe(a.cautions[0]);
    expect(Object.isFrozen(a.trace[0])).toBe(true);
    expect(Object.isFrozen(a.cautions[0]?.sources)).toBe(true);
    expect(b.trace).not.toBe(a.trace);
    expect(b.cautions).not.toBe(a.cautions);
    expect(b.drivers[0]).not.toBe(a.drivers[0]);
    expect(() => {
      (a.trace[0] as { outcome: unknown }).outcome = false;
    }).toThrow(TypeError);
    expect(recommendLevel(assessment).trace[0]?.outcome).toBe(true);
  });

  it('shares frozen exclusions between results, in fresh arrays', () => {
    // Withdrawal management alone gives detox, but relapse risk 3 calls for residential, which is not
    // available: the other needs lead to inpatient, and the contraindications of 24-hour need hold.
    const assessment = known({ withdrawal: 2, relapse: 3 });
    const options = { availableLevels: ['detox' as const, 'inpatient' as const, 'iop' as const] };
    const a = recommendLevel(assessment, options);
    const b = recommendLevel(assessment, options);
    expect(a.level).toBe('inpatient');
    expect(a.indicatedLevel).toBe('detox');
    expect(a.cautions.map((hit) => hit.id)).toEqual(['withdrawal-management-does-not-replace-other-care']);
    expect(a.excluded.map((exclusion) => exclusion.level)).toEqual(['php', 'iop', 'op', 'aftercare']);
    expect(b.excluded[0]).toBe(a.excluded[0]);
    expect(Object.isFrozen(a.excluded[0]?.ruleIds)).toBe(true);
    expect(b.excluded).not.toBe(a.excluded);
    expect(b).toStrictEqual(evaluated(assessment, options));
    // Arrays of results are the caller's to change.
    (a.excluded as unknown[]).length = 0;
    expect(recommendLevel(assessment, options).excluded).toHaveLength(4);
  });

  it('takes codes to those of the assessment without a need for withdrawal management field by field, as the engine does', () => {
    const codes = newCodes();
    const changed = newCodes();
    fc.assert(
      fc.property(fullyKnownArb, (assessment) => {
        expect(readAssessmentCodes(assessment, codes)).toBe(true);
        codesWithoutWithdrawalManagement(codes, changed);
        const without = withoutWithdrawalManagement(assessmentFromCodes(codes));
        expect([...changed]).toEqual(FIELD_ORDER.map((field, index) => codeOf(index, fieldValue(without, field))));
        expect(allKnown(changed)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('has few enough rules of each kind for a bit per rule in a 32-bit mask', () => {
    // Answers keep their true contraindications, cautions and drivers as bit masks.
    expect(COMPILED_CATALOG.contraindications.length).toBeLessThanOrEqual(32);
    expect(CATALOG_CAUTION_RULES.length).toBeLessThanOrEqual(32);
    expect(CATALOG_PLACEMENT_RULES.length).toBeLessThanOrEqual(32);
  });

  it('leaves anything not fully known, or custom rules, to the evaluating path, with the same result', () => {
    fc.assert(
      fc.property(assessmentArb, availableArb, (assessment, availableLevels) => {
        const options = availableLevels === undefined ? {} : { availableLevels };
        expect(recommendLevel(assessment, options)).toStrictEqual(evaluated(assessment, options));
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads every field of an assessment on the fast path, and each one into the code of its value', () => {
    const codes = newCodes();
    fc.assert(
      fc.property(fullyKnownArb, (assessment) => {
        expect(readAssessmentCodes(assessment, codes)).toBe(true);
        expect(allKnown(codes)).toBe(true);
        // The codes stand for the assessment the schema reads.
        expect(assessmentFromCodes(codes)).toStrictEqual(normalizeAssessment(assessment).assessment);
      }),
      { numRuns: 500 },
    );
    // Every field present, the optional findings included.
    const everyKey = {
      population: 'adolescent' as const,
      ...known(
        { relapse: 2 },
        { supportSystem: true, lowerLevelTriedWithoutSuccess: false, recentlyCompletedLevel: 'php', coOccurringMentalHealth: true, severeLongStandingUse: false },
      ),
    };
    const fields = ['population', ...Object.keys(everyKey.risk ?? {}), ...Object.keys(everyKey.findings ?? {})];
    expect(fields).toHaveLength(FIELD_ORDER.length);
    expect(readAssessmentCodes(everyKey, codes)).toBe(true);
    expect(readAssessmentCodes({ ...everyKey, note: 'x' }, codes)).toBe(false);
    expect(readAssessmentCodes({ ...everyKey, risk: { ...everyKey.risk, mood: 1 } }, codes)).toBe(false);
    expect(readAssessmentCodes({ ...everyKey, findings: { ...everyKey.findings, other: true } }, codes)).toBe(false);
  });

  it('relies on what every built-in rule promises: it reads the same fields whatever it answers, and its answer depends on them alone', () => {
    const normalized = (input: unknown): NormalizedAssessment => normalizeAssessment(input).assessment;
    const policies = [...Object.values(POLICIES), strict];
    fc.assert(
      fc.property(assessmentArb, fullyKnownArb, fc.constantFrom(...policies), (a, b, policy) => {
        const first = normalized(a);
        const other = normalized(b);
        for (const rule of RULES) {
          const evaluation = rule.predicate(first, { policy });
          const read = new Set(rule.predicate(normalized({}), { policy }).read);
          expect(evaluation.read).toEqual([...read]);
          // `other` with the fields this rule read taken from `first`: the rule must answer the same.
          const mixed = structuredClone(other) as unknown as { population: string; risk: Record<string, unknown>; findings: Record<string, unknown> };
          for (const field of read) {
            if (field === 'population') mixed.population = first.population;
            else {
              const [group, name] = field.split('.') as ['risk' | 'findings', string];
              mixed[group][name] = fieldValue(first, field);
            }
          }
          expect(rule.predicate(mixed as unknown as NormalizedAssessment, { policy })).toStrictEqual(evaluation);
        }
      }),
      { numRuns: 500 },
    );
  });
});
