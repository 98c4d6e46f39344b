import { type DayNumber, dayNumberFromCivil, dayNumberToDate, weekStartOf } from '../_lib/dayNumber.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import type { DayTotals, SessionsRead } from './readSessions.js';
import type { StayDays } from './readOptions.js';
import type { Week } from './types.js';

/** One calendar week with its days, before it is turned into a public {@link Week}. */
export interface WeekTotals {
  readonly weekStart: DayNumber;
  /** The counted days of the week, ascending. */
  readonly days: DayTotals[];
  /** Days of the week inside the stay (7 without a stay). */
  daysInStay: number;
  /** Milliseconds per service, indexed like `SERVICE_TYPES`. */
  readonly serviceMs: number[];
  /** Sessions per service, indexed like `SERVICE_TYPES`. */
  readonly serviceSessions: number[];
}

const DAYS_PER_WEEK = 7;
// Dates are written in the years 0001–9999 only; 0001-01-01 was a Monday (proleptic Gregorian).
const FIRST_DAY = dayNumberFromCivil(1, 1, 1);

const emptyWeek = (weekStart: DayNumber): WeekTotals => ({
  weekStart,
  days: [],
  daysInStay: DAYS_PER_WEEK,
  serviceMs: new Array<number>(SERVICE_TYPES.length).fill(0),
  serviceSessions: new Array<number>(SERVICE_TYPES.length).fill(0),
});

/**
 * Groups the counted sessions into calendar weeks, ascending. With a stay, every week from the one
 * holding its first day to the one holding its last (or the last counted day, for an open stay) is
 * listed, empty or not, and `daysInStay` says how much of each week the stay covers. A week that
 * would start before 0001-01-01 cannot be written as a date: then no week is built and an
 * `invalid_input` issue at `options.weekStartsOn` goes to `issues`.
 */
export function buildWeeks(read: SessionsRead, weekStartsOn: number, stay: StayDays | undefined, issues: Issue[]): WeekTotals[] {
  const sortedDays = Array.from(read.days.values()).sort((a, b) => a.day - b.day);
  const earliest = Math.min(sortedDays[0]?.day ?? Number.POSITIVE_INFINITY, stay?.first ?? Number.POSITIVE_INFINITY);
  if (Number.isFinite(earliest) && weekStartOf(earliest, weekStartsOn) < FIRST_DAY) {
    const detail = `options.weekStartsOn: the week holding ${dayNumberToDate(earliest)} would start before 0001-01-01, the first date written; no week was built (0001-01-01 was a Monday: weekStartsOn 1 starts a week on it).`;
    issues.push(invalidInput(detail, { path: ['options', 'weekStartsOn'], received: weekStartsOn }));
    return [];
  }
  const weeks = new Map<DayNumber, WeekTotals>();
  let week: WeekTotals | undefined;
  for (const day of sortedDays) {
    const weekStart = weekStartOf(day.day, weekStartsOn);
    if (week?.weekStart !== weekStart) {
      week = emptyWeek(weekStart);
      weeks.set(weekStart, week);
    }
    week.days.push(day);
  }
  // Services are totalled per week, the only place they are checked and shown, so a long history
  // keeps three numbers per day rather than two arrays.
  for (let k = 0; k < read.counted; k++) {
    const weekStart = weekStartOf(read.day[k] ?? 0, weekStartsOn);
    if (week?.weekStart !== weekStart) week = weeks.get(weekStart);
    if (week === undefined) continue;
    const s = read.service[k] ?? 0;
    week.serviceMs[s] = (week.serviceMs[s] ?? 0) + (read.end[k] ?? 0) - (read.start[k] ?? 0);
    week.serviceSessions[s] = (week.serviceSessions[s] ?? 0) + 1;
  }
  if (stay !== undefined) {
    const lastDay = stay.last ?? Math.max(stay.first, sortedDays[sortedDays.length - 1]?.day ?? stay.first);
    for (let weekStart = weekStartOf(stay.first, weekStartsOn); weekStart <= lastDay; weekStart += DAYS_PER_WEEK) {
      if (!weeks.has(weekStart)) weeks.set(weekStart, emptyWeek(weekStart));
    }
    for (const each of weeks.values()) {
      const from = Math.max(each.weekStart, stay.first);
      const to = Math.min(each.weekStart + DAYS_PER_WEEK - 1, stay.last ?? Number.POSITIVE_INFINITY);
      each.daysInStay = Math.max(0, to - from + 1);
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
  const serviceDates: string[] = [];
  for (const day of week.days) {
    ms += day.ms;
    sessions += day.sessions;
    serviceDates.push(dayNumberToDate(day.day));
  }
  // Keys come only from the fixed service list, never from the caller's data.
  const byService: { [S in ServiceType]?: number } = {};
  for (let s = 0; s < SERVICE_TYPES.length; s++) {
    const value = week.serviceMs[s] ?? 0;
    if (value > 0) byService[SERVICE_TYPES[s] as ServiceType] = value / 60_000;
  }
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
