import { LEVEL_IDS } from '../levels/schema.js';
import type { LevelId, WithdrawalManagementSetting } from '../levels/types.js';
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';

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

// Whether each level provides care around the clock, and each withdrawal-management setting, as
// `LEVELS` states it (a test holds them together). Kept as small tables of their own so that checking
// an assessment does not bring every level's description, services and codes into a web page.
const TWENTY_FOUR_HOUR: { readonly [L in LevelId]: boolean | 'by-setting' } = {
  inpatient: true,
  detox: 'by-setting',
  residential: true,
  php: false,
  iop: false,
  op: false,
  aftercare: false,
};
const SETTING_TWENTY_FOUR_HOUR: { readonly [S in WithdrawalManagementSetting]: boolean } = {
  ambulatory: false,
  residential: true,
  hospital: true,
};

/** The levels that never provide care around the clock, in any setting. */
export const PART_DAY_LEVELS: readonly LevelId[] = /* @__PURE__ */ (() => LEVEL_IDS.filter((id) => TWENTY_FOUR_HOUR[id] === false))();

/**
 * Whether a level provides care around the clock in a setting. A level whose care depends on the
 * setting, given without one, counts as 24-hour care: an unstated setting is never assumed to be the
 * lighter one.
 */
export function isTwentyFourHour(level: LevelId, setting?: WithdrawalManagementSetting): boolean {
  const value = TWENTY_FOUR_HOUR[level];
  return value === 'by-setting' ? setting === undefined || SETTING_TWENTY_FOUR_HOUR[setting] : value;
}

/** Each setting's place in {@link WITHDRAWAL_MANAGEMENT_SETTINGS}: 0 is ambulatory, the least intensive. */
export const settingOrder = (setting: WithdrawalManagementSetting): number => WITHDRAWAL_MANAGEMENT_SETTINGS.indexOf(setting);
