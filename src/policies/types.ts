import type { LevelId, Population, WithdrawalManagementSetting } from '../levels/types.js';
import type { SessionModality } from '../schedule/types.js';
import type { ServiceType } from '../services/index.js';
import type { SourceId } from '../sources/data.js';

/**
 * A reference to a source: an id of {@link SOURCES} for the built-in data, or a program's own
 * reference (a contract or payer manual) in a custom policy or rule.
 *
 * @example
 * ```ts
 * import { POLICIES, extendPolicy, type SourceRef } from 'level-of-care';
 *
 * // A built-in source id and a program's own reference.
 * const sources: SourceRef[] = ['hedis-fui', 'clinic-manual'];
 * extendPolicy(POLICIES.general, { id: 'clinic', maxGapDays: { value: 14, sources } }).maxGapDays;
 * //=> { value: 14, sources: ['hedis-fui', 'clinic-manual'] }
 * ```
 *
 * @category Policies
 */
export type SourceRef = SourceId | (string & Record<never, never>);

/**
 * A number with the sources it comes from.
 *
 * @example
 * ```ts
 * import { POLICIES, type Threshold } from 'level-of-care';
 *
 * const maxGap: Threshold = POLICIES.general.maxGapDays;
 * maxGap;
 * //=> { value: 7, sources: ['hedis-fui'] }
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, requirementsFor, type HoursBound } from 'level-of-care';
 *
 * // Intensive outpatient care is under 20 hours a week: 20 itself is not allowed.
 * const max: HoursBound | undefined = requirementsFor(POLICIES.general, 'iop').hoursPerWeek?.max;
 * [max?.value, max?.inclusive];
 * //=> [20, false]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, requirementsFor, type Bounds, type HoursBound } from 'level-of-care';
 *
 * const hours: Bounds<HoursBound> | undefined = requirementsFor(POLICIES.general, 'iop').hoursPerWeek;
 * [hours?.min?.value, hours?.max?.value];
 * //=> [9, 20]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, extendPolicy, validateSchedule, type RequiredService } from 'level-of-care';
 *
 * const individual: RequiredService = { service: 'individual', minSessions: 1, sources: ['clinic-manual'] };
 * const requirements = { iop: { adult: { requiredServicesPerWeek: [individual] } } };
 * const policy = extendPolicy(POLICIES.general, { id: 'clinic-iop', requirements });
 * const sessions = ['2026-03-02', '2026-03-04', '2026-03-06'].map((date) => ({
 *   start: `${date}T09:00:00-05:00`, end: `${date}T12:00:00-05:00`, service: 'group' as const,
 * }));
 * validateSchedule(sessions, { level: 'iop', timeZone: 'America/New_York', policy }).issues[0]?.message;
 * //=> 'Week of 2026-03-02 has 0 individual sessions; the policy requires at least 1.'
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, requirementsFor, type CountedModalities } from 'level-of-care';
 *
 * // Medicare counts in-person sessions only toward intensive outpatient hours.
 * const counted: CountedModalities | undefined = requirementsFor(POLICIES.medicare2024, 'iop').countsModalities;
 * [counted?.value, counted?.verified];
 * //=> [['in-person'], false]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, requirementsFor, type LevelRequirements } from 'level-of-care';
 *
 * const php: LevelRequirements = requirementsFor(POLICIES.general, 'php');
 * [php.hoursPerWeek?.min?.value, php.daysPerWeek?.min?.value, php.sessionMinutes?.max?.value];
 * //=> [20, 5, 480]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type PopulationRequirements } from 'level-of-care';
 *
 * const iop: PopulationRequirements | undefined = POLICIES.general.requirements.iop;
 * [iop?.adult?.hoursPerWeek?.min?.value, iop?.adolescent?.hoursPerWeek?.min?.value];
 * //=> [9, 6]
 * ```
 *
 * @category Policies
 */
export type PopulationRequirements = Readonly<Partial<Record<Population, LevelRequirements>>>;

/**
 * A value per level of care; levels left out have none.
 *
 * @example
 * ```ts
 * import { POLICIES, type PerLevel, type Threshold } from 'level-of-care';
 *
 * const stays: PerLevel<Threshold> = POLICIES.general.typicalStayDays;
 * [stays.detox?.value, stays.php?.value, stays.iop?.value];
 * //=> [5, 30, 56]
 * ```
 *
 * @category Policies
 */
export type PerLevel<T> = Readonly<Partial<Record<LevelId, T>>>;

