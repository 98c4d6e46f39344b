import * as z from 'zod';
import { LevelIdSchema } from '../levels/schema.js';
import { POLICIES } from '../policies/policies.js';
import { FIELD_ORDER } from './data.js';
import { normalizeAssessment } from './normalizeAssessment.js';
import type { NormalizedAssessment, Rule } from './types.js';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { message: `${what} must be a function` });

const RuleSchema = /* @__PURE__ */ (() => z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use kebab-case: lower-case letters and digits joined by "-"'),
  levels: z.array(LevelIdSchema).min(1, 'name at least one level'),
  effect: z.enum(['indication', 'contraindication', 'caution', 'minimum-level']),
  summary: z
    .string()
    .trim()
    .min(1, 'write a one-line summary')
    .refine((text) => !/[\r\n]/.test(text), { message: 'the summary must be one line' }),
  sources: z.array(z.string().min(1)).min(1, 'cite at least one source'),
  predicate: fn('predicate'),
  explain: fn('explain').optional(),
}))();

const EvaluationSchema = /* @__PURE__ */ (() => z.strictObject({
  outcome: z.union([z.literal(true), z.literal(false), z.literal('unknown')]),
  read: z.array(z.enum(FIELD_ORDER as unknown as [string, ...string[]])),
  minimumLevel: LevelIdSchema.optional(),
}))();

// Two probes: every field unknown, and every field known. A predicate must answer both without throwing.
const PROBES: readonly { readonly label: string; readonly assessment: NormalizedAssessment }[] = /* @__PURE__ */ (() => [
  { label: 'an assessment with every field unknown', assessment: normalizeAssessment({}).assessment },
  {
    label: 'a fully known assessment',
    assessment: normalizeAssessment({
      risk: { withdrawal: 1, biomedical: 1, psychiatric: 2, readiness: 1, relapse: 2, environment: 1 },
      findings: {
        imminentDanger: false,
        needsMedicallyManagedWithdrawal: false,
        unstableMedicalCondition: false,
        eatingDisorderNeedsMealSupport: false,
        motivatedForTreatment: true,
        stableSubstanceFreeHome: true,
        supportSystem: true,
        canAttendDaysPerWeek: 3,
        lowerLevelTriedWithoutSuccess: false,
        recentlyCompletedLevel: 'residential',
        coOccurringMentalHealth: false,
        severeLongStandingUse: false,
      },
    }).assessment,
  },
])();

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
  const parsed = RuleSchema.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid rule "${label}":\n${z.prettifyError(parsed.error)}`);
  for (const probe of PROBES) {
    let evaluation: unknown;
    try {
      evaluation = input.predicate(probe.assessment, { policy: POLICIES.general });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Invalid rule "${label}": its predicate threw on ${probe.label}: ${message}`);
    }
    const checked = EvaluationSchema.safeParse(evaluation);
    if (!checked.success) {
      throw new Error(
        `Invalid rule "${label}": its predicate returned an invalid evaluation for ${probe.label}:\n${z.prettifyError(checked.error)}`,
      );
    }
  }
  return input;
}
