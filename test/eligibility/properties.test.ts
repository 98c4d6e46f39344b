import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LEVEL_IDS, compareIntensity, evaluateEligibility, recommendLevel } from '../../src/index.js';
import type { Assessment, AssessmentFindings, Dimension, LevelId, Risk, RiskRating } from '../../src/index.js';
import {
  ADVERSE_FLAGS,
  assessmentArb,
  atLeastAsIntensive,
  atLeastAsMuchCare,
  mostlyKnownArb,
  availableArb,
  known,
  requiredFindingsArb,
  reverseKeys,
  withFinding,
  withRating,
} from './helpers.js';

const RUNS = { numRuns: 400 };
const SAFETY_RUNS = { numRuns: 3000 };
const anyAssessment = fc.oneof(assessmentArb, mostlyKnownArb);

describe('safety: more risk never means less care', () => {
  // Clinical safety: a worse rating in any dimension can never justify less care (the highest need sets
  // the minimum; ratings are never averaged), whatever levels a program offers.
  it('raising any known rating never lowers the recommended level, whatever is available', () => {
    fc.assert(
      fc.property(
        anyAssessment,
        availableArb,
        fc.constantFrom(...DIMENSIONS),
        fc.integer({ min: 1, max: 4 }),
        (assessment, availableLevels, dimension, step) => {
          const rating = assessment.risk?.[dimension];
          if (rating === undefined || rating === 'unknown' || rating === 4) return;
          const raised = Math.min(4, rating + step) as RiskRating;
          const before = recommendLevel(assessment, { availableLevels });
          const after = recommendLevel(withRating(assessment, dimension, raised), { availableLevels });
          expect(atLeastAsIntensive(after.level, before.level)).toBe(true);
          expect(atLeastAsIntensive(after.indicatedLevel, before.indicatedLevel)).toBe(true);
          expect(atLeastAsMuchCare(after, before)).toBe(true);
        },
      ),
      SAFETY_RUNS,
    );
  });

  // Clinical safety: imminent danger, unmanaged withdrawal, an unstable condition or an eating disorder
  // needing meal support can only add care, never remove it.
  it('setting any adverse finding never lowers the recommended level, whatever is available', () => {
    fc.assert(
      fc.property(anyAssessment, availableArb, fc.constantFrom(...ADVERSE_FLAGS), (assessment, availableLevels, [name, adverse]) => {
        const before = recommendLevel(assessment, { availableLevels });
        const after = recommendLevel(withFinding(assessment, name, adverse), { availableLevels });
        expect(atLeastAsIntensive(after.level, before.level)).toBe(true);
        expect(atLeastAsIntensive(after.indicatedLevel, before.indicatedLevel)).toBe(true);
        expect(atLeastAsMuchCare(after, before)).toBe(true);
      }),
      SAFETY_RUNS,
    );
  });

  // Unknown is never read as low risk: the answer with a rating left unknown may not be more
  // intensive than with any real rating filled in, so nobody is under-placed for missing data.
  it('a known rating is never less intensive than leaving it unknown', () => {
    fc.assert(
      fc.property(
        anyAssessment,
        availableArb,
        fc.constantFrom(...DIMENSIONS),
        fc.constantFrom<RiskRating>(0, 1, 2, 3, 4),
        (assessment, availableLevels, dimension, rating) => {
          const unknown = recommendLevel(withRating(assessment, dimension, 'unknown'), { availableLevels });
          const knownRating = recommendLevel(withRating(assessment, dimension, rating), { availableLevels });
          expect(atLeastAsIntensive(knownRating.level, unknown.level)).toBe(true);
        },
      ),
      SAFETY_RUNS,
    );
  });

  // A person who can attend fewer days needs a setting that does not depend on attendance (IOP and
  // PHP need 3+ days), so fewer days can never lead to a less intensive level.
  it('fewer attendable days never lower the indicated level, nor the level when every level is available', () => {
    fc.assert(
      fc.property(anyAssessment, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (assessment, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const withFewer = recommendLevel(withFinding(assessment, 'canAttendDaysPerWeek', fewer));
        const withMore = recommendLevel(withFinding(assessment, 'canAttendDaysPerWeek', more));
        expect(atLeastAsIntensive(withFewer.indicatedLevel, withMore.indicatedLevel)).toBe(true);
        expect(atLeastAsIntensive(withFewer.level, withMore.level)).toBe(true);
      }),
      SAFETY_RUNS,
    );
  });

  // Availability may move care up (to the next available more intensive level) or to referral, but a
  // missing program is never a reason to place someone lower than they need.
  it('never recommends a level below the indicated one, and never an excluded one unless it must be arranged by referral', () => {
    fc.assert(
      fc.property(anyAssessment, availableArb, (assessment, availableLevels) => {
        const result = recommendLevel(assessment, { availableLevels });
        expect(atLeastAsIntensive(result.level, result.indicatedLevel)).toBe(true);
        expect(result.excluded.some((exclusion) => exclusion.level === result.level)).toBe(false);
        if (availableLevels !== undefined && !result.cautions.some((c) => c.id === 'arrange-by-referral')) {
          expect(availableLevels).toContain(result.level);
        }
        expect(result.availabilityGap).toBe(
          availableLevels !== undefined && !availableLevels.includes(result.indicatedLevel)
            ? true
            : result.level !== result.indicatedLevel,
        );
      }),
      SAFETY_RUNS,
    );
  });

  // Withdrawal that can be managed at home is managed alongside the program the other needs call for:
  // it adds withdrawal management and rules out no day or outpatient program.
  it('raising withdrawal from 0 or 1 to 2 adds ambulatory withdrawal management and no exclusion, whatever is available', () => {
    fc.assert(
      fc.property(mostlyKnownArb, availableArb, fc.constantFrom<RiskRating>(0, 1), (assessment, availableLevels, low) => {
        const before = recommendLevel(withRating(assessment, 'withdrawal', low), { availableLevels });
        const after = recommendLevel(withRating(assessment, 'withdrawal', 2), { availableLevels });
        expect(after.excluded).toEqual(before.excluded);
        expect(after.withdrawalManagement).toBeDefined();
        if (after.withdrawalManagement === 'ambulatory') {
          expect(after.programLevel).toBe(before.programLevel ?? before.level);
          expect(['detox', 'inpatient']).toContain(after.level);
        }
      }),
      SAFETY_RUNS,
    );
  });

  // Low readiness is met with motivational work, never with more hours of a program the person does
  // not want: readiness alone never calls for more than intensive outpatient care.
  it('readiness alone never leads above intensive outpatient care, and always comes with the motivational caution from 2', () => {
    for (const readiness of [0, 1, 2, 3, 4] as const) {
      const result = recommendLevel(known({ readiness }));
      expect(atLeastAsIntensive('iop', result.level)).toBe(true);
      expect(result.cautions.some((hit) => hit.id === 'not-yet-motivated')).toBe(readiness >= 2);
    }
  });

  // Motivation, relapse risk and environment call for structure, not for medical care: only withdrawal,
  // biomedical or psychiatric needs (or a finding) justify inpatient care or withdrawal management.
  it('readiness, relapse and environment alone never lead to inpatient care or withdrawal management', () => {
    const nonMedical = fc.constantFrom<RiskRating>(0, 1, 2, 3, 4);
    fc.assert(
      fc.property(nonMedical, nonMedical, nonMedical, (readiness, relapse, environment) => {
        const result = recommendLevel(known({ readiness, relapse, environment }));
        expect(['inpatient', 'detox']).not.toContain(result.level);
      }),
    );
  });
});

