import { seededRandom } from './random.js';

const DIMENSIONS = ['withdrawal', 'biomedical', 'psychiatric', 'readiness', 'relapse', 'environment'] as const;
const LEVELS = ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'] as const;

export interface BenchAssessment {
  population: 'adult' | 'adolescent';
  risk: Record<(typeof DIMENSIONS)[number], 0 | 1 | 2 | 3 | 4>;
  findings: {
    imminentDanger: boolean;
    needsMedicallyManagedWithdrawal: boolean;
    unstableMedicalCondition: boolean;
    eatingDisorderNeedsMealSupport: boolean;
    motivatedForTreatment: boolean;
    stableSubstanceFreeHome: boolean;
    canAttendDaysPerWeek: number;
    supportSystem: boolean;
    lowerLevelTriedWithoutSuccess: boolean;
    coOccurringMentalHealth: boolean;
    severeLongStandingUse: boolean;
    recentlyCompletedLevel?: (typeof LEVELS)[number];
  };
}

/**
 * Fully known assessments (all six ratings and every required finding), deterministic for a seed.
 * Ratings lean towards the low end and adverse findings are uncommon, as in an intake population.
 */
export function generateAssessments(count: number, seed: number): BenchAssessment[] {
  const random = seededRandom(seed);
  const rating = (): 0 | 1 | 2 | 3 | 4 => random.weighted([0, 1, 2, 3, 4] as const, [35, 25, 20, 12, 8]);
  const out: BenchAssessment[] = [];
  for (let i = 0; i < count; i++) {
    const findings: BenchAssessment['findings'] = {
      imminentDanger: random.chance(0.03),
      needsMedicallyManagedWithdrawal: random.chance(0.08),
      unstableMedicalCondition: random.chance(0.05),
      eatingDisorderNeedsMealSupport: random.chance(0.03),
      motivatedForTreatment: random.chance(0.75),
      stableSubstanceFreeHome: random.chance(0.7),
      canAttendDaysPerWeek: random.weighted([0, 1, 2, 3, 4, 5, 6, 7], [3, 3, 6, 25, 20, 30, 5, 8]),
      supportSystem: random.chance(0.6),
      lowerLevelTriedWithoutSuccess: random.chance(0.2),
      coOccurringMentalHealth: random.chance(0.3),
      severeLongStandingUse: random.chance(0.2),
    };
    if (random.chance(0.3)) findings.recentlyCompletedLevel = random.pick(LEVELS);
    out.push({
      population: random.chance(0.85) ? 'adult' : 'adolescent',
      risk: {
        withdrawal: rating(),
        biomedical: rating(),
        psychiatric: rating(),
        readiness: rating(),
        relapse: rating(),
        environment: rating(),
      },
      findings,
    });
  }
  return out;
}

/** The assessment as flat json-rules-engine facts. */
export function factsOf(assessment: BenchAssessment): Record<string, unknown> {
  return { population: assessment.population, ...assessment.risk, ...assessment.findings };
}

const REQUIRED_FINDINGS = [
  'imminentDanger',
  'needsMedicallyManagedWithdrawal',
  'unstableMedicalCondition',
  'eatingDisorderNeedsMealSupport',
  'motivatedForTreatment',
  'stableSubstanceFreeHome',
  'canAttendDaysPerWeek',
] as const;

/**
 * Intake data: copies of `assessments` with one to three ratings and up to two required findings not
 * yet answered (absent), deterministic for a seed. Every result is provisional.
 */
export function withUnknowns(assessments: readonly BenchAssessment[], seed: number): BenchAssessment[] {
  const random = seededRandom(seed + 1);
  return assessments.map((assessment) => {
    const risk: Partial<BenchAssessment['risk']> = { ...assessment.risk };
    const findings: Partial<BenchAssessment['findings']> = { ...assessment.findings };
    const ratings = random.int(1, 3);
    for (let i = 0; i < ratings; i++) delete risk[random.pick(DIMENSIONS)];
    const missingFindings = random.int(0, 2);
    for (let i = 0; i < missingFindings; i++) delete findings[random.pick(REQUIRED_FINDINGS)];
    // Through JSON, as intake data arrives (and so that deleted keys leave no slow objects behind).
    return JSON.parse(JSON.stringify({ ...assessment, risk, findings })) as BenchAssessment;
  });
}
