import { describeReceived } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { safeParseMini } from '../_lib/miniZod.js';
import { formatPath } from '../issues/formatPath.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldSpec } from './fields.js';
import { KIND_SCHEMAS } from './schema.js';
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
const TOP_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['population', 'risk', 'findings']))();
const GROUP_KEYS: { readonly [G in 'risk' | 'findings']: ReadonlySet<string> } = /* @__PURE__ */ (() => ({
  risk: new Set(SPECS.risk.map((spec) => spec.name)),
  findings: new Set(SPECS.findings.map((spec) => spec.name)),
}))();

// Only own properties are read, so nothing inherited (or planted on a prototype) is ever taken as data.
const own = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Keys of an object that are not fields, sorted so that the result does not depend on the caller's key order. */
function unknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, base: readonly PathSegment[], out: Issue[]): void {
  let keys: string[] | undefined;
  for (const key in record) if (Object.hasOwn(record, key) && !known.has(key)) (keys ??= []).push(key);
  if (keys === undefined) return;
  for (const key of keys.sort()) {
    const path = [...base, key];
    out.push(invalidInput(`${formatPath(path)} is not a field of an assessment; it was not used.`, { path }));
  }
}

/**
 * One field: its default when absent, its value when valid, `'unknown'` with an issue when not.
 * `holder` is the object the field is a key of; `null` when that was not an object, which leaves every
 * field in it unknown, context findings included.
 */
function readField(spec: AssessmentFieldSpec, holder: Record<string, unknown> | null | undefined, issues: Issue[]): unknown {
  if (holder === null) return 'unknown';
  const value = holder === undefined ? undefined : own(holder, spec.name);
  if (value === undefined) return spec.whenAbsent;
  const parsed = safeParseMini(KIND_SCHEMAS[spec.kind], value);
  if (parsed.success) return value;
  for (const issue of issuesFromZod(parsed.error, spec.group === 'population' ? [spec.name] : [spec.group, spec.name])) issues.push(issue);
  // A population is never unknown: an invalid one is read as the default, with the issue above.
  return spec.kind === 'population' ? spec.whenAbsent : 'unknown';
}

/** The ratings or the findings, every field present. */
function readGroup(group: 'risk' | 'findings', input: Record<string, unknown> | undefined, issues: Issue[], keyIssues: Issue[]): Record<string, unknown> {
  let holder: Record<string, unknown> | null | undefined = input === undefined ? undefined : (own(input, group) as Record<string, unknown> | undefined);
  if (holder !== undefined && !isRecord(holder)) {
    const what = group === 'risk' ? 'ratings' : 'findings';
    issues.push(invalidInput(`${group}: expected an object of ${what}, received ${describeReceived(holder)}.`, { path: [group] }));
    holder = null;
  } else if (holder !== undefined) {
    unknownKeys(holder, GROUP_KEYS[group], [group], keyIssues);
  }
  const out: Record<string, unknown> = {};
  for (const spec of SPECS[group]) out[spec.name] = readField(spec, holder, issues);
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
    unknownKeys(record, TOP_KEYS, [], keyIssues);
  }
  const population = readField(SPECS.population[0]!, record, issues);
  const risk = readGroup('risk', record, issues, keyIssues);
  const findings = readGroup('findings', record, issues, keyIssues);
  for (const issue of keyIssues) issues.push(issue);
  return { assessment: { population, risk, findings } as NormalizedAssessment, issues };
}
