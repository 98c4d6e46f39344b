import type { LevelId, Population, WithdrawalManagementSetting } from '../levels/types.js';
import type { SessionModality } from '../schedule/types.js';
import type { ServiceType } from '../services/index.js';
import type { SourceId } from '../sources/data.js';

/**
 * A reference to a source: an id of {@link SOURCES} for the built-in data, or a program's own
 * reference (a contract or payer manual) in a custom policy or rule.
 *
 * @category Policies
 */
export type SourceRef = SourceId | (string & Record<never, never>);

/**
 * A number with the sources it comes from.
 *
 * @category Policies
 */
export interface Threshold {
  /** The number. */
  readonly value: number;
  /** Where it comes from. */
  readonly sources: readonly SourceRef[];
  /** `false` when the value is recalled but not confirmed in a primary text. Absent means verified. */
  readonly verified?: boolean;
}

/**
 * A bound on weekly hours, inclusive (`≥`, `≤`) or exclusive (`>`, `<`).
 *
 * @category Policies
 */
export interface HoursBound extends Threshold {
  /** Whether the bound itself is allowed. */
  readonly inclusive: boolean;
}

/**
 * A lower and an upper bound, either of which may be absent.
 *
 * @category Policies
 */
export interface Bounds<T extends Threshold> {
  /** The lower bound. */
  readonly min?: T;
  /** The upper bound. */
  readonly max?: T;
}

/**
 * A service that must be delivered a minimum number of times each full week.
 *
 * @category Policies
 */
export interface RequiredService {
  /** The service. */
  readonly service: ServiceType;
  /** Sessions of it needed each week. */
  readonly minSessions: number;
  /** Where the requirement comes from. */
  readonly sources: readonly SourceRef[];
}

/**
 * The session modalities that count toward a level's hours, days and services under a policy. A
 * session without a `modality` counts as in person.
 *
 * @category Policies
 */
export interface CountedModalities {
  /** The modalities that count; sessions of any other modality are left out (with an `info` issue). */
  readonly value: readonly SessionModality[];
  /** Where the rule comes from. */
  readonly sources: readonly SourceRef[];
  /** `false` when the rule is not confirmed in a primary text. Absent means verified. */
  readonly verified?: boolean;
}

/**
 * What a schedule at one level must meet under a policy. Every field is optional: a policy checks only what it states.
 *
 * @category Policies
 */
export interface LevelRequirements {
  /** Service hours per calendar week. */
  readonly hoursPerWeek?: Bounds<HoursBound>;
  /**
   * Service days per calendar week. When {@link LevelRequirements.minHoursPerServiceDay} is set,
   * only days that meet it count towards the minimum.
   */
  readonly daysPerWeek?: Bounds<Threshold>;
  /** Hours every service day must reach. */
  readonly minHoursPerServiceDay?: Threshold;
  /** Bounds on the length of one session, in minutes (outside them is a warning). */
  readonly sessionMinutes?: Bounds<Threshold>;
  /** Services each full week must include. */
  readonly requiredServicesPerWeek?: readonly RequiredService[];
  /**
   * Which session modalities count toward the hours, days and services above (and toward billable
   * days). Absent: both in-person and telehealth sessions count.
   */
  readonly countsModalities?: CountedModalities;
}

/**
 * Requirements of one level by population; `adolescent` falls back to `adult` when absent.
 *
 * @category Policies
 */
export type PopulationRequirements = Readonly<Partial<Record<Population, LevelRequirements>>>;

/**
 * A value per level of care; levels left out have none.
 *
 * @category Policies
 */
export type PerLevel<T> = Readonly<Partial<Record<LevelId, T>>>;

/**
 * The six assessment dimensions, in this library's own neutral names.
 *
 * @category Policies
 */
export type Dimension = 'withdrawal' | 'biomedical' | 'psychiatric' | 'readiness' | 'relapse' | 'environment';

/**
 * A known risk rating, from 0 (none) to 4 (severe).
 *
 * @category Policies
 */
export type RiskRating = 0 | 1 | 2 | 3 | 4;

/**
 * The minimum level for each rating 0–4 of one dimension.
 *
 * @category Policies
 */
export type PlacementRow = readonly [LevelId, LevelId, LevelId, LevelId, LevelId];

/**
 * Where withdrawal management is delivered. The withdrawal row of `minimumLevel` names the level each
 * rating calls for; where it is `inpatient` the setting is the hospital, and where it is `detox` the
 * setting is ambulatory up to `ambulatoryThrough` and residential (24-hour) above it.
 *
 * @category Policies
 */
export interface WithdrawalManagementTable {
  /** The highest withdrawal rating whose withdrawal management can be ambulatory (0–4). */
  readonly ambulatoryThrough: number;
  /** The setting `findings.needsMedicallyManagedWithdrawal` calls for on its own. */
  readonly forFinding: WithdrawalManagementSetting;
  /** Where the settings come from. */
  readonly sources: readonly SourceRef[];
}

