import * as z from 'zod/mini';
import { ruleVerdict } from './ruleSchema.js';
import type { Rule } from './types.js';

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
  const { shape, probe } = ruleVerdict(input);
  if (shape.length > 0) throw new Error(`Invalid rule "${label}":\n${z.prettifyError({ issues: [...shape] })}`);
  if (probe !== undefined) throw new Error(`Invalid rule "${label}": ${probe}.`);
  return input;
}
