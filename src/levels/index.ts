export type { AsamCrosswalk, HcpcsCode, LevelId, LevelOfCare, LevelSetting, Population, TypicalStay, WithdrawalManagementSetting } from './types.js';
export { LEVELS } from './data.js';
export { LEVEL_IDS, LevelIdSchema, POPULATIONS, PopulationSchema } from './schema.js';
export { getLevel } from './getLevel.js';
export { compareIntensity } from './compareIntensity.js';
export { WITHDRAWAL_MANAGEMENT_SETTINGS } from './withdrawalSettings.js';
