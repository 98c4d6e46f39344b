import type { SourceId } from '../sources/data.js';

/**
 * The neutral id of a level of care, from most to least intensive.
 *
 * @category Levels
 */
export type LevelId = 'inpatient' | 'detox' | 'residential' | 'php' | 'iop' | 'op' | 'aftercare';

/**
 * Who the requirements are written for. Absent means `'adult'`.
 *
 * @category Levels
 */
export type Population = 'adult' | 'adolescent';

/**
 * A soft hint of how long people typically stay at a level; never a gate.
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
 * @category Levels
 */
export interface LevelOfCare {
  /** Neutral id. */
  readonly id: LevelId;
  /** Neutral display name. */
  readonly name: string;
  /** Short form for tables and charts. */
  readonly abbreviation: string;
  /** Whether care is provided around the clock. */
  readonly twentyFourHour: boolean;
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
