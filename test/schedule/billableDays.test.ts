import { describe, expect, it } from 'vitest';
import { POLICIES, billableDays, extendPolicy, type Session } from '../../src/index.js';
import { NEW_YORK, WEEK, deepFreeze, est } from './helpers.js';

describe('billableDays', () => {
  it('bills H0015 days of at least 180 minutes: 3 h yes, 2 h 59 min no', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.tue, '09:00', '11:59')];
    expect(billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 180, services: 1, billable: true },
      { date: '2026-03-03', minutes: 179, services: 1, billable: false },
    ]);
  });

  it('adds the sessions of a day: 2 h group + 1 h individual = 180 minutes is a billable H0015 day', () => {
    const sessions = [est(WEEK.mon, '09:00', '11:00'), est(WEEK.mon, '13:00', '14:00', 'individual')];
    expect(billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 180, services: 2, billable: true },
    ]);
  });

  it('puts Medicare PHP days in the 3-or-fewer or 4-or-more tier; 2 services are below the lowest PHP tier', () => {
    const hourly = (date: string, count: number): Session[] =>
      Array.from({ length: count }, (_, k) => est(date, `${String(9 + k).padStart(2, '0')}:00`, `${String(9 + k).padStart(2, '0')}:50`));
    const sessions = [...hourly(WEEK.mon, 2), ...hourly(WEEK.tue, 3), ...hourly(WEEK.wed, 4), ...hourly(WEEK.thu, 6)];
    expect(billableDays(sessions, { level: 'php', policy: POLICIES.medicare2024, timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 100, services: 2, billable: false },
      { date: '2026-03-03', minutes: 150, services: 3, billable: true, tier: '3-or-fewer-services' },
      { date: '2026-03-04', minutes: 200, services: 4, billable: true, tier: '4-or-more-services' },
      { date: '2026-03-05', minutes: 300, services: 6, billable: true, tier: '4-or-more-services' },
    ]);
  });

  it('bills every day with counted minutes when the policy has no billing rule for the level (POLICIES.general)', () => {
    const sessions = [est(WEEK.mon, '09:00', '09:30'), est(WEEK.wed, '09:00', '10:00')];
    expect(billableDays(sessions, { level: 'op', timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 30, services: 1, billable: true },
      { date: '2026-03-04', minutes: 60, services: 1, billable: true },
    ]);
    expect(billableDays(sessions, { level: 'op', policy: POLICIES.h0015, timeZone: NEW_YORK }).every((day) => day.billable)).toBe(true);
  });

  it('leaves out cancelled and no-show sessions, and days that only have those', () => {
    const sessions = [
      est(WEEK.mon, '09:00', '12:00'),
      est(WEEK.mon, '13:00', '14:00', 'group', 'cancelled'),
      est(WEEK.tue, '09:00', '12:00', 'group', 'no-show'),
    ];
    expect(billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 180, services: 1, billable: true },
    ]);
  });

  it('groups by local date: 23:30–02:30 in Kolkata on 03-02 is one 180-minute day, 03-02', () => {
    const sessions: Session[] = [{ start: '2026-03-02T18:00:00Z', end: '2026-03-02T21:00:00Z', service: 'group' }];
    expect(billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: 'Asia/Kolkata' })).toEqual([
      { date: '2026-03-02', minutes: 180, services: 1, billable: true },
    ]);
  });

  it('puts a day in the fitting tier with the most services when a custom policy has overlapping tiers', () => {
    // Tiers: 1+ services, 2–3 services, 3–3 services. A day fits every tier whose range holds its
    // count and takes the one with the highest minimum: 1 → 'any', 2 → 'two-three', 3 → 'three',
    // 4 → 'any' again (above both capped tiers).
    const policy = extendPolicy(POLICIES.general, {
      id: 'clinic-tiers',
      billing: {
        iop: {
          tiers: [
            { id: 'three', minServices: 3, maxServices: 3, sources: ['clinic-manual'] },
            { id: 'two-three', minServices: 2, maxServices: 3, sources: ['clinic-manual'] },
            { id: 'any', minServices: 1, sources: ['clinic-manual'] },
          ],
        },
      },
    });
    const hourly = (date: string, count: number): Session[] =>
      Array.from({ length: count }, (_, k) => est(date, `${String(9 + k).padStart(2, '0')}:00`, `${String(9 + k).padStart(2, '0')}:30`));
    const sessions = [...hourly(WEEK.mon, 1), ...hourly(WEEK.tue, 2), ...hourly(WEEK.wed, 3), ...hourly(WEEK.thu, 4)];
    expect(billableDays(sessions, { level: 'iop', policy, timeZone: NEW_YORK }).map((day) => [day.services, day.tier])).toEqual([
      [1, 'any'],
      [2, 'two-three'],
      [3, 'three'],
      [4, 'any'],
    ]);
  });

  it('lists the dates in ascending order whatever the order of the sessions', () => {
    const sessions = [est(WEEK.fri, '09:00', '12:00'), est(WEEK.mon, '09:00', '10:00'), est(WEEK.wed, '09:00', '11:00'), est(WEEK.mon, '13:00', '14:00')];
    expect(billableDays(sessions, { level: 'iop', policy: POLICIES.h0015, timeZone: NEW_YORK })).toEqual([
      { date: '2026-03-02', minutes: 120, services: 2, billable: false },
      { date: '2026-03-04', minutes: 120, services: 1, billable: false },
      { date: '2026-03-06', minutes: 180, services: 1, billable: true },
    ]);
  });

  it('never throws: bad sessions are left out and unusable options give []', () => {
    const good = est(WEEK.mon, '09:00', '12:00');
    expect(billableDays([null, 'x', good], { level: 'iop', timeZone: NEW_YORK })).toHaveLength(1);
    expect(billableDays({}, { level: 'iop', timeZone: NEW_YORK })).toEqual([]);
    expect(billableDays([good], { level: 'iop', timeZone: 'Nowhere/Land' })).toEqual([]);
    expect(billableDays([good], { level: 'nope', timeZone: NEW_YORK } as never)).toEqual([]);
    expect(billableDays([good], undefined as never)).toEqual([]);
  });

  it('does not mutate the caller’s sessions', () => {
    const sessions = deepFreeze([est(WEEK.mon, '09:00', '12:00'), est(WEEK.mon, '13:00', '14:00')]);
    const before = structuredClone(sessions);
    billableDays(sessions, { level: 'iop', policy: POLICIES.medicare2024, timeZone: NEW_YORK });
    expect(sessions).toEqual(before);
  });
});
