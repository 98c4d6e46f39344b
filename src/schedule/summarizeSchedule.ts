import { listLength } from '../issues/boundary.js';
import { LIMITS } from '../issues/limits.js';
import { buildWeeks, toWeek } from './buildWeeks.js';
import { readSummaryOptions } from './readOptions.js';
import { readSessions } from './readSessions.js';
import type { SummarizeScheduleOptions, Week } from './types.js';

/**
 * Totals a schedule per calendar week in a time zone, without checking it against any level: the
 * same {@link Week} objects {@link validateSchedule} reports. Sessions that cannot be read, end
 * before they start or do not count by status are left out (use `validateSchedule` to see why);
 * options that cannot be used (an unknown time zone, or weeks that would start before 0001-01-01)
 * give an empty list. Nothing is thrown.
 *
 * @param sessions - The sessions.
 * @param options - Time zone, and optionally the first day of the week (default Monday) and the counted statuses.
 * @returns The weeks with counted sessions, ascending.
 *
 * @example
 * ```ts
 * import { summarizeSchedule } from 'level-of-care';
 *
 * // 23:00–01:00 in Kolkata belongs to Sunday 2026-03-08, the day it starts; weeks start on Sunday here.
 * summarizeSchedule(
 *   [
 *     { start: '2026-03-08T23:00:00+05:30', end: '2026-03-09T01:00:00+05:30', service: 'individual' },
 *     { start: '2026-03-09T10:00:00+05:30', end: '2026-03-09T11:30:00+05:30', service: 'group', status: 'cancelled' },
 *   ],
 *   { timeZone: 'Asia/Kolkata', weekStartsOn: 0 },
 * );
 * //=> [{ weekStart: '2026-03-08', minutes: 120, hours: 2, days: 1, serviceDates: ['2026-03-08'],
 * //      byService: { individual: 120 }, sessions: 1, partial: false }]
 * ```
 *
 * @category Schedule
 */
export function summarizeSchedule(sessions: unknown, options: SummarizeScheduleOptions): Week[] {
  try {
    const settings = readSummaryOptions(options);
    const total = listLength(sessions, ['sessions'], 'sessions', LIMITS.maxSessions, 'maxSessions', []);
    if (settings === undefined || total === undefined) return [];
    const read = readSessions(sessions as readonly unknown[], total, settings.clock, settings.countStatuses, false);
    return buildWeeks(read, settings.weekStartsOn, undefined, []).map(toWeek);
  } catch {
    // A list of weeks has no room for an issue: input that cannot be read gives none.
    return [];
  }
}
