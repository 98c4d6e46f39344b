import * as z from 'zod';
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
export const LevelIdSchema: z.ZodEnum<{ [K in LevelId]: K }> = /* @__PURE__ */ z.enum(LEVEL_IDS);

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
export const PopulationSchema: z.ZodEnum<{ [K in Population]: K }> = /* @__PURE__ */ z.enum(['adult', 'adolescent']);