/**
 * The six assessment dimensions, in this library's own neutral names.
 *
 * @example
 * ```ts
 * import { recommendLevel, type Dimension } from 'level-of-care';
 *
 * // The dimensions whose ratings set the recommended level.
 * const { drivers } = recommendLevel({ risk: { biomedical: 3, relapse: 2 } });
 * const dimensions: Dimension[] = drivers.map((driver) => driver.dimension);
 * dimensions;
 * //=> ['biomedical']
 * ```
 *
 * @category Policies
 */
export type Dimension = 'withdrawal' | 'biomedical' | 'psychiatric' | 'readiness' | 'relapse' | 'environment';

/**
 * A known risk rating, from 0 (none) to 4 (severe).
 *
 * @example
 * ```ts
 * import { recommendLevel, type RiskRating } from 'level-of-care';
 *
 * const rating: RiskRating = 3;
 * recommendLevel({ risk: { psychiatric: rating } }).level;
 * //=> 'php'
 * ```
 *
 * @category Policies
 */
export type RiskRating = 0 | 1 | 2 | 3 | 4;

/**
 * The minimum level for each rating 0–4 of one dimension.
 *
 * @example
 * ```ts
 * import { POLICIES, type PlacementRow } from 'level-of-care';
 *
 * // The minimum level for a relapse rating of 0, 1, 2, 3 and 4.
 * const relapse: PlacementRow = POLICIES.general.placement.minimumLevel.relapse;
 * relapse;
 * //=> ['op', 'op', 'iop', 'php', 'residential']
 * ```
 *
 * @category Policies
 */
export type PlacementRow = readonly [LevelId, LevelId, LevelId, LevelId, LevelId];

/**
 * Where withdrawal management is delivered. The withdrawal row of `minimumLevel` names the level each
 * rating calls for; where it is `inpatient` the setting is the hospital, and where it is `detox` the
 * setting is ambulatory up to `ambulatoryThrough` and residential (24-hour) above it.
 *
 * @example
 * ```ts
 * import { POLICIES, type WithdrawalManagementTable } from 'level-of-care';
 *
 * const table: WithdrawalManagementTable = POLICIES.general.placement.withdrawalManagement;
 * // Withdrawal rated up to 2 can be managed ambulatory.
 * [table.ambulatoryThrough, table.forFinding];
 * //=> [2, 'ambulatory']
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type StepDownThresholds } from 'level-of-care';
 *
 * const stepDown: StepDownThresholds = POLICIES.general.stepDown;
 * [stepDown.minAttendanceRate.value, stepDown.minDaysAtLevel.iop?.value, stepDown.minDaysAbstinent.iop?.value];
 * //=> [0.8, 28, 30]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type PerDiemTier } from 'level-of-care';
 *
 * const tiers: readonly PerDiemTier[] = POLICIES.medicare2024.billing.php?.tiers ?? [];
 * tiers.map((tier) => [tier.id, tier.minServices, tier.maxServices]);
 * //=> [['3-or-fewer-services', 3, 3], ['4-or-more-services', 4, undefined]]
 * ```
 *
 * @category Policies
 */
export interface PerDiemTier {
  /** Stable id, e.g. `'3-or-fewer-services'`. */
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
 * @example
 * ```ts
 * import { POLICIES, type DayBilling } from 'level-of-care';
 *
 * // An H0015 day needs 180 minutes of services.
 * const day: DayBilling | undefined = POLICIES.h0015.billing.iop;
 * [day?.code, day?.minMinutes?.value];
 * //=> ['H0015', 180]
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type RecertificationInterval } from 'level-of-care';
 *
 * const every: RecertificationInterval | undefined = POLICIES.medicare2024.recertification.iop?.every;
 * [every?.value, every?.unit];
 * //=> [2, 'months']
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type Recertification } from 'level-of-care';
 *
 * // Partial hospitalization: first by day 18, then every 30 days.
 * const php: Recertification | undefined = POLICIES.medicare2024.recertification.php;
 * [php?.firstWithinDays?.value, php?.every.value, php?.every.unit];
 * //=> [18, 30, 'days']
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type EffectiveDates } from 'level-of-care';
 *
 * const effective: EffectiveDates = POLICIES.medicare2024.effective;
 * effective;
 * //=> { from: '2024-01-01' }
 * ```
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
 * @example
 * ```ts
 * import { POLICIES, type Policy } from 'level-of-care';
 *
 * const policy: Policy = POLICIES.medicare2024;
 * [policy.id, policy.version, policy.maxGapDays.value];
 * //=> ['medicare-2024', '2024.2', 7]
 * ```
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
