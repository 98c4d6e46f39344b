import { describe, expect, it } from 'vitest';
import { summarizeSchedule, validateSchedule, type Session } from '../../src/index.js';
import { NEW_YORK, WEEK, deepFreeze, est, weekdays } from './helpers.js';

const only = (sessions: Session[], timeZone: string, weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6) => {
  const weeks = summarizeSchedule(sessions, weekStartsOn === undefined ? { timeZone } : { timeZone, weekStartsOn });
  expect(weeks).toHaveLength(1);
  return weeks[0];
};

describe('summarizeSchedule', () => {
  it('returns the same weeks as validateSchedule', () => {
    const sessions = [...weekdays(4, '09:00', '12:30'), est('2026-03-10', '09:00', '10:00', 'individual')];
    expect(summarizeSchedule(sessions, { timeZone: NEW_YORK })).toEqual(
      validateSchedule(sessions, { level: 'iop', timeZone: NEW_YORK }).weeks,
    );
  });

  it('sums minutes per service: 2 × 3 h group + 1 h individual = 360 + 60 minutes', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.tue, '09:00', '12:00'), est(WEEK.tue, '13:00', '14:00', 'individual')];
    expect(only(sessions, NEW_YORK)).toEqual({
      weekStart: '2026-03-02',
      minutes: 420,
      hours: 7,
      days: 2,
      serviceDates: ['2026-03-02', '2026-03-03'],
      byService: { individual: 60, group: 360 },
      sessions: 3,
      partial: false,
    });
  });

  it('leaves out sessions that cannot be read and gives [] for unusable options, without throwing', () => {
    expect(summarizeSchedule([null, est(WEEK.mon, '09:00', '10:00')], { timeZone: NEW_YORK })[0]?.minutes).toBe(60);
    expect(summarizeSchedule(null, { timeZone: NEW_YORK })).toEqual([]);
    expect(summarizeSchedule([est(WEEK.mon, '09:00', '10:00')], { timeZone: 'Not/AZone' })).toEqual([]);
    expect(summarizeSchedule([est(WEEK.mon, '09:00', '10:00')], null as never)).toEqual([]);
    expect(summarizeSchedule([est(WEEK.mon, '09:00', '10:00')], { timeZone: NEW_YORK, weekStartsOn: 9 as never })).toEqual([]);
  });

  it('does not mutate the caller’s sessions', () => {
    const sessions = deepFreeze(weekdays(3, '09:00', '12:00'));
    const before = structuredClone(sessions);
    summarizeSchedule(sessions, { timeZone: NEW_YORK });
    expect(sessions).toEqual(before);
  });
});

