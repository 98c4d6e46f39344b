import { type DayNumber, dayNumberToDate, weekStartOf } from '../_lib/dayNumber.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import type { DayTotals } from './readSessions.js';
import type { StayDays } from './readOptions.js';
import type { Week } from './types.js';

/** One calendar week with its days, before it is turned into a public {@link Week}. */
export interface WeekTotals {
  readonly weekStart: DayNumber;
  /** The counted days of the week, ascending. */
  readonly days: DayTotals[];
  /** Days of the week inside the stay (7 without a stay). */
  daysInStay: number;
}

const DAYS_PER_WEEK = 7;

/**
 * Groups day totals into calendar weeks, ascending. With a stay, every week from the one holding
 * its first day to the one holding its last (or the last counted day, for an open stay) is listed,
 * empty or not, and `daysInStay` says how much of each week the stay covers.
 */
export function buildWeeks(
  days: ReadonlyMap<DayNumber, DayTotals>,
  weekStartsOn: number,
  stay?: StayDays,
): WeekTotals[] {
  const sortedDays = Array.from(days.keys()).sort((a, b) => a - b);
  const weeks = new Map<DayNumber, WeekTotals>();
  for (const day of sortedDays) {
    const weekStart = weekStartOf(day, weekStartsOn);
    let week = weeks.get(weekStart);
    if (week === undefined) {
      week = { weekStart, days: [], daysInStay: DAYS_PER_WEEK };
      weeks.set(weekStart, week);
    }
    const totals = days.get(day);
    if (totals !== undefined) week.days.push(totals);
  }
  if (stay !== undefined) {
    const lastCounted = sortedDays.length === 0 ? stay.first : (sortedDays[sortedDays.length - 1] ?? stay.first);
    const lastDay = stay.last ?? Math.max(stay.first, lastCounted);
    for (let weekStart = weekStartOf(stay.first, weekStartsOn); weekStart <= lastDay; weekStart += DAYS_PER_WEEK) {
      if (!weeks.has(weekStart)) weeks.set(weekStart, { weekStart, days: [], daysInStay: DAYS_PER_WEEK });
    }
    for (const week of weeks.values()) {
      const from = Math.max(week.weekStart, stay.first);
      const to = Math.min(week.weekStart + DAYS_PER_WEEK - 1, stay.last ?? Number.POSITIVE_INFINITY);
      week.daysInStay = Math.max(0, to - from + 1);
    }
  }
  return Array.from(weeks.values()).sort((a, b) => a.weekStart - b.weekStart);
}

/** Milliseconds as hours rounded once to 2 decimals. */
function hoursOf(ms: number): number {
  return Math.round(ms / 36_000) / 100;
}

/**
 * Hours for the message of a failed bound: 2 decimals like {@link hoursOf}, but rounded away from the
 * bound, so a week of 539.75 minutes under a 9 h minimum reads 8.99 h, never "9 h, at least 9 h".
 */
export function hoursShown(ms: number, failed: 'below' | 'above'): number {
  return (failed === 'below' ? Math.floor(ms / 36_000) : Math.ceil(ms / 36_000)) / 100;
}

/** Turns week totals into the public {@link Week}. */
export function toWeek(week: WeekTotals): Week {
  let ms = 0;
  let sessions = 0;
  const serviceMs = new Array<number>(SERVICE_TYPES.length).fill(0);
  const serviceDates: string[] = [];
  for (const day of week.days) {
    ms += day.ms;
    sessions += day.sessions;
    serviceDates.push(dayNumberToDate(day.day));
    for (let s = 0; s < SERVICE_TYPES.length; s++) serviceMs[s] = (serviceMs[s] ?? 0) + (day.serviceMs[s] ?? 0);
  }
  // Keys come only from the fixed service list, never from the caller's data.
  const byService: { [S in ServiceType]?: number } = {};
  SERVICE_TYPES.forEach((service, s) => {
    const value = serviceMs[s] ?? 0;
    if (value > 0) byService[service] = value / 60_000;
  });
  return {
    weekStart: dayNumberToDate(week.weekStart),
    minutes: ms / 60_000,
    hours: hoursOf(ms),
    days: week.days.length,
    serviceDates,
    byService,
    sessions,
    partial: week.daysInStay < DAYS_PER_WEEK,
  };
}
