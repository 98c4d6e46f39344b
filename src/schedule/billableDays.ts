import { listLength } from '../issues/boundary.js';
import { LIMITS } from '../issues/limits.js';
import { dayNumberToDate } from '../_lib/dayNumber.js';
import { effectiveDays, inEffect } from '../policies/effectiveDays.js';
import { requirementsFor } from '../policies/requirementsFor.js';
import type { PerDiemTier } from '../policies/types.js';
import { modalityFilter } from './modalityFilter.js';
import { readBillingOptions } from './readOptions.js';
import { readSessions } from './readSessions.js';
import type { BillableDay, BillableDaysOptions } from './types.js';

const MINUTE_MS = 60_000;

function tierFor(tiers: readonly PerDiemTier[], services: number): PerDiemTier | undefined {
  let best: PerDiemTier | undefined;
  for (const tier of tiers) {
    const fits = services >= tier.minServices && (tier.maxServices === undefined || services <= tier.maxServices);
    if (fits && (best === undefined || tier.minServices > best.minServices)) best = tier;
  }
  return best;
}

/**
 * Lists each local date with counted sessions and whether it is billable at a level under the
 * policy's `billing` entry for that level: a day needs the entry's `minMinutes` of services when it
 * has one (H0015: 180 minutes), and falls in a per-diem tier by its number of services when the
 * entry has tiers (Medicare: 3 services or fewer, or 4 or more); a day below the lowest tier is not
 * billable, and a tier marked unverified shows as `verified: false` (Medicare intensive outpatient
 * days of 1 or 2 services). `services` is the number of counted sessions that start on the date.
 * With no billing entry for the level (as in {@link BuiltInPolicies.general | POLICIES.general}),
 * every day with counted minutes is billable. A date outside the dates of service the policy governs
 * is not billable under it. Sessions are counted as {@link validateSchedule} counts them for the
 * level's adult requirements: sessions that cannot be read, of a status that does not count or of a
 * modality the level does not count (telehealth under `POLICIES.medicare2024`) are left out, and
 * unusable options (an unknown time zone) give an empty list; use {@link validateSchedule} to see
 * why. Nothing is thrown.
 *
 * @param sessions - The sessions.
 * @param options - Level, time zone, and optionally the policy (default `POLICIES.general`) and counted statuses.
 * @returns One entry per local date with counted sessions, ascending.
 *
 * @example
 * ```ts
 * import { POLICIES, billableDays } from 'level-of-care';
 *
 * const sessions = [
 *   { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
 *   { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T11:00:00-05:00', service: 'group' },
 * ] as const;
 * // H0015 needs 180 minutes on the day: 3 h passes, 2 h does not.
 * billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: 'America/New_York' });
 * //=> [{ date: '2026-03-02', minutes: 180, services: 1, billable: true },
 * //    { date: '2026-03-03', minutes: 120, services: 1, billable: false }]
 * ```
 *
 * @category Schedule
 */
export function billableDays(sessions: unknown, options: BillableDaysOptions): BillableDay[] {
  try {
    return billable(sessions, options);
  } catch {
    // A list of days has no room for an issue: input that cannot be read gives none.
    return [];
  }
}

function billable(sessions: unknown, options: unknown): BillableDay[] {
  const settings = readBillingOptions(options);
  const total = listLength(sessions, ['sessions'], 'sessions', LIMITS.maxSessions, 'maxSessions', []);
  if (settings === undefined || total === undefined) return [];
  const { policy, level } = settings;
  const modalities = modalityFilter(requirementsFor(policy, level), policy, level, `${policy.id}/${level}/adult`);
  const read = readSessions(sessions as readonly unknown[], total, settings.clock, settings.countStatuses, false, modalities);
  const billing = policy.billing?.[level];
  const governed = effectiveDays(policy);
  const result: BillableDay[] = [];
  for (const day of Array.from(read.days.values()).sort((a, b) => a.day - b.day)) {
    const minutes = day.ms / MINUTE_MS;
    let billable = day.ms > 0 && inEffect(governed, day.day);
    let tier: PerDiemTier | undefined;
    if (billing?.minMinutes !== undefined && day.ms < billing.minMinutes.value * MINUTE_MS) billable = false;
    if (billing?.tiers !== undefined) {
      tier = tierFor(billing.tiers, day.sessions);
      if (tier === undefined) billable = false;
    }
    const entry: BillableDay =
      billable && tier !== undefined
        ? { date: dayNumberToDate(day.day), minutes, services: day.sessions, billable, tier: tier.id, ...(tier.verified === false ? { verified: false } : {}) }
        : { date: dayNumberToDate(day.day), minutes, services: day.sessions, billable };
    result.push(entry);
  }
  return result;
}
