import * as z from 'zod/mini';
import { formatPath } from '../issues/formatPath.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { issuesFromZod } from '../_lib/zodIssues.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import type { Population } from '../levels/types.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { Dimension } from '../policies/types.js';
import { assessmentShapes } from './assessmentShape.js';
import { assessmentFromCodes, newCodes, readAssessmentCodes } from './assessmentCodes.js';
import type { Assessment, NormalizedAssessment, NormalizedFindings, Risk } from './types.js';
import { isRecord } from '../_lib/isRecord.js';

/**
 * An assessment read into its normalized form, with the problems found on the way.
 *
 * @category Eligibility
 */
export interface NormalizedAssessmentResult {
  /** Every field present; unknown and invalid ones are `'unknown'`. */
  readonly assessment: NormalizedAssessment;
  /** `invalid_input` issues, with paths into the assessment. */
  readonly issues: readonly Issue[];
}

type MutableFindings = { -readonly [K in keyof NormalizedFindings]: NormalizedFindings[K] };
type MutableRisk = { -readonly [D in Dimension]: Risk };


// Only own properties are read, so nothing inherited (or planted on a prototype) is ever taken as data.
const own = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

const isPlain = (value: unknown): boolean => {
  if (value === undefined) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** The assessment and its `risk` and `findings` are plain objects (literals or parsed JSON). */
function hasPlainParts(input: unknown): boolean {
  if (!isRecord(input) || !isPlain(input)) return false;
  return isPlain(own(input, 'risk')) && isPlain(own(input, 'findings'));
}

function fromValid(data: Assessment): NormalizedAssessment {
  const risk = data.risk;
  const f = data.findings;
  return {
    population: data.population ?? 'adult',
    risk: {
      withdrawal: risk?.withdrawal ?? 'unknown',
      biomedical: risk?.biomedical ?? 'unknown',
      psychiatric: risk?.psychiatric ?? 'unknown',
      readiness: risk?.readiness ?? 'unknown',
      relapse: risk?.relapse ?? 'unknown',
      environment: risk?.environment ?? 'unknown',
    },
    findings: {
      imminentDanger: f?.imminentDanger ?? 'unknown',
      needsMedicallyManagedWithdrawal: f?.needsMedicallyManagedWithdrawal ?? 'unknown',
      unstableMedicalCondition: f?.unstableMedicalCondition ?? 'unknown',
      eatingDisorderNeedsMealSupport: f?.eatingDisorderNeedsMealSupport ?? 'unknown',
      motivatedForTreatment: f?.motivatedForTreatment ?? 'unknown',
      stableSubstanceFreeHome: f?.stableSubstanceFreeHome ?? 'unknown',
      supportSystem: f?.supportSystem ?? false,
      canAttendDaysPerWeek: f?.canAttendDaysPerWeek ?? 'unknown',
      lowerLevelTriedWithoutSuccess: f?.lowerLevelTriedWithoutSuccess ?? false,
      recentlyCompletedLevel: f?.recentlyCompletedLevel ?? 'none',
      coOccurringMentalHealth: f?.coOccurringMentalHealth ?? false,
      severeLongStandingUse: f?.severeLongStandingUse ?? false,
    },
  };
}

const scratch = /* @__PURE__ */ newCodes();

/** The fast path: the normalized assessment, or `undefined` when the schema must decide. */
export function readValidAssessment(input: unknown): NormalizedAssessment | undefined {
  return readAssessmentCodes(input, scratch) ? assessmentFromCodes(scratch) : undefined;
}

/** Field by field: a valid value is kept, an absent one takes its default, an invalid one is unknown. */
function fromInvalid(input: unknown): NormalizedAssessment {
  const empty = fromValid({});
  if (!isRecord(input)) return empty;
  const shapes = assessmentShapes();

  const rawPopulation = own(input, 'population');
  const population: Population = z.safeParse(shapes.population, rawPopulation).data ?? 'adult';

  const rawRisk = own(input, 'risk');
  const risk: MutableRisk = { ...empty.risk };
  if (isRecord(rawRisk)) {
    for (const dimension of DIMENSIONS) {
      const value = own(rawRisk, dimension);
      if (value !== undefined && z.safeParse(shapes.risk, value).success) risk[dimension] = value as Risk;
    }
  }

  const rawFindings = own(input, 'findings');
  const findings: MutableFindings = { ...empty.findings };
  const findingNames = Object.keys(shapes.findings) as (keyof NormalizedFindings)[];
  if (rawFindings !== undefined && !isRecord(rawFindings)) {
    // A findings value that is not an object leaves every finding unknown, context ones included.
    for (const name of findingNames) findings[name] = 'unknown' as never;
  } else if (rawFindings !== undefined) {
    for (const name of findingNames) {
      const value = own(rawFindings, name);
      if (value === undefined) continue;
      findings[name] = (z.safeParse(shapes.findings[name], value).success ? value : 'unknown') as never;
    }
  }
  return { population, risk, findings };
}

function issuesOf(error: { readonly issues: readonly z.core.$ZodIssue[] }): Issue[] {
  const issues: Issue[] = [];
  const others: z.core.$ZodIssue[] = [];
  for (const zodIssue of error.issues) {
    if (zodIssue.code !== 'unrecognized_keys') {
      others.push(zodIssue);
      continue;
    }
    const base = zodIssue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    // Sorted so that the result does not depend on the order of the caller's keys.
    for (const key of [...zodIssue.keys].sort()) {
      const path = [...base, key];
      issues.push(
        invalidInput(`${formatPath(path)} is not a field of an assessment; it was not used.`, { path }),
      );
    }
  }
  return [...issuesFromZod({ issues: others }), ...issues];
}

/**
 * Validates an assessment and fills in every field: absent ratings and required findings become
 * `'unknown'`, absent context findings become `false` (`'none'` for `recentlyCompletedLevel`), and a
 * field with a wrong type or an out-of-range value becomes `'unknown'` with an `invalid_input` issue.
 * Never throws. This is what rule predicates receive; it is exported for testing custom rules.
 *
 * @param input - An {@link Assessment}, or anything read from JSON.
 * @returns The normalized assessment and the issues found.
 *
 * @example
 * ```ts
 * import { normalizeAssessment } from 'level-of-care';
 *
 * const { assessment, issues } = normalizeAssessment({ risk: { withdrawal: 7 }, findings: { supportSystem: true } });
 * assessment.risk.withdrawal;
 * //=> 'unknown'
 * assessment.findings.supportSystem;
 * //=> true
 * assessment.findings.coOccurringMentalHealth;
 * //=> false
 * issues.map((issue) => issue.path);
 * //=> [['risk', 'withdrawal']]
 * ```
 *
 * @category Eligibility
 */
export function normalizeAssessment(input: unknown): NormalizedAssessmentResult {
  const known = readValidAssessment(input);
  if (known !== undefined) return { assessment: known, issues: [] };
  return normalizeWithSchema(input, assessmentShapes().assessment);
}

/**
 * The schema path of {@link normalizeAssessment}, with the schema as a parameter so that tests can
 * hold the zod/mini twin to the public `AssessmentSchema`.
 */
export function normalizeWithSchema(input: unknown, schema: z.core.$ZodType<Assessment>): NormalizedAssessmentResult {
  const parsed = safeParseMini(schema, input);
  if (parsed.success) {
    // zod also reads inherited properties; an object with a custom prototype is read own-property by own-property.
    return { assessment: hasPlainParts(input) ? fromValid(parsed.data) : fromInvalid(input), issues: [] };
  }
  return { assessment: fromInvalid(input), issues: issuesOf(parsed.error) };
}
