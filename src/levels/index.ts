export type { AsamCrosswalk, HcpcsCode, LevelId, LevelOfCare, Population, TypicalStay } from './types.js';
export { LEVELS } from './data.js';
export { LEVEL_IDS, LevelIdSchema, POPULATIONS, PopulationSchema } from './schema.js';
export { getLevel } from './getLevel.js';
export { compareIntensity } from './compareIntensity.js';
