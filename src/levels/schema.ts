import * as z from 'zod/mini';
import type { LevelId, Population } from './types.js';

/**
 * The level ids in intensity order, most intensive first.
 *
 * @example
 * ```ts
 * import { LEVEL_IDS } from 'level-of-care';
 *
 * LEVEL_IDS[0];
 * //=> 'inpatient'
 * ```
 *
 * @category Levels
 */
export const LEVEL_IDS: readonly ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'] = [
  'inpatient',
  'detox',
  'residential',
  'php',
  'iop',
  'op',
  'aftercare',
];

/**
 * zod schema for a {@link LevelId}; use it to validate level ids coming from JSON.
 *
 * @example
 * ```ts
 * import { LevelIdSchema } from 'level-of-care';
 *
 * LevelIdSchema.safeParse('iop').success;
 * //=> true
 * LevelIdSchema.safeParse('IOP').success;
 * //=> false
 * ```
 *
 * @category Levels
 */
export const LevelIdSchema: z.ZodMiniEnum<{ [K in LevelId]: K }> = /* @__PURE__ */ z.enum(LEVEL_IDS);

/**
 * Every {@link Population}; `'adult'` is the default wherever a population is optional.
 *
 * @example
 * ```ts
 * import { POPULATIONS } from 'level-of-care';
 *
 * POPULATIONS;
 * //=> ['adult', 'adolescent']
 * ```
 *
 * @category Levels
 */
export const POPULATIONS: readonly ['adult', 'adolescent'] = ['adult', 'adolescent'];

// Fails to compile when a population is added to the type but not to the list above.
const everyPopulation: Exclude<Population, (typeof POPULATIONS)[number]> extends never ? true : never = true;
void everyPopulation;

/**
 * zod schema for a {@link Population}.
 *
 * @example
 * ```ts
 * import { PopulationSchema } from 'level-of-care';
 *
 * PopulationSchema.parse('adolescent');
 * //=> 'adolescent'
 * ```
 *
 * @category Levels
 */
export const PopulationSchema: z.ZodMiniEnum<{ [K in Population]: K }> = /* @__PURE__ */ z.enum(POPULATIONS);
