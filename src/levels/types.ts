import type { SourceId } from '../sources/data.js';

/**
 * The neutral id of a level of care, from most to least intensive.
 *
 * @example
 * ```ts
 * import { recommendLevel, type LevelId } from 'level-of-care';
 *
 * const level: LevelId = recommendLevel({ risk: { relapse: 2 } }).level;
 * level;
 * //=> 'iop'
 * ```
 *
 * @category Levels
 */
export type LevelId = 'inpatient' | 'detox' | 'residential' | 'php' | 'iop' | 'op' | 'aftercare';

/**
 * Where withdrawal management (`detox`) is delivered: `'ambulatory'` (daily supervised visits while
 * the person lives at home, alongside an outpatient or day program), `'residential'` (a 24-hour
 * supervised setting) or `'hospital'` (medically managed inpatient care, placed at `inpatient`). Only
 * the residential and hospital settings are 24-hour care.
 *
 * @example
 * ```ts
 * import { recommendLevel, type WithdrawalManagementSetting } from 'level-of-care';
 *
 * const settings: (WithdrawalManagementSetting | undefined)[] = ([2, 3, 4] as const).map(
 *   (rating) => recommendLevel({ risk: { withdrawal: rating } }).withdrawalManagement,
 * );
 * settings;
 * //=> ['ambulatory', 'residential', 'hospital']
 * ```
 *
 * @category Levels
 */
export type WithdrawalManagementSetting = 'ambulatory' | 'residential' | 'hospital';

/**
 * One setting a level is delivered in, when its settings differ in round-the-clock care (withdrawal
 * management: ambulatory, residential, hospital).
 *
 * @example
 * ```ts
 * import { getLevel, type LevelSetting } from 'level-of-care';
 *
 * const settings: readonly LevelSetting[] | undefined = getLevel('detox')?.settings;
 * settings?.map((setting) => [setting.id, setting.twentyFourHour, setting.placedAt]);
 * //=> [['ambulatory', false, 'detox'], ['residential', true, 'detox'], ['hospital', true, 'inpatient']]
 * ```
 *
 * @category Levels
 */
export interface LevelSetting {
  /** The setting. */
  readonly id: WithdrawalManagementSetting;
  /** Display name, in this library's own words. */
  readonly name: string;
  /** Whether care in this setting is provided around the clock. */
  readonly twentyFourHour: boolean;
  /** The level a placement in this setting is recorded at: `detox`, or `inpatient` for the hospital. */
  readonly placedAt: LevelId;
  /** Where the person lives. */
  readonly livingArrangement: string;
  /** HCPCS Level II codes that identify the setting (identification only). */
  readonly hcpcs: readonly string[];
  /** Where the description comes from. */
  readonly sources: readonly SourceId[];
}

/**
 * Who the requirements are written for. Absent means `'adult'`.
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type Population } from 'level-of-care';
 *
 * const population: Population = normalizeAssessment({ population: 'adolescent' }).assessment.population;
 * population;
 * //=> 'adolescent'
 * normalizeAssessment({}).assessment.population;
 * //=> 'adult'
 * ```
 *
 * @category Levels
 */
export type Population = 'adult' | 'adolescent';

/**
 * A soft hint of how long people typically stay at a level; never a gate.
 *
 * @example
 * ```ts
 * import { getLevel, type TypicalStay } from 'level-of-care';
 *
 * const stay: TypicalStay | undefined = getLevel('iop')?.typicalStay;
 * stay;
 * //=> { minDays: 56, maxDays: 84, sources: ['seed-000', 'teds-2004', 'dc-22-a6329'] }
 * ```
 *
 * @category Levels
 */
export interface TypicalStay {
  /** Low end of the typical range, in days. */
  readonly minDays: number;
  /** High end of the typical range, in days; absent when open-ended. */
  readonly maxDays?: number;
  /** Where the figures come from. */
  readonly sources: readonly SourceId[];
}

/**
 * A HCPCS Level II code that identifies services at a level (identification only).
 *
 * @example
 * ```ts
 * import { getLevel, type HcpcsCode } from 'level-of-care';
 *
 * const code: HcpcsCode | undefined = getLevel('php')?.hcpcs[0];
 * code;
 * //=> { code: 'H0035', label: 'Mental-health partial hospitalization, less than 24 hours' }
 * ```
 *
 * @category Levels
 */
export interface HcpcsCode {
  /** The code, e.g. `H0015`. */
  readonly code: string;
  /** What it identifies, in this library's own words. */
  readonly label: string;
}

/**
 * The ASAM level numbers that correspond to a level of care, numbers only, for identification. The
 * fourth edition (2023) applies to adults and folds withdrawal management into its levels 1.7, 2.7,
 * 3.7 and 4; adolescent programs still use the third edition's numbers. A number can appear under
 * two levels (fourth-edition 2.7 is partial hospitalization with withdrawal management). ASAM® is a
 * registered trademark of the American Society of Addiction Medicine; this library is not affiliated
 * with or endorsed by it and ships none of its text.
 *
 * @example
 * ```ts
 * import { getLevel, type AsamCrosswalk } from 'level-of-care';
 *
 * const crosswalk: AsamCrosswalk | undefined = getLevel('php')?.asamCrosswalk;
 * crosswalk;
 * //=> { thirdEdition: ['2.5'], fourthEdition: ['2.5', '2.7'] }
 * ```
 *
 * @category Levels
 */
export interface AsamCrosswalk {
  /** Third-edition level numbers, e.g. `'2.1'`, `'3.7-WM'`. */
  readonly thirdEdition: readonly string[];
  /** Fourth-edition (2023) level numbers, e.g. `'2.1'`, `'1.7'`. */
  readonly fourthEdition: readonly string[];
}

/**
 * One level of care in {@link LEVELS}.
 *
 * @example
 * ```ts
 * import { getLevel, type LevelOfCare } from 'level-of-care';
 *
 * const iop: LevelOfCare | undefined = getLevel('iop');
 * [iop?.name, iop?.abbreviation, iop?.twentyFourHour, getLevel('detox')?.twentyFourHour];
 * //=> ['Intensive outpatient', 'IOP', false, 'by-setting']
 * ```
 *
 * @category Levels
 */
export interface LevelOfCare {
  /** Neutral id. */
  readonly id: LevelId;
  /** Neutral display name. */
  readonly name: string;
  /** Short form for tables and charts. */
  readonly abbreviation: string;
  /**
   * Whether care is provided around the clock: `true` or `false` for the whole level, or
   * `'by-setting'` when it depends on the setting (withdrawal management is 24-hour care in its
   * residential and hospital settings, not when ambulatory; see `settings`).
   */
  readonly twentyFourHour: boolean | 'by-setting';
  /** The settings of a level whose round-the-clock care depends on the setting (`detox`); absent otherwise. */
  readonly settings?: readonly LevelSetting[];
  /** Where the person lives while at this level. */
  readonly livingArrangement: string;
  /** What kind of medical oversight the level carries. */
  readonly medicalOversight: string;
  /** Services typically delivered at this level. */
  readonly typicalServices: readonly string[];
  /** Typical length of stay: a soft hint with its sources. */
  readonly typicalStay: TypicalStay;
  /** HCPCS Level II codes for identification. */
  readonly hcpcs: readonly HcpcsCode[];
  /**
   * Informational crosswalk to ASAM level numbers in the third and fourth editions, for
   * identification only (see {@link AsamCrosswalk}).
   */
  readonly asamCrosswalk: AsamCrosswalk;
  /** Where the description comes from. */
  readonly sources: readonly SourceId[];
}
