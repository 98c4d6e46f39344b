import * as z from 'zod/mini';
import { safeParseMini } from '../_lib/miniZod.js';
import { POLICIES } from '../policies/policies.js';
import { LevelIdSchema } from '../levels/schema.js';
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldKind } from './fields.js';
import { ruleProblems } from './ruleSchema.js';
import { normalizeAssessment } from './normalizeAssessment.js';
import type { NormalizedAssessment, Rule } from './types.js';

const EvaluationSchema = /* @__PURE__ */ (() => z.strictObject({
  outcome: z.union([z.literal(true), z.literal(false), z.literal('unknown')]),
  read: z.array(z.enum(ASSESSMENT_FIELDS.map((spec) => spec.field))),
  minimumLevel: z.optional(LevelIdSchema),
  withdrawalManagement: z.optional(z.enum(WITHDRAWAL_MANAGEMENT_SETTINGS)),
}))();

// Two probes: every field unknown, and every field known (required ones favourable, context ones set).
const KNOWN_VALUES: { readonly [K in AssessmentFieldKind]: unknown } = { population: 'adult', rating: 2, flag: true, days: 3, level: 'residential' };

const PROBES: readonly { readonly label: string; readonly assessment: NormalizedAssessment }[] = /* @__PURE__ */ (() => {
  const known: Record<string, Record<string, unknown>> = { risk: {}, findings: {} };
  for (const spec of ASSESSMENT_FIELDS) {
    if (spec.group !== 'population') known[spec.group]![spec.name] = spec.group === 'findings' && spec.required ? spec.favourable : KNOWN_VALUES[spec.kind];
  }
  return [
    { label: 'an assessment with every field unknown', assessment: normalizeAssessment({}).assessment },
    { label: 'a fully known assessment', assessment: normalizeAssessment(known).assessment },
  ];
})();

/**
 * Checks a custom rule and returns it, ready for `options.rules`. A rule is configuration, so a
 * broken one throws — once, with every problem listed — instead of producing wrong answers later:
 * the id must be kebab-case, `levels` valid level ids, the summary one line, at least one source,
 * and the predicate must answer a probe assessment with a valid evaluation (an outcome of `true`,
 * `false` or `'unknown'` and the fields it read) without throwing.
 *
 * @param input - The rule.
 * @returns The same rule, checked.
 * @throws `Error` naming the rule and each problem.
 *
 * @example
 * ```ts
 * import { defineRule, recommendLevel } from 'level-of-care';
 *
 * // A program that requires its own intake for anyone with a co-occurring condition at IOP.
 * const rule = defineRule({
 *   id: 'clinic-no-iop-for-co-occurring',
 *   levels: ['iop'],
 *   effect: 'contraindication',
 *   summary: 'Our IOP does not treat co-occurring mental-health conditions.',
 *   sources: ['clinic-policy-7'],
 *   predicate: (a) => ({
 *     outcome: a.findings.coOccurringMentalHealth,
 *     read: ['findings.coOccurringMentalHealth'],
 *   }),
 * });
 * recommendLevel({ risk: { relapse: 2 }, findings: { coOccurringMentalHealth: true } }, { rules: [rule] }).indicatedLevel;
 * //=> 'php'
 *
 * defineRule({ ...rule, id: 'Bad Id' });
 * // throws Error: Invalid rule "Bad Id":
 * //   ✖ use kebab-case: lower-case letters and digits joined by "-"
 * //     → at id
 * ```
 *
 * @category Eligibility
 */
export function defineRule(input: Rule): Rule {
  const label = typeof (input as { id?: unknown } | null)?.id === 'string' ? (input as { id: string }).id : '(no id)';
  const problems = ruleProblems(input);
  if (problems.length > 0) throw new Error(`Invalid rule "${label}":\n${z.prettifyError({ issues: [...problems] })}`);
  for (const probe of PROBES) {
    let evaluation: unknown;
    try {
      evaluation = input.predicate(probe.assessment, { policy: POLICIES.general });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Invalid rule "${label}": its predicate threw on ${probe.label}: ${message}`);
    }
    const checked = safeParseMini(EvaluationSchema, evaluation);
    if (!checked.success) {
      throw new Error(
        `Invalid rule "${label}": its predicate returned an invalid evaluation for ${probe.label}:\n${z.prettifyError(checked.error)}`,
      );
    }
  }
  return input;
}