describe('calendar days and weeks in the program’s time zone, durations as elapsed time', () => {
  it('counts 01:00 EST → 04:00 EDT on the New York spring-forward night (2026-03-08) as 2 h, not 3', () => {
    const week = only([{ start: '2026-03-08T01:00:00-05:00', end: '2026-03-08T04:00:00-04:00', service: 'group' }], NEW_YORK);
    expect(week).toMatchObject({ weekStart: '2026-03-02', minutes: 120, serviceDates: ['2026-03-08'] });
  });

  it('counts 01:00 EDT → 03:00 EST on the New York fall-back night (2026-11-01) as 3 h, not 2', () => {
    const week = only([{ start: '2026-11-01T01:00:00-04:00', end: '2026-11-01T03:00:00-05:00', service: 'group' }], NEW_YORK);
    expect(week).toMatchObject({ weekStart: '2026-10-26', minutes: 180, serviceDates: ['2026-11-01'] });
  });

  it('passes IOP in the fall-back week: 3 h + 3 h + 3 h elapsed (the Sunday one shows 01:00–03:00 on the wall) = 9 h', () => {
    const sessions: Session[] = [
      { start: '2026-10-26T09:00:00-04:00', end: '2026-10-26T12:00:00-04:00', service: 'group' },
      { start: '2026-10-28T09:00:00-04:00', end: '2026-10-28T12:00:00-04:00', service: 'group' },
      { start: '2026-11-01T01:00:00-04:00', end: '2026-11-01T03:00:00-05:00', service: 'group' },
    ];
    const result = validateSchedule(sessions, { level: 'iop', timeZone: NEW_YORK });
    expect(result.ok).toBe(true);
    expect(result.weeks[0]).toMatchObject({ weekStart: '2026-10-26', minutes: 540, hours: 9, days: 3 });
  });

  it('counts 00:30 GMT → 02:30 BST on the London spring-forward morning (2026-03-29) as 1 h', () => {
    const week = only([{ start: '2026-03-29T00:30:00+00:00', end: '2026-03-29T02:30:00+01:00', service: 'group' }], 'Europe/London');
    expect(week).toMatchObject({ weekStart: '2026-03-23', minutes: 60, serviceDates: ['2026-03-29'] });
  });

  it('puts 00:30 BST on 2026-10-25 (23:30 UTC the day before) on Sunday 10-25 in London and counts 00:30 BST → 01:30 GMT as 2 h', () => {
    const sessions: Session[] = [{ start: '2026-10-25T00:30:00+01:00', end: '2026-10-25T01:30:00+00:00', service: 'group' }];
    expect(only(sessions, 'Europe/London')).toMatchObject({ weekStart: '2026-10-19', minutes: 120, serviceDates: ['2026-10-25'] });
    expect(only(sessions, 'UTC')).toMatchObject({ weekStart: '2026-10-19', serviceDates: ['2026-10-24'] });
  });

  it('counts 01:30 AEDT → 02:30 AEST on the Sydney fall-back morning (2026-04-05) as 2 h, on Sunday 04-05 (UTC: Saturday 04-04)', () => {
    const sessions: Session[] = [{ start: '2026-04-05T01:30:00+11:00', end: '2026-04-05T02:30:00+10:00', service: 'group' }];
    expect(only(sessions, 'Australia/Sydney')).toMatchObject({ weekStart: '2026-03-30', minutes: 120, serviceDates: ['2026-04-05'] });
    expect(only(sessions, 'UTC')).toMatchObject({ serviceDates: ['2026-04-04'] });
  });

  it('counts 01:30 AEST → 03:30 AEDT on the Sydney spring-forward morning (2026-10-04) as 1 h', () => {
    const week = only([{ start: '2026-10-04T01:30:00+10:00', end: '2026-10-04T03:30:00+11:00', service: 'group' }], 'Australia/Sydney');
    expect(week).toMatchObject({ weekStart: '2026-09-28', minutes: 60, serviceDates: ['2026-10-04'] });
  });

  it('puts 20:00 UTC on Sunday 2026-03-01 on Monday 03-02 in Kolkata (+05:30 makes it 01:30), a different week than in UTC', () => {
    const sessions: Session[] = [{ start: '2026-03-01T20:00:00Z', end: '2026-03-01T21:30:00Z', service: 'individual' }];
    expect(only(sessions, 'Asia/Kolkata')).toMatchObject({ weekStart: '2026-03-02', minutes: 90, serviceDates: ['2026-03-02'] });
    expect(only(sessions, 'UTC')).toMatchObject({ weekStart: '2026-02-23', serviceDates: ['2026-03-01'] });
  });

  it('puts a session across midnight (Friday 22:00 → Saturday 02:00) wholly on the Friday it starts: 240 minutes', () => {
    const week = only([{ start: '2026-03-06T22:00:00-05:00', end: '2026-03-07T02:00:00-05:00', service: 'group' }], NEW_YORK);
    expect(week).toMatchObject({ minutes: 240, days: 1, serviceDates: ['2026-03-06'] });
  });

  it('keeps a Sunday-night session across midnight in the week it starts, not the next', () => {
    const week = only([{ start: '2026-03-08T22:00:00-04:00', end: '2026-03-09T01:00:00-04:00', service: 'group' }], NEW_YORK);
    expect(week).toMatchObject({ weekStart: '2026-03-02', minutes: 180, serviceDates: ['2026-03-08'] });
  });

  it('reads an instant the same whatever offset it is written with', () => {
    const utc = summarizeSchedule([{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T17:00:00Z', service: 'group' }], { timeZone: NEW_YORK });
    const offset = summarizeSchedule([{ start: '2026-03-02T19:30:00+05:30', end: '2026-03-02T22:30:00+05:30', service: 'group' }], {
      timeZone: NEW_YORK,
    });
    expect(offset).toEqual(utc);
  });
});
