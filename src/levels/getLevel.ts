import { LEVELS } from './data.js';
import type { LevelId, LevelOfCare } from './types.js';

/**
 * Looks up a level of care by id.
 *
 * @param id - The level id.
 * @returns The level, or `undefined` for an id that is not a {@link LevelId} (only reachable from
 * untyped callers).
 *
 * @example
 * ```ts
 * import { getLevel } from 'level-of-care';
 *
 * getLevel('iop')?.name;
 * //=> 'Intensive outpatient'
 * ```
 *
 * @category Levels
 */
export function getLevel(id: LevelId): LevelOfCare | undefined {
  return LEVELS.find((level) => level.id === id);
}
