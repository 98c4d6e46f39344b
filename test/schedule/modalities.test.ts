import { describe, expect, it } from 'vitest';
import { POLICIES, billableDays, extendPolicy, validateSchedule, type Session } from '../../src/index.js';
import { NEW_YORK, WEEK, deepFreeze, est } from './helpers.js';

const php = { level: 'php', timeZone: NEW_YORK } as const;
const medicare = { ...php, policy: POLICIES.medicare2024 } as const;

/** Five 4-hour PHP days, Monday to Friday: 20 h; the Wednesday session is by video. */
const phpWeekWithVideoDay = (): Session[] =>
  [WEEK.mon, WEEK.tue, WEEK.wed, WEEK.thu, WEEK.fri].map((date, day) => ({
    ...est(date, '09:00', '13:00'),
    id: `day-${day + 1}`,
    modality: day === 2 ? 'telehealth' : 'in-person',
  }));

describe('sessions that count by modality', () => {
  it('passes a 20 h PHP week with one telehealth day under the general policy, which counts both modalities', () => {
    const result = validateSchedule(phpWeekWithVideoDay(), php);
    expect(result.issues).toEqual([]);
    expect(result.weeks[0]).toMatchObject({ hours: 20, days: 5 });
  });

  it('fails the same week under Medicare: 4 in-person days × 4 h = 16 h < 20 h (no per diem for telehealth)', () => {
    const result = validateSchedule(phpWeekWithVideoDay(), medicare);
    expect(result.ok).toBe(false);
    expect(result.weeks[0]).toMatchObject({ hours: 16, minutes: 960, days: 4, sessions: 4 });
    expect(result.weeks[0]?.serviceDates).not.toContain(WEEK.wed);
    expect(result.issues).toEqual([
      {
        code: 'session_not_counted_modality',
        severity: 'info',
        message:
          'Session "day-3" (2026-03-04 09:00) is left out: it is telehealth, and medicare-2024 counts only in-person sessions toward php hours, days and services.',
        path: ['sessions', 2, 'modality'],
        ruleId: 'medicare-2024/php/adult/countsModalities',
        sources: ['cms-1786-fc'],
        expected: ['in-person'],
        received: 'telehealth',
      },
      expect.objectContaining({ code: 'week_hours_below_minimum', expected: 20, received: 16 }),
    ]);
  });

  it('counts a session without a modality as in person', () => {
    const sessions = phpWeekWithVideoDay().map(({ modality: _modality, ...session }) => session);
    expect(validateSchedule(sessions, medicare).ok).toBe(true);
  });

  it('reports an unknown modality as invalid_input at its path and counts the other sessions', () => {
    const sessions = [...phpWeekWithVideoDay(), { ...est(WEEK.sat, '09:00', '13:00'), modality: 'video' }];
    const result = validateSchedule(sessions, php);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path: ['sessions', 5, 'modality'] })]);
    expect(result.weeks[0]?.hours).toBe(20);
  });

  it('says nothing of a cancelled telehealth session, which would not count anyway', () => {
    const inPerson = phpWeekWithVideoDay().filter((session) => session.modality === 'in-person');
    const sessions = [...inPerson, { ...est(WEEK.sat, '09:00', '13:00', 'group', 'cancelled'), modality: 'telehealth' as const }];
    expect(validateSchedule(sessions, medicare).issues.map((issue) => issue.code)).toEqual(['week_hours_below_minimum']);
  });

  it('leaves telehealth out of Medicare IOP weeks too: 3 × 3 h with one by video is 6 h < 9 h', () => {
    const sessions: Session[] = [WEEK.mon, WEEK.wed, WEEK.fri].map((date, day) => ({
      ...est(date, '09:00', '12:00'),
      modality: day === 0 ? 'telehealth' : 'in-person',
    }));
    const result = validateSchedule(sessions, { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.medicare2024 });
    expect(result.issues.map((issue) => [issue.code, issue.received])).toEqual([
      ['session_not_counted_modality', 'telehealth'],
      ['week_hours_below_minimum', 6],
    ]);
  });

  it('counts telehealth again when a program extends the policy (a state Medicaid rule)', () => {
    const both = extendPolicy(POLICIES.medicare2024, {
      id: 'medicaid-php',
      requirements: { php: { adult: { countsModalities: { value: ['in-person', 'telehealth'], sources: ['state-manual'] } } } },
    });
    expect(validateSchedule(phpWeekWithVideoDay(), { ...php, policy: both }).issues).toEqual([]);
  });

  it('counts only telehealth when a policy says so, reading an absent modality as in person', () => {
    const remote = extendPolicy(POLICIES.general, {
      id: 'remote-only',
      requirements: { op: { adult: { countsModalities: { value: ['telehealth'], sources: ['program-manual'] } } } },
    });
    const result = validateSchedule([est(WEEK.mon, '09:00', '10:00')], { level: 'op', timeZone: NEW_YORK, policy: remote });
    expect(result.issues.map((issue) => [issue.code, issue.received])).toEqual([
      ['session_not_counted_modality', 'in-person'],
      ['schedule_empty', 0],
    ]);
  });

  it('does not change the sessions, frozen, and answers them as the same week unfrozen: 16 h over 4 days', () => {
    const sessions = deepFreeze(phpWeekWithVideoDay());
    const before = structuredClone(sessions);
    const result = validateSchedule(sessions, medicare);
    expect(sessions).toEqual(before);
    expect(result.weeks[0]).toMatchObject({ hours: 16, days: 4, sessions: 4 });
    expect(result).toEqual(validateSchedule(phpWeekWithVideoDay(), medicare));
  });
});

describe('billableDays by modality', () => {
  it('bills no Medicare PHP day for telehealth sessions and counts the in-person services of a mixed day', () => {
    const sessions: Session[] = [
      { ...est(WEEK.mon, '09:00', '10:00'), modality: 'telehealth' },
      { ...est(WEEK.mon, '10:00', '11:00'), modality: 'telehealth' },
      { ...est(WEEK.mon, '11:00', '12:00'), modality: 'telehealth' },
      { ...est(WEEK.tue, '09:00', '10:00'), modality: 'telehealth' },
      ...[9, 10, 11].map((hour) => est(WEEK.tue, `${hour + 1}:00`, `${hour + 2}:00`)),
    ];
    expect(billableDays(sessions, medicare)).toEqual([
      { date: WEEK.tue, minutes: 180, services: 3, billable: true, tier: '3-or-fewer-services' },
    ]);
    expect(billableDays(sessions, { ...php, policy: POLICIES.general }).map((day) => day.services)).toEqual([3, 4]);
  });

  it('flags an IOP day of 2 services as billable in the lower tier on unverified grounds', () => {
    const sessions = [est(WEEK.mon, '09:00', '10:30'), est(WEEK.mon, '11:00', '12:30')];
    expect(billableDays(sessions, { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.medicare2024 })).toEqual([
      { date: WEEK.mon, minutes: 180, services: 2, billable: true, tier: '3-or-fewer-services', verified: false },
    ]);
  });
});
