import { describeReceived } from '../_lib/describeReceived.js';
import { LEVEL_IDS } from './schema.js';
import type { LevelId } from './types.js';

function rankOf(level: LevelId): number {
  const rank = LEVEL_IDS.indexOf(level);
  // A comparator that ranked an unknown id anywhere would sort it among the levels without a word.
  if (rank === -1) throw new TypeError(`compareIntensity: ${describeReceived(level)} is not a level id; expected one of ${LEVEL_IDS.join(', ')}.`);
  return rank;
}

/**
 * Compares two levels by intensity: positive when `a` is more intensive than `b`, negative when
 * less, `0` when the same. Sorting with `(a, b) => compareIntensity(b, a)` puts the most intensive
 * first.
 *
 * An id that is not a {@link LevelId} is a programmer error and throws a `TypeError` that names
 * it: a comparator must never sort unknown values silently. Check untyped input with
 * {@link LevelIdSchema} first.
 *
 * @param a - A level.
 * @param b - Another level.
 * @returns The difference of their ranks.
 * @throws TypeError when `a` or `b` is not a level id.
 *
 * @example
 * ```ts
 * import { compareIntensity } from 'level-of-care';
 *
 * compareIntensity('php', 'iop') > 0;
 * //=> true
 * compareIntensity('op', 'detox') < 0;
 * //=> true
 * compareIntensity('php', 'intensive' as never);
 * // throws TypeError: compareIntensity: "intensive" is not a level id; expected one of inpatient, detox, residential, php, iop, op, aftercare.
 * ```
 *
 * @category Levels
 */
export function compareIntensity(a: LevelId, b: LevelId): number {
  return rankOf(b) - rankOf(a);
}
