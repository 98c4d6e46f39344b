/**
 * A custom rule that misbehaves on an assessment after passing the checks of `defineRule` (it throws,
 * or answers something that is not an evaluation): a programmer error in configuration, thrown at once
 * with a message that names the rule, never turned into an answer.
 */
export class RuleError extends Error {
  override readonly name: string = 'RuleError';
}
