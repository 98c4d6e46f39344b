import { describeReceived } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { formatPath } from '../issues/formatPath.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldSpec } from './fields.js';
import { KIND_SCHEMAS } from './schema.js';
import type { Population } from '../levels/types.js';
import type { NormalizedAssessment } from './types.js';

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

type Group = AssessmentFieldSpec['group'];

const SPECS: { readonly [G in Group]: readonly AssessmentFieldSpec[] } = /* @__PURE__ */ (() => ({
  population: ASSESSMENT_FIELDS.filter((spec) => spec.group === 'population'),
  risk: ASSESSMENT_FIELDS.filter((spec) => spec.group === 'risk'),
  findings: ASSESSMENT_FIELDS.filter((spec) => spec.group === 'findings'),
}))();
const BY_NAME: { readonly [G in 'risk' | 'findings']: ReadonlyMap<string, AssessmentFieldSpec> } = /* @__PURE__ */ (() => ({
  risk: new Map(SPECS.risk.map((spec) => [spec.name, spec])),
  findings: new Map(SPECS.findings.map((spec) => [spec.name, spec])),
}))();
const TOP_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['population', 'risk', 'findings']))();

/** Each group's fields at what absence means, copied for every assessment read. */
const ABSENT: { readonly [G in 'risk' | 'findings']: Readonly<Record<string, unknown>> } = /* @__PURE__ */ (() => ({
  risk: Object.fromEntries(SPECS.risk.map((spec) => [spec.name, spec.whenAbsent])),
  findings: Object.fromEntries(SPECS.findings.map((spec) => [spec.name, spec.whenAbsent])),
}))();
const ALL_UNKNOWN: { readonly [G in 'risk' | 'findings']: Readonly<Record<string, unknown>> } = /* @__PURE__ */ (() => ({
  risk: Object.fromEntries(SPECS.risk.map((spec) => [spec.name, 'unknown'])),
  findings: Object.fromEntries(SPECS.findings.map((spec) => [spec.name, 'unknown'])),
}))();

// Only own properties are read, so nothing inherited (or planted on a prototype) is ever taken as data.
const own = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

const pathOf = (spec: AssessmentFieldSpec): PathSegment[] => (spec.group === 'population' ? [spec.name] : [spec.group, spec.name]);

/** Whether a value is valid for a field. */
const isValid = (spec: AssessmentFieldSpec, value: unknown): boolean => safeParseMini(KIND_SCHEMAS[spec.kind], value).success;

/** The issues of a value that is not valid for a field. */
function invalidValueIssues(spec: AssessmentFieldSpec, value: unknown, issues: Issue[]): void {
  const parsed = safeParseMini(KIND_SCHEMAS[spec.kind], value);
  if (!parsed.success) for (const issue of issuesFromZod(parsed.error, pathOf(spec))) issues.push(issue);
}

/** Keys that are not fields, as issues, sorted so that the result does not depend on the caller's key order. */
function unknownKeyIssues(keys: string[], base: readonly PathSegment[], out: Issue[]): void {
  for (const key of keys.sort()) {
    const path = [...base, key];
    out.push(invalidInput(`${formatPath(path)} is not a field of an assessment; it was not used.`, { path }));
  }
}

/**
 * The ratings or the findings, every field present, in one pass over the caller's own keys. A group
 * that is not an object leaves every field in it unknown, context findings included.
 */
function readGroup(group: 'risk' | 'findings', input: Record<string, unknown> | undefined, issues: Issue[], keyIssues: Issue[]): Record<string, unknown> {
  const holder = input === undefined ? undefined : own(input, group);
  if (holder === undefined) return { ...ABSENT[group] };
  if (!isRecord(holder)) {
    const what = group === 'risk' ? 'ratings' : 'findings';
    issues.push(invalidInput(`${group}: expected an object of ${what}, received ${describeReceived(holder)}.`, { path: [group] }));
    return { ...ALL_UNKNOWN[group] };
  }
  const specs = BY_NAME[group];
  const out: Record<string, unknown> = { ...ABSENT[group] };
  let unknownKeys: string[] | undefined;
  let invalid: Map<AssessmentFieldSpec, unknown> | undefined;
  for (const key in holder) {
    if (!Object.hasOwn(holder, key)) continue;
    const spec = specs.get(key);
    if (spec === undefined) {
      (unknownKeys ??= []).push(key);
      continue;
    }
    const value = holder[key];
    if (value === undefined) continue;
    if (isValid(spec, value)) out[key] = value;
    else {
      out[key] = 'unknown';
      (invalid ??= new Map()).set(spec, value);
    }
  }
  // Problems are listed in field order, whatever the order of the caller's keys.
  if (invalid !== undefined) for (const spec of SPECS[group]) if (invalid.has(spec)) invalidValueIssues(spec, invalid.get(spec), issues);
  if (unknownKeys !== undefined) unknownKeyIssues(unknownKeys, [group], keyIssues);
  return out;
}

/**
 * Validates an assessment and fills in every field, as {@link ASSESSMENT_FIELDS} says: absent ratings
 * and required findings become `'unknown'`, absent context findings take their default (`false`, or
 * `'none'` for `recentlyCompletedLevel`), and a field with a wrong type or an out-of-range value
 * becomes `'unknown'` with an `invalid_input` issue. Only own properties are read, and keys that are
 * not fields are reported. Never throws. This is what rule predicates receive; it is exported for
 * testing custom rules.
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
  const issues: Issue[] = [];
  // Unknown keys are listed after the problems with the fields, as zod lists them.
  const keyIssues: Issue[] = [];
  const record = isRecord(input) ? input : undefined;
  if (record === undefined) {
    issues.push(invalidInput(`input: expected an assessment object, received ${describeReceived(input)}.`, { path: [] }));
  } else {
    let unknownKeys: string[] | undefined;
    for (const key in record) if (!TOP_KEYS.has(key) && Object.hasOwn(record, key)) (unknownKeys ??= []).push(key);
    if (unknownKeys !== undefined) unknownKeyIssues(unknownKeys, [], keyIssues);
  }
  const populationSpec = SPECS.population[0]!;
  const givenPopulation = record === undefined ? undefined : own(record, populationSpec.name);
  let population = populationSpec.whenAbsent as Population;
  // A population is never unknown: an invalid one is read as the default, with its issue.
  if (givenPopulation !== undefined) {
    if (isValid(populationSpec, givenPopulation)) population = givenPopulation as Population;
    else invalidValueIssues(populationSpec, givenPopulation, issues);
  }
  const risk = readGroup('risk', record, issues, keyIssues);
  const findings = readGroup('findings', record, issues, keyIssues);
  for (const issue of keyIssues) issues.push(issue);
  return { assessment: { population, risk, findings } as NormalizedAssessment, issues };
}