describe('determinism', () => {
  // Determinism: an assessment re-serialized by another system (keys reordered) must get the same answer.
  it('the result never depends on the order of the keys of the assessment', () => {
    fc.assert(
      fc.property(assessmentArb, availableArb, (assessment, availableLevels) => {
        expect(recommendLevel(reverseKeys(assessment), { availableLevels })).toEqual(
          recommendLevel(assessment, { availableLevels }),
        );
        expect(evaluateEligibility(reverseKeys(assessment), 'iop')).toEqual(evaluateEligibility(assessment, 'iop'));
      }),
      RUNS,
    );
  });

  // Determinism holds for damaged input too: the same issues, in the same order, whatever the key order.
  it('the result never depends on the key order of invalid input either (issues included)', () => {
    const bad = { zeta: 1, findings: { zz: true, aa: 1, imminentDanger: 'yes' }, risk: { b: 2, a: 1, relapse: 9 } } as unknown as Assessment;
    expect(recommendLevel(reverseKeys(bad))).toEqual(recommendLevel(bad));
  });
});

type Field = `risk.${Dimension}` | 'findings.imminentDanger' | 'findings.needsMedicallyManagedWithdrawal'
  | 'findings.unstableMedicalCondition' | 'findings.eatingDisorderNeedsMealSupport' | 'findings.motivatedForTreatment'
  | 'findings.stableSubstanceFreeHome' | 'findings.canAttendDaysPerWeek';

const REQUIRED: readonly Field[] = [
  ...DIMENSIONS.map((dimension): Field => `risk.${dimension}`),
  'findings.imminentDanger',
  'findings.needsMedicallyManagedWithdrawal',
  'findings.unstableMedicalCondition',
  'findings.eatingDisorderNeedsMealSupport',
  'findings.motivatedForTreatment',
  'findings.stableSubstanceFreeHome',
  'findings.canAttendDaysPerWeek',
];

function valuesOf(field: Field): readonly (Risk | boolean | number)[] {
  if (field.startsWith('risk.')) return [0, 1, 2, 3, 4];
  if (field === 'findings.canAttendDaysPerWeek') return [0, 1, 2, 3, 4, 5, 6, 7];
  return [false, true];
}

