import { LEVEL_IDS } from './schema.js';
import type { LevelId } from './types.js';

/**
 * Compares two levels by intensity: positive when `a` is more intensive than `b`, negative when
 * less, `0` when the same. Sorting with `(a, b) => compareIntensity(b, a)` puts the most intensive
 * first.
 *
 * @param a - A level.
 * @param b - Another level.
 * @returns The difference of their ranks.
 *
 * @example
 * ```ts
 * import { compareIntensity } from 'level-of-care';
 *
 * compareIntensity('php', 'iop') > 0;
 * //=> true
 * compareIntensity('op', 'detox') < 0;
 * //=> true
 * ```
 *
 * @category Levels
 */
export function compareIntensity(a: LevelId, b: LevelId): number {
  return LEVEL_IDS.indexOf(b) - LEVEL_IDS.indexOf(a);
}
