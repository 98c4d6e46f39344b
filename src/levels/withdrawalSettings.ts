import type { LevelId, WithdrawalManagementSetting } from './types.js';

/**
 * The settings of withdrawal management, least to most intensive: ambulatory, residential, hospital.
 * A higher withdrawal need never moves to an earlier setting.
 *
 * @example
 * ```ts
 * import { WITHDRAWAL_MANAGEMENT_SETTINGS } from 'level-of-care';
 *
 * WITHDRAWAL_MANAGEMENT_SETTINGS;
 * //=> ['ambulatory', 'residential', 'hospital']
 * ```
 *
 * @category Levels
 */
export const WITHDRAWAL_MANAGEMENT_SETTINGS: readonly ['ambulatory', 'residential', 'hospital'] = ['ambulatory', 'residential', 'hospital'];

// Fails to compile when a setting is added to the type but not to the list above.
const everySetting: Exclude<WithdrawalManagementSetting, (typeof WITHDRAWAL_MANAGEMENT_SETTINGS)[number]> extends never ? true : never = true;
void everySetting;

/**
 * The level a placement in each setting is recorded at, as `LEVELS` states it (`settings[].placedAt`;
 * a test holds the two together): withdrawal management in hospital is medically managed inpatient care.
 */
export const SETTING_LEVEL: { readonly [S in WithdrawalManagementSetting]: LevelId } = {
  ambulatory: 'detox',
  residential: 'detox',
  hospital: 'inpatient',
};
