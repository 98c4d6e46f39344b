import type { ServiceType, Session, SessionStatus } from '../../src/index.js';

/** The week of Monday 2026-03-02 to Sunday 2026-03-08; New York is on EST (-05:00) until 02:00 on the 8th. */
export const WEEK = {
  mon: '2026-03-02',
  tue: '2026-03-03',
  wed: '2026-03-04',
  thu: '2026-03-05',
  fri: '2026-03-06',
  sat: '2026-03-07',
} as const;

export const NEW_YORK = 'America/New_York';

/** A session on a New York date in EST, from and to as `HH:mm`. */
export function est(
  date: string,
  from: string,
  to: string,
  service: ServiceType = 'group',
  status?: SessionStatus,
): Session {
  const session: Session = { start: `${date}T${from}:00-05:00`, end: `${date}T${to}:00-05:00`, service };
  return status === undefined ? session : { ...session, status };
}

/** `count` sessions of `from`–`to` on the first `count` weekdays of the week of 2026-03-02. */
export function weekdays(count: number, from: string, to: string, service: ServiceType = 'group'): Session[] {
  const dates = [WEEK.mon, WEEK.tue, WEEK.wed, WEEK.thu, WEEK.fri, WEEK.sat];
  return dates.slice(0, count).map((date) => est(date, from, to, service));
}

/** Freezes an array of plain objects deeply enough to catch a mutation. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
