import { describeReceived } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { formatPath } from '../issues/formatPath.js';
import { unreadable } from '../issues/boundary.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldKind, type AssessmentFieldSpec } from './fields.js';
import { KIND_SCHEMAS } from './schema.js';
import type { Population } from '../levels/types.js';
import type { NormalizedAssessment } from './types.js';

/**
 * An assessment read into its normalized form, with the problems found on the way.
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type NormalizedAssessmentResult } from 'level-of-care';
 *
 * const result: NormalizedAssessmentResult = normalizeAssessment({ population: 'teen', risk: { relapse: 2 } });
 * [result.assessment.population, result.assessment.risk.relapse];
 * //=> ['adult', 2]
 * result.issues.map((issue) => issue.message);
 * //=> ['Invalid input: population: Invalid option: expected one of "adult"|"adolescent".']
 * ```
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
const KEYS: { readonly [G in Group | 'top']: ReadonlySet<string> } = /* @__PURE__ */ (() => ({
  top: new Set(['population', 'risk', 'findings']),
  population: new Set(['population']),
  risk: new Set(SPECS.risk.map((spec) => spec.name)),
  findings: new Set(SPECS.findings.map((spec) => spec.name)),
}))();

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
const own = (record: Record<string, unknown>, key: string): unknown => {
  const value = record[key];
  return value !== undefined && Object.hasOwn(record, key) ? value : undefined;
};

const pathOf = (spec: AssessmentFieldSpec): PathSegment[] => (spec.group === 'population' ? [spec.name] : [spec.group, spec.name]);

// Every kind has a handful of valid values (0–4, yes or no, 0–7 days, seven levels), so each one the
// kind's schema accepts is kept and later looked up: an assessment is read thousands of times a second.
const VALID: { readonly [K in AssessmentFieldKind]: Set<unknown> } = { population: new Set(), rating: new Set(), flag: new Set(), days: new Set(), level: new Set() };

/** Whether a value is valid for a field, as the schema of its kind says. */
function isValid(spec: AssessmentFieldSpec, value: unknown): boolean {
  const known = VALID[spec.kind];
  if (known.has(value)) return true;
  if (!safeParseMini(KIND_SCHEMAS[spec.kind], value).success) return false;
  known.add(value);
  return true;
}

/** The issues of a value that is not valid for a field. */
function invalidValueIssues(spec: AssessmentFieldSpec, value: unknown, issues: Issue[]): void {
  const parsed = safeParseMini(KIND_SCHEMAS[spec.kind], value);
  if (!parsed.success) for (const issue of issuesFromZod(parsed.error, pathOf(spec))) issues.push(issue);
}

/**
 * Reports the keys of an object that are not fields, sorted so that the result does not depend on the
 * caller's key order. Called only when the object has more keys than fields were read from it.
 */
function unknownKeyIssues(record: Record<string, unknown>, known: ReadonlySet<string>, base: readonly PathSegment[], out: Issue[]): void {
  const keys = Object.keys(record).filter((key) => !known.has(key));
  for (const key of keys.sort()) {
    const path = [...base, key];
    out.push(invalidInput(`${formatPath(path)} is not a field of an assessment; it was not used.`, { path }));
  }
}

/** An assessment read, with the required fields that are unknown (for `missing`). */
export interface ReadAssessment extends NormalizedAssessmentResult {
  /** The required fields whose value is unknown, in result order. */
  readonly unknown: readonly AssessmentFieldSpec[];
  /** Whether a context finding is unknown too (it had a value that is not valid). */
  readonly unknownContext: boolean;
}

/**
 * The ratings or the findings, every field present, each read once. A group that is not an object, or
 * that cannot be read (a getter or Proxy trap that throws), leaves every field in it unknown, context
 * findings included.
 */
