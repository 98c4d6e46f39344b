import { LEVELS } from '../levels/data.js';
import { LEVEL_IDS } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';

/**
 * Each level's position in intensity order: 0 is `inpatient`, the most intensive; 6 is `aftercare`.
 * A lower rank is more intensive. Built from {@link LEVEL_IDS}, so the order lives in one place.
 */
export const RANK: { readonly [L in LevelId]: number } = Object.fromEntries(
  LEVEL_IDS.map((level, index) => [level, index]),
) as { readonly [L in LevelId]: number };

/** The level at a rank. */
export function levelAt(rank: number): LevelId {
  const level = LEVEL_IDS[rank];
  if (level === undefined) throw new RangeError(`no level at rank ${rank}`);
  return level;
}

/** The rank of `withdrawal management`, which is skipped when moving up unless it is indicated. */
export const DETOX_RANK: number = RANK.detox;

/** The rank of the least intensive level. */
export const LEAST_INTENSIVE_RANK: number = LEVEL_IDS.length - 1;

/** The levels that provide care around the clock, read from {@link LEVELS}. */
export const TWENTY_FOUR_HOUR_LEVELS: readonly LevelId[] = LEVELS.filter((level) => level.twentyFourHour).map(
  (level) => level.id,
);

/** The levels that do not provide care around the clock, read from {@link LEVELS}. */
export const PART_DAY_LEVELS: readonly LevelId[] = LEVELS.filter((level) => !level.twentyFourHour).map(
  (level) => level.id,
);

const TWENTY_FOUR_HOUR_BY_RANK: readonly boolean[] = LEVEL_IDS.map((id) => TWENTY_FOUR_HOUR_LEVELS.includes(id));

/** Whether a level provides care around the clock. */
export function isTwentyFourHour(level: LevelId): boolean {
  return TWENTY_FOUR_HOUR_BY_RANK[RANK[level]] === true;
}