/**
 * The placement table: per dimension, the minimum level each rating calls for, and where withdrawal
 * management is delivered. The highest minimum wins.
 *
 * @example
 * ```ts
 * import { POLICIES, type PlacementTable } from 'level-of-care';
 *
 * const table: PlacementTable = POLICIES.general.placement;
 * table.minimumLevel.withdrawal;
 * //=> ['op', 'op', 'detox', 'detox', 'inpatient']
 * table.withdrawalManagement.ambulatoryThrough;
 * //=> 2
 * ```
 *
 * @category Policies
 */
export interface PlacementTable {
  /** Minimum level per dimension, indexed by rating 0–4. */
  readonly minimumLevel: Readonly<Record<Dimension, PlacementRow>>;
  /** Where withdrawal management is delivered, by withdrawal rating and for the finding alone. */
  readonly withdrawalManagement: WithdrawalManagementTable;
  /** Where the table comes from. */
  readonly sources: readonly SourceRef[];
}

/**
 * Thresholds for step-down readiness. Minimum days are soft: reassessment drives movement.
 *
 * @category Policies
 */
export interface StepDownThresholds {
  /** Share of scheduled sessions attended (0–1) needed before stepping down. */
  readonly minAttendanceRate: Threshold;
  /** Soft minimum days at a level before a step-down is considered. */
  readonly minDaysAtLevel: PerLevel<Threshold>;
  /** Days of abstinence needed to step down from a level. */
  readonly minDaysAbstinent: PerLevel<Threshold>;
}

/**
 * A per-diem payment tier by the number of services delivered on a day.
 *
 * @category Policies
 */
export interface PerDiemTier {
  /** Stable id, e.g. `'3-services'`. */
  readonly id: string;
  /** Fewest services on the day. */
  readonly minServices: number;
  /** Most services on the day; absent when open-ended. */
  readonly maxServices?: number;
  /** Where the tier comes from. */
  readonly sources: readonly SourceRef[];
  /** `false` when not confirmed in a primary text. */
  readonly verified?: boolean;
}

/**
 * What makes one local day billable at a level.
 *
 * @category Policies
 */
export interface DayBilling {
  /** HCPCS code the day is billed under, when there is one. */
  readonly code?: string;
  /** Minutes of counted services the day needs. */
  readonly minMinutes?: Threshold;
  /** Per-diem tiers by number of services; a day below the lowest tier is not billable. */
  readonly tiers?: readonly PerDiemTier[];
}

/**
 * The time between two recertifications, in days or in calendar months.
 *
 * @category Policies
 */
export interface RecertificationInterval extends Threshold {
  /**
   * `'days'`, or `'months'`: calendar months, so 2 is "every other month" and a day the month lacks
   * falls on its last day (2023-12-31 plus 2 months is 2024-02-29).
   */
  readonly unit: 'days' | 'months';
}

/**
 * How often the need for a level must be recertified, optionally after a first recertification due
 * by a given day of the episode.
 *
 * @category Policies
 */
export interface Recertification {
  /** The day of the episode (its first day is day 1) by which the first recertification is due. */
  readonly firstWithinDays?: Threshold;
  /** The interval between recertifications (counted from the first one when `firstWithinDays` is set, else from the start). */
  readonly every: RecertificationInterval;
}

/**
 * The dates of service a policy governs, as inclusive `YYYY-MM-DD` calendar dates; `to` is absent
 * while the policy is still in force.
 *
 * @category Policies
 */
export interface EffectiveDates {
  /** First date of service the policy governs. */
  readonly from: string;
  /** Last date of service it governs; absent when open-ended. */
  readonly to?: string;
}

/**
 * A versioned set of requirements and defaults. Built-in policies are in {@link POLICIES}; write your
 * own with {@link definePolicy} or {@link extendPolicy}.
 *
 * @category Policies
 */
export interface Policy {
  /** Stable id, e.g. `'general'`, `'medicare-2024'`. */
  readonly id: string;
  /** Version of the data, e.g. `'2026.1'`. */
  readonly version: string;
  /** Human title. */
  readonly title: string;
  /** Sources of the policy as a whole. */
  readonly sources: readonly SourceRef[];
  /** The dates of service it governs. */
  readonly effective: EffectiveDates;
  /** Schedule requirements per level and population. */
  readonly requirements: PerLevel<PopulationRequirements>;
  /** Typical stay per level in days, for plans and utilization review. */
  readonly typicalStayDays: PerLevel<Threshold>;
  /** A stay longer than this multiple of the typical stay is flagged for review. */
  readonly lengthOfStayReviewFactor: Threshold;
  /** Most days allowed between a high-intensity discharge and the next episode. */
  readonly maxGapDays: Threshold;
  /** The placement table used by recommendations. */
  readonly placement: PlacementTable;
  /** Step-down readiness thresholds. */
  readonly stepDown: StepDownThresholds;
  /** What makes a day billable, per level. */
  readonly billing: PerLevel<DayBilling>;
  /** Recertification intervals, per level. */
  readonly recertification: PerLevel<Recertification>;
  /**
   * Days before the start of a partial hospitalization episode within which an intensive outpatient
   * date draws a warning (`medicare_iop_php_overlap`): a payer that returns such claims sets it.
   */
  readonly iopBeforePhpDays?: Threshold;
}