function readGroup(
  group: 'risk' | 'findings',
  input: Record<string, unknown> | undefined,
  issues: Issue[],
  keyIssues: Issue[],
  unknown: AssessmentFieldSpec[],
  context: { unknown: boolean },
): Record<string, unknown> {
  const specs = SPECS[group];
  const mark = unknown.length;
  const allUnknown = (): Record<string, unknown> => {
    for (const spec of specs) if (spec.required) unknown.push(spec);
    if (specs.some((spec) => !spec.required)) context.unknown = true;
    return { ...ALL_UNKNOWN[group] };
  };
  try {
    const holder = input === undefined ? undefined : own(input, group);
    if (holder === undefined) {
      for (const spec of specs) if (spec.required) unknown.push(spec);
      return { ...ABSENT[group] };
    }
    if (!isRecord(holder)) {
      const what = group === 'risk' ? 'ratings' : 'findings';
      issues.push(invalidInput(`${group}: expected an object of ${what}, received ${describeReceived(holder)}.`, { path: [group] }));
      return allUnknown();
    }
    const out: Record<string, unknown> = { ...ABSENT[group] };
    let present = 0;
    let invalid: [AssessmentFieldSpec, unknown][] | undefined;
    for (const spec of specs) {
      const value = own(holder, spec.name);
      if (value === undefined) {
        if (spec.required) unknown.push(spec);
        continue;
      }
      present += 1;
      if (isValid(spec, value)) {
        out[spec.name] = value;
        // A rating may be given as 'unknown' in so many words.
        if (value === 'unknown' && spec.required) unknown.push(spec);
        continue;
      }
      out[spec.name] = 'unknown';
      if (spec.required) unknown.push(spec);
      else context.unknown = true;
      (invalid ??= []).push([spec, value]);
    }
    if (invalid !== undefined) for (const [spec, value] of invalid) invalidValueIssues(spec, value, issues);
    // More keys than fields read: some are not fields (or are fields set to undefined).
    if (Object.keys(holder).length !== present) unknownKeyIssues(holder, KEYS[group], [group], keyIssues);
    return out;
  } catch (thrown) {
    issues.push(unreadable([group], thrown));
    unknown.length = mark;
    return allUnknown();
  }
}

/** {@link normalizeAssessment}, and the required fields that are unknown. */
export function readAssessment(input: unknown): ReadAssessment {
  const issues: Issue[] = [];
  // Unknown keys are listed after the problems with the fields, as zod lists them.
  const keyIssues: Issue[] = [];
  const unknown: AssessmentFieldSpec[] = [];
  const populationSpec = SPECS.population[0]!;
  let population = populationSpec.whenAbsent as Population;
  let record: Record<string, unknown> | undefined;
  try {
    record = isRecord(input) ? input : undefined;
    if (record === undefined) {
      issues.push(invalidInput(`input: expected an assessment object, received ${describeReceived(input)}.`, { path: [] }));
    } else {
      const given = own(record, populationSpec.name);
      // A population is never unknown: an invalid one is read as the default, with its issue.
      if (given !== undefined) {
        if (isValid(populationSpec, given)) population = given as Population;
        else invalidValueIssues(populationSpec, given, issues);
      }
      let keys = given === undefined ? 0 : 1;
      if (own(record, 'risk') !== undefined) keys += 1;
      if (own(record, 'findings') !== undefined) keys += 1;
      if (Object.keys(record).length !== keys) unknownKeyIssues(record, KEYS.top, [], keyIssues);
    }
  } catch (thrown) {
    issues.push(unreadable([], thrown));
    record = undefined;
  }
  const context = { unknown: false };
  const risk = readGroup('risk', record, issues, keyIssues, unknown, context);
  const findings = readGroup('findings', record, issues, keyIssues, unknown, context);
  for (const issue of keyIssues) issues.push(issue);
  return { assessment: { population, risk, findings } as NormalizedAssessment, issues, unknown, unknownContext: context.unknown };
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
  const { assessment, issues } = readAssessment(input);
  return { assessment, issues };
}
