import fc from 'fast-check';
import { ASSESSMENT_FIELDS, LEVEL_IDS, POPULATIONS, compareIntensity } from '../../src/index.js';
import type {
  Recommendation,
  Assessment,
  AssessmentFieldKind,
  AssessmentFieldSpec,
  AssessmentFindings,
  Dimension,
  LevelId,
  Population,
  Risk,
  RiskRating,
} from '../../src/index.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A fully known assessment with no risk and every finding favourable; overrides replace parts. */
export function known(
  risk: Partial<Record<Dimension, RiskRating>> = {},
  findings: AssessmentFindings = {},
): Assessment {
  return {
    risk: { withdrawal: 0, biomedical: 0, psychiatric: 0, readiness: 0, relapse: 0, environment: 0, ...risk },
    findings: {
      imminentDanger: false,
      needsMedicallyManagedWithdrawal: false,
      unstableMedicalCondition: false,
      eatingDisorderNeedsMealSupport: false,
      motivatedForTreatment: true,
      stableSubstanceFreeHome: true,
      canAttendDaysPerWeek: 5,
      ...findings,
    },
  };
}

/** The required yes/no findings with their adverse value. */
export const ADVERSE_FLAGS = [
  ['imminentDanger', true],
  ['needsMedicallyManagedWithdrawal', true],
  ['unstableMedicalCondition', true],
  ['eatingDisorderNeedsMealSupport', true],
  ['motivatedForTreatment', false],
  ['stableSubstanceFreeHome', false],
] as const;

/** The ids of rule hits, readiness reasons or anything else with an `id`, in order. */
export const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);

/** `a` is at least as intensive as `b`. */
export const atLeastAsIntensive = (a: LevelId, b: LevelId): boolean => compareIntensity(a, b) >= 0;

const SETTING_ORDER = [undefined, 'ambulatory', 'residential', 'hospital'] as const;

/** The program a person attends: the one that runs alongside ambulatory withdrawal management, else the level. */
const programOf = (result: Recommendation): LevelId =>
  result.withdrawalManagement === 'ambulatory' && result.programLevel !== undefined ? result.programLevel : result.level;

/**
 * `after` gives at least as much care as `before`: withdrawal management in a setting at least as
 * intensive (none < ambulatory < residential < hospital), and a program at least as intensive.
 */
export function atLeastAsMuchCare(after: Recommendation, before: Recommendation): boolean {
  return (
    SETTING_ORDER.indexOf(after.withdrawalManagement) >= SETTING_ORDER.indexOf(before.withdrawalManagement) &&
    atLeastAsIntensive(programOf(after), programOf(before))
  );
}

/** Any valid value of each kind of field (ratings here are known; see `riskValue` for unknown ones). */
const VALUE_OF_KIND: { readonly [K in AssessmentFieldKind]: fc.Arbitrary<unknown> } = {
  population: fc.constantFrom(...POPULATIONS),
  rating: fc.constantFrom<RiskRating>(0, 1, 2, 3, 4),
  flag: fc.boolean(),
  days: fc.integer({ min: 0, max: 7 }),
  level: fc.constantFrom(...LEVEL_IDS),
};

const specsOf = (group: AssessmentFieldSpec['group']): AssessmentFieldSpec[] => ASSESSMENT_FIELDS.filter((spec) => spec.group === group);
const recordOf = (specs: readonly AssessmentFieldSpec[], valueOf: (spec: AssessmentFieldSpec) => fc.Arbitrary<unknown>) =>
  Object.fromEntries(specs.map((spec) => [spec.name, valueOf(spec)]));

const riskValue: fc.Arbitrary<Risk> = fc.constantFrom<Risk>(0, 1, 2, 3, 4, 'unknown');
const population = VALUE_OF_KIND.population as fc.Arbitrary<Population>;
const riskOf = <T>(value: fc.Arbitrary<T>) => recordOf(specsOf('risk'), () => value);

/** Every finding with its valid values, from the library's field table. */
const FINDINGS = recordOf(specsOf('findings'), (spec) => VALUE_OF_KIND[spec.kind]);

/** The required findings, each given with any valid value, and no other finding. */
export const requiredFindingsArb: fc.Arbitrary<AssessmentFindings> = fc.record(
  recordOf(specsOf('findings').filter((spec) => spec.required), (spec) => VALUE_OF_KIND[spec.kind]),
) as fc.Arbitrary<AssessmentFindings>;

/** Random assessments: every field may be absent, ratings may be 'unknown'. */
export const assessmentArb: fc.Arbitrary<Assessment> = fc.record(
  {
    population,
    risk: fc.record(riskOf(riskValue), { requiredKeys: [] }),
    findings: fc.record(FINDINGS, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Assessment>;

const mostlyKnown: fc.Arbitrary<Risk> = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom<Risk>(0, 1, 2, 3, 4) },
  { weight: 1, arbitrary: fc.constant<Risk>('unknown') },
);
const mostlyFlag = fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(undefined) });

/**
 * Random assessments where most fields are known, so that the interplay of ratings, findings and
 * availability (where safety bugs hide) is reached often.
 */
export const mostlyKnownArb: fc.Arbitrary<Assessment> = fc.record({
  risk: fc.record({
    withdrawal: mostlyKnown,
    biomedical: mostlyKnown,
    psychiatric: mostlyKnown,
    readiness: mostlyKnown,
    relapse: mostlyKnown,
    environment: mostlyKnown,
  }),
  findings: fc.record({
    imminentDanger: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 6, arbitrary: fc.constant(false) }),
    needsMedicallyManagedWithdrawal: mostlyFlag,
    unstableMedicalCondition: mostlyFlag,
    eatingDisorderNeedsMealSupport: mostlyFlag,
    motivatedForTreatment: mostlyFlag,
    stableSubstanceFreeHome: mostlyFlag,
    canAttendDaysPerWeek: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 7 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
  }),
}).map((assessment) => JSON.parse(JSON.stringify(assessment)) as Assessment);

/** Random availability: absent (everything available) or any subset, empty included. */
export const availableArb: fc.Arbitrary<LevelId[] | undefined> = fc.option(fc.subarray([...LEVEL_IDS]), {
  nil: undefined,
});

/** A copy with one rating replaced. */
export function withRating(assessment: Assessment, dimension: Dimension, rating: Risk): Assessment {
  return { ...assessment, risk: { ...assessment.risk, [dimension]: rating } };
}

/** A copy with one finding replaced. */
export function withFinding<K extends keyof AssessmentFindings>(
  assessment: Assessment,
  name: K,
  value: AssessmentFindings[K],
): Assessment {
  const findings: Mutable<AssessmentFindings> = { ...assessment.findings };
  findings[name] = value;
  return { ...assessment, findings };
}

/** A deep copy with the keys of every object in reverse order. */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => reverseKeys(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([key, item]) => [key, reverseKeys(item)])) as T;
}

