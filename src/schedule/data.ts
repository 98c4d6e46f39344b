import type { SessionModality, SessionStatus } from './types.js';

/**
 * Every {@link SessionStatus}.
 *
 * @example
 * ```ts
 * import { SESSION_STATUSES } from 'level-of-care';
 *
 * SESSION_STATUSES;
 * //=> ['scheduled', 'attended', 'cancelled', 'no-show']
 * ```
 *
 * @category Schedule
 */
export const SESSION_STATUSES: readonly ['scheduled', 'attended', 'cancelled', 'no-show'] = [
  'scheduled',
  'attended',
  'cancelled',
  'no-show',
];

/**
 * Every {@link SessionModality}.
 *
 * @example
 * ```ts
 * import { SESSION_MODALITIES } from 'level-of-care';
 *
 * SESSION_MODALITIES;
 * //=> ['in-person', 'telehealth']
 * ```
 *
 * @category Schedule
 */
export const SESSION_MODALITIES: readonly ['in-person', 'telehealth'] = ['in-person', 'telehealth'];

/**
 * The statuses that count towards hours and days unless `countStatuses` says otherwise: a planned
 * schedule is checked before it happens, and a cancelled or missed session delivers no service.
 *
 * @example
 * ```ts
 * import { DEFAULT_COUNT_STATUSES } from 'level-of-care';
 *
 * DEFAULT_COUNT_STATUSES;
 * //=> ['scheduled', 'attended']
 * ```
 *
 * @category Schedule
 */
export const DEFAULT_COUNT_STATUSES: readonly SessionStatus[] = ['scheduled', 'attended'];

/**
 * The first day of a week unless `weekStartsOn` says otherwise: 1 = Monday, the ISO 8601 week that
 * most program calendars and payer weeks follow.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEEK_STARTS_ON } from 'level-of-care';
 *
 * DEFAULT_WEEK_STARTS_ON;
 * //=> 1
 * ```
 *
 * @category Schedule
 */
export const DEFAULT_WEEK_STARTS_ON: 1 = 1;
