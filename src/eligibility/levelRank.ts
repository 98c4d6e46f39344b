import { LEVEL_IDS } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';

/**
 * Each level's position in intensity order: 0 is `inpatient`, the most intensive; 6 is `aftercare`.
 * A lower rank is more intensive. Built from {@link LEVEL_IDS}, so the order lives in one place.
 */
export const RANK: { readonly [L in LevelId]: number } = /* @__PURE__ */ (() => Object.fromEntries(
  LEVEL_IDS.map((level, index) => [level, index]),
) as { readonly [L in LevelId]: number })();

/** The rank of a level id; -1 for any other value (untyped callers may pass anything). */
export const rankOf = (value: unknown): number => (LEVEL_IDS as readonly unknown[]).indexOf(value);

/** The level at a rank. */
export function levelAt(rank: number): LevelId {
  const level = LEVEL_IDS[rank];
  if (level === undefined) throw new RangeError(`no level at rank ${rank}`);
  return level;
}

/** The rank of `withdrawal management`, which is skipped when moving up unless it is indicated. */
export const DETOX_RANK: number = /* @__PURE__ */ (() => RANK.detox)();

/** The rank of the least intensive level. */
export const LEAST_INTENSIVE_RANK: number = LEVEL_IDS.length - 1;

// Whether each level provides care around the clock, as `LEVELS` states it (a test holds the two
// together). Kept as its own small table so that checking an assessment does not bring every level's
// description, services and codes into a web page.
const TWENTY_FOUR_HOUR: { readonly [L in LevelId]: boolean } = {
  inpatient: true,
  detox: true,
  residential: true,
  php: false,
  iop: false,
  op: false,
  aftercare: false,
};

/** The levels that do not provide care around the clock. */
export const PART_DAY_LEVELS: readonly LevelId[] = /* @__PURE__ */ (() => LEVEL_IDS.filter((id) => !TWENTY_FOUR_HOUR[id]))();

const TWENTY_FOUR_HOUR_BY_RANK: readonly boolean[] = /* @__PURE__ */ (() => LEVEL_IDS.map((id) => TWENTY_FOUR_HOUR[id]))();

/** Whether a level provides care around the clock. */
export function isTwentyFourHour(level: LevelId): boolean {
  return TWENTY_FOUR_HOUR_BY_RANK[RANK[level]] === true;
}
