import { describeReceived, describeThrown } from '../_lib/describeReceived.js';
import { LIMITS } from '../issues/limits.js';
import { isLevelId } from '../levels/isLevelId.js';
import { SETTING_LEVEL, WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';
import type { WithdrawalManagementSetting } from '../levels/types.js';
import { isAssessmentField } from './fieldValue.js';

const KEYS: ReadonlySet<string> = new Set(['outcome', 'read', 'minimumLevel', 'withdrawalManagement']);

/** What is wrong with what a predicate answered, in words, or `undefined` when it is an evaluation. */
function problemOf(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return `${describeReceived(answer)} instead of an evaluation`;
  for (const key of Object.keys(answer)) {
    if (!KEYS.has(key)) return `an evaluation with an unknown key "${key}"`;
  }
  const { outcome, read, minimumLevel, withdrawalManagement } = answer as Record<string, unknown>;
  if (outcome !== true && outcome !== false && outcome !== 'unknown') return `the outcome ${describeReceived(outcome)}; expected true, false or 'unknown'`;
  if (!Array.isArray(read) || read.length > LIMITS.maxListEntries || !read.every(isAssessmentField)) {
    return `${describeReceived(read)} as the fields read; expected a list of assessment fields such as 'risk.withdrawal'`;
  }
  if (minimumLevel !== undefined && !isLevelId(minimumLevel)) return `the minimum level ${describeReceived(minimumLevel)}, which is not a level id`;
  if (withdrawalManagement !== undefined && !(WITHDRAWAL_MANAGEMENT_SETTINGS as readonly unknown[]).includes(withdrawalManagement)) {
    return `the withdrawal-management setting ${describeReceived(withdrawalManagement)}; expected ${WITHDRAWAL_MANAGEMENT_SETTINGS.join(', ')}`;
  }
  // A setting is a placement at one level: hospital withdrawal management is inpatient care.
  if (withdrawalManagement !== undefined && minimumLevel !== SETTING_LEVEL[withdrawalManagement as WithdrawalManagementSetting]) {
    const level = SETTING_LEVEL[withdrawalManagement as WithdrawalManagementSetting];
    return `the withdrawal-management setting "${String(withdrawalManagement)}" with the minimum level ${describeReceived(minimumLevel)}; that setting is placed at "${level}"`;
  }
  return undefined;
}

/**
 * What is wrong with what a custom rule's predicate answered, in words (`undefined` when it is an
 * evaluation: an outcome of `true`, `false` or `'unknown'`, the assessment fields read, and optionally
 * a level id and a withdrawal-management setting). Never throws, whatever the answer's getters do.
 */
export function evaluationProblem(answer: unknown): string | undefined {
  try {
    return problemOf(answer);
  } catch (thrown) {
    return `an evaluation that could not be read (${describeThrown(thrown)})`;
  }
}