function setField(assessment: Assessment, field: Field, value: Risk | boolean | number | undefined): Assessment {
  const [group, name] = field.split('.') as ['risk' | 'findings', string];
  if (group === 'risk') return withRating(assessment, name as Dimension, (value ?? 'unknown') as Risk);
  return withFinding(assessment, name as keyof AssessmentFindings, value as never);
}

/** Every assignment of known values to the given fields. */
function* substitutions(assessment: Assessment, fields: readonly Field[]): Generator<Assessment> {
  const [first, ...rest] = fields;
  if (first === undefined) {
    yield assessment;
    return;
  }
  for (const value of valuesOf(first)) yield* substitutions(setField(assessment, first, value), rest);
}

// Low ratings are more frequent, so that the low end of the range (where availability matters most) is reached.
const ratingArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<RiskRating>(0, 1) },
  { weight: 1, arbitrary: fc.constantFrom<RiskRating>(2, 3, 4) },
);
const fullArb = fc.record({
  withdrawal: ratingArb,
  biomedical: ratingArb,
  psychiatric: ratingArb,
  readiness: ratingArb,
  relapse: ratingArb,
  environment: ratingArb,
});

describe('unknown is never guessed', () => {
  // Unknown is never guessed: a missing rating makes the answer provisional, is listed so it can be
  // collected, and the range shows every level the answer could still become.
  it('an unknown rating makes the answer provisional, is listed in missing, and the range brackets every substitution', () => {
    fc.assert(
      fc.property(
        fullArb,
        requiredFindingsArb,
        fc.subarray([...REQUIRED], { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        availableArb,
        (risk, flags, unknownFields, absent, availableLevels) => {
          let assessment: Assessment = known(risk, flags);
          // Unknown either as an absent field or as the rating 'unknown'.
          for (const field of unknownFields) {
            assessment = setField(assessment, field, absent || !field.startsWith('risk.') ? undefined : 'unknown');
          }
          const result = recommendLevel(assessment, { availableLevels });
          expect(result.status).toBe('provisional');
          for (const field of unknownFields) expect(result.missing).toContain(field);
          const range = result.provisionalRange!;
          expect(range).toBeDefined();
          expect(atLeastAsIntensive(result.level, range.least)).toBe(true);
          expect(atLeastAsIntensive(range.most, result.level)).toBe(true);
          const seen = new Set<LevelId>();
          for (const substituted of substitutions(assessment, unknownFields)) {
            const level = recommendLevel(substituted, { availableLevels }).level;
            seen.add(level);
            expect(atLeastAsIntensive(level, range.least)).toBe(true);
            expect(atLeastAsIntensive(range.most, level)).toBe(true);
          }
          // The bracket is tight: both ends are reached by some substitution.
          expect(seen).toContain(range.least);
          expect(seen).toContain(range.most);
        },
      ),
      { numRuns: 1000 },
    );
    // A thousand runs with up to 3 unknown fields replay up to 80 placements each: allow a loaded machine
    // the time (this is a correctness property, not a speed target).
  }, 60_000);

  // With nothing unknown the answer is final: no missing fields, no range.
  it('a fully known assessment is recommended, with nothing missing and no range', () => {
    fc.assert(
      fc.property(fullArb, requiredFindingsArb, availableArb, (risk, flags, availableLevels) => {
        const result = recommendLevel(known(risk, flags), { availableLevels });
        expect(result.status).toBe('recommended');
        expect(result.missing).toEqual([]);
        expect(result.provisionalRange).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('consistency between recommendLevel and evaluateEligibility', () => {
  // The two entry points must agree: the level recommendLevel indicates is never ineligible under
  // evaluateEligibility, and every less intensive level is (it is below the person's needs).
  // Ambulatory withdrawal management runs alongside a program: the levels from that program up to
  // withdrawal management stay possible, and only those below the program are ruled out.
  it('the indicated level of a fully known assessment is never ineligible, and every less intensive level is (below the program that runs alongside ambulatory withdrawal management)', () => {
    fc.assert(
      fc.property(fullArb, requiredFindingsArb, (risk, flags) => {
        const assessment = known(risk, flags);
        const { indicatedLevel, programLevel, trace, excluded } = recommendLevel(assessment);
        expect(['eligible', 'eligible-with-cautions']).toContain(evaluateEligibility(assessment, indicatedLevel).status);
        // The settings the withdrawal floors call for (the other needs may raise the setting further).
        const settings = trace.flatMap((entry) => (entry.withdrawalManagement === undefined ? [] : [entry.withdrawalManagement]));
        const ambulatoryOnly = settings.length > 0 && settings.every((setting) => setting === 'ambulatory');
        const lowest = ambulatoryOnly && programLevel !== undefined ? programLevel : indicatedLevel;
        for (const level of LEVEL_IDS) {
          if (compareIntensity(level, indicatedLevel) >= 0) continue;
          const ruledOut = compareIntensity(level, lowest) < 0 || excluded.some((exclusion) => exclusion.level === level);
          expect(evaluateEligibility(assessment, level).status === 'ineligible').toBe(ruledOut);
        }
      }),
      RUNS,
    );
  });
});
