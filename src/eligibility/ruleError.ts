/**
 * What `recommendLevel` and `evaluateEligibility` throw when a custom rule misbehaves on an
 * assessment after passing the checks of `defineRule`: its predicate throws, or answers something that
 * is not an evaluation. A rule is configuration, so this is a programmer error, reported at once with
 * a message that names the rule, never turned into an answer.
 *
 * @example
 * ```ts
 * import { RuleError, defineRule, recommendLevel } from 'level-of-care';
 *
 * // A rule with a bug on the one rating its probes do not try.
 * const rule = defineRule({
 *   id: 'clinic-relapse-review',
 *   levels: ['iop'],
 *   effect: 'caution',
 *   summary: 'A high relapse rating is reviewed by the team.',
 *   sources: ['clinic-policy-3'],
 *   predicate: (a) => {
 *     if (a.risk.relapse === 4) throw new Error('not written for 4');
 *     return { outcome: false, read: ['risk.relapse'] };
 *   },
 * });
 * let caught: unknown;
 * try {
 *   recommendLevel({ risk: { relapse: 4 } }, { rules: [rule] });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof RuleError;
 * //=> true
 * (caught as RuleError).message;
 * //=> 'Rule "clinic-relapse-review" threw: not written for 4.'
 * ```
 *
 * @category Eligibility
 */
export class RuleError extends Error {
  /** Always `'RuleError'`, so the class survives in logs and across bundles where `instanceof` fails. */
  override readonly name: string = 'RuleError';
}
