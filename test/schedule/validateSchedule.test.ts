import { describe, expect, it } from 'vitest';
import { POLICIES, extendPolicy, summarizeSchedule, validateSchedule, type Issue, type Session } from '../../src/index.js';
import { NEW_YORK, WEEK, deepFreeze, est, weekdays } from './helpers.js';

const codes = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.code);
const iop = { level: 'iop', timeZone: NEW_YORK } as const;

describe('validateSchedule: intensive outpatient under POLICIES.general (adult ≥ 9 h and < 20 h, 3–5 days)', () => {
  it('passes 3 days × 3 h = 9 h (the inclusive minimum)', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), iop);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.weeks).toEqual([
      {
        weekStart: '2026-03-02',
        minutes: 540,
        hours: 9,
        days: 3,
        serviceDates: ['2026-03-02', '2026-03-03', '2026-03-04'],
        byService: { group: 540 },
        sessions: 3,
        partial: false,
      },
    ]);
  });

  it('fails 3 days × 2 h 55 min = 525 min = 8.75 h with week_hours_below_minimum', () => {
    const result = validateSchedule(weekdays(3, '09:00', '11:55'), iop);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'week_hours_below_minimum',
        severity: 'error',
        message: 'Week of 2026-03-02 has 8.75 h of iop services; the policy requires at least 9 h.',
        path: ['weeks', '2026-03-02'],
        ruleId: 'general/iop/adult/hoursPerWeek.min',
        sources: ['samhsa-tip-47-advisory', 'kansas-r03-704', 'encore-os-scheduling'],
        expected: 9,
        received: 8.75,
      },
    ]);
  });

  it('passes 3 days × 6.5 h = 19.5 h (below the exclusive 20 h maximum)', () => {
    const result = validateSchedule(weekdays(3, '09:00', '15:30'), iop);
    expect(result.ok).toBe(true);
    expect(result.weeks[0]?.hours).toBe(19.5);
  });

  it('fails 5 days × 4 h = 20 h: the 20 h maximum is exclusive', () => {
    const result = validateSchedule(weekdays(5, '09:00', '13:00'), iop);
    expect(codes(result.issues)).toEqual(['week_hours_above_maximum']);
    expect(result.issues[0]).toMatchObject({
      message: 'Week of 2026-03-02 has 20 h of iop services; the policy allows fewer than 20 h.',
      ruleId: 'general/iop/adult/hoursPerWeek.max',
      expected: 20,
      received: 20,
    });
  });

  it('fails 2 days × 5 h = 10 h with week_days_below_minimum (2 < 3 days)', () => {
    const result = validateSchedule(weekdays(2, '09:00', '14:00'), iop);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'week_days_below_minimum',
        message: 'Week of 2026-03-02 has 2 service days of iop; the policy requires at least 3.',
        ruleId: 'general/iop/adult/daysPerWeek.min',
        expected: 3,
        received: 2,
      }),
    ]);
  });

  it('fails 6 days × 2 h = 12 h with week_days_above_maximum (6 > 5 days)', () => {
    const result = validateSchedule(weekdays(6, '09:00', '11:00'), iop);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'week_days_above_maximum',
        message: 'Week of 2026-03-02 has 6 service days of iop; the policy allows at most 5.',
        ruleId: 'general/iop/adult/daysPerWeek.max',
        expected: 5,
        received: 6,
      }),
    ]);
  });

  it('reports every failed bound of a week: 2 days × 2 h = 4 h misses hours and days', () => {
    expect(codes(validateSchedule(weekdays(2, '09:00', '11:00'), iop).issues)).toEqual([
      'week_hours_below_minimum',
      'week_days_below_minimum',
    ]);
  });
});

describe('validateSchedule: adolescents', () => {
  it('passes adolescent IOP at 3 days × 2 h = 6 h (adolescent minimum 6 h), which fails for adults (< 9 h)', () => {
    const sessions = weekdays(3, '09:00', '11:00');
    expect(validateSchedule(sessions, { ...iop, population: 'adolescent' }).ok).toBe(true);
    const adult = validateSchedule(sessions, iop);
    expect(adult.issues[0]).toMatchObject({ code: 'week_hours_below_minimum', ruleId: 'general/iop/adult/hoursPerWeek.min' });
  });

  it('fails adolescent OP at 2 days × 3 h = 6 h (adolescent OP is fewer than 6 h), which adults pass (< 9 h)', () => {
    const sessions = weekdays(2, '09:00', '12:00');
    const adolescent = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK, population: 'adolescent' });
    expect(adolescent.issues).toEqual([
      expect.objectContaining({
        code: 'week_hours_above_maximum',
        ruleId: 'general/op/adolescent/hoursPerWeek.max',
        sources: ['il-dhs-sud-levels', 'mid-shore-glossary'],
        expected: 6,
        received: 6,
      }),
    ]);
    expect(validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK }).ok).toBe(true);
  });

  it('passes adolescent OP at 2 days × 2 h 45 min = 5.5 h', () => {
    const result = validateSchedule(weekdays(2, '09:00', '11:45'), { level: 'op', timeZone: NEW_YORK, population: 'adolescent' });
    expect(result.ok).toBe(true);
    expect(result.weeks[0]?.hours).toBe(5.5);
  });

  it('fails adult OP at 3 days × 3 h = 9 h (adult OP is fewer than 9 h)', () => {
    expect(codes(validateSchedule(weekdays(3, '09:00', '12:00'), { level: 'op', timeZone: NEW_YORK }).issues)).toEqual([
      'week_hours_above_maximum',
    ]);
  });

  it('uses the adult requirements where a policy states none for adolescents, under the adolescent rule id', () => {
    const result = validateSchedule(weekdays(4, '09:00', '14:00'), { level: 'php', timeZone: NEW_YORK, population: 'adolescent' });
    expect(result.issues[0]).toMatchObject({ code: 'week_days_below_minimum', ruleId: 'general/php/adolescent/daysPerWeek.min' });
  });
});

describe('validateSchedule: partial hospitalization and residential under POLICIES.general', () => {
  const php = { level: 'php', timeZone: NEW_YORK } as const;

  it('passes PHP at 5 days × 4 h = 20 h (≥ 20 h on ≥ 5 days)', () => {
    expect(validateSchedule(weekdays(5, '09:00', '13:00'), php).ok).toBe(true);
  });

  it('fails PHP at 4 days × 5 h = 20 h: enough hours, too few days (4 < 5)', () => {
    expect(codes(validateSchedule(weekdays(4, '09:00', '14:00'), php).issues)).toEqual(['week_days_below_minimum']);
  });

  it('fails PHP at 5 days × 3 h 54 min = 1170 min = 19.5 h', () => {
    const result = validateSchedule(weekdays(5, '09:00', '12:54'), php);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'week_hours_below_minimum', expected: 20, received: 19.5 })]);
  });

  it('fails low-intensity residential at 2 days × 2 h = 4 h (< 5 h of clinical services)', () => {
    const result = validateSchedule(weekdays(2, '09:00', '11:00'), { level: 'residential', timeZone: NEW_YORK });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'week_hours_below_minimum', ruleId: 'general/residential/adult/hoursPerWeek.min', sources: ['dc-22-a6334'] }),
    ]);
  });
});

describe('validateSchedule: POLICIES.medicare2024 (IOP ≥ 9 and < 20 h, PHP ≥ 20 h, no day counts)', () => {
  const medicare = { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.medicare2024 } as const;

  it('passes 3 days × 6.5 h = 19.5 h as intensive outpatient', () => {
    expect(validateSchedule(weekdays(3, '09:00', '15:30'), medicare).ok).toBe(true);
  });

  it('fails 4 days × 5 h = 20 h under the exclusive 20 h maximum', () => {
    const result = validateSchedule(weekdays(4, '09:00', '14:00'), medicare);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'week_hours_above_maximum',
        ruleId: 'medicare-2024/iop/adult/hoursPerWeek.max',
        sources: ['cms-1786-fc', 'chcs-medicare-iop', 'hancock-daniel-medicare-iop'],
      }),
    ]);
  });

  it('fails 2 days × 4 h 15 min = 8.5 h under the 9 h minimum', () => {
    const result = validateSchedule(weekdays(2, '09:00', '13:15'), medicare);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'week_hours_below_minimum', ruleId: 'medicare-2024/iop/adult/hoursPerWeek.min', received: 8.5 }),
    ]);
  });

  it('checks no day counts: 2 days × 5 h = 10 h passes Medicare but fails the general 3-day minimum', () => {
    const sessions = weekdays(2, '09:00', '14:00');
    expect(validateSchedule(sessions, medicare).ok).toBe(true);
    expect(codes(validateSchedule(sessions, iop).issues)).toEqual(['week_days_below_minimum']);
  });

  it('passes PHP at 4 days × 5 h = 20 h (Medicare states hours only)', () => {
    expect(validateSchedule(weekdays(4, '09:00', '14:00'), { ...medicare, level: 'php' }).ok).toBe(true);
  });
});

describe('validateSchedule: custom weekly hour bounds', () => {
  it('fails exactly 9 h under an exclusive 9 h minimum (3 days × 3 h) and passes 3 days × 3 h 20 min = 10 h', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'iop-more-than-9',
      requirements: { iop: { adult: { hoursPerWeek: { min: { value: 9, inclusive: false, sources: ['payer-contract'] } } } } },
    });
    const atBound = validateSchedule(weekdays(3, '09:00', '12:00'), { ...iop, policy });
    expect(atBound.issues).toEqual([
      expect.objectContaining({
        code: 'week_hours_below_minimum',
        message: 'Week of 2026-03-02 has 9 h of iop services; the policy requires more than 9 h.',
        ruleId: 'iop-more-than-9/iop/adult/hoursPerWeek.min',
        expected: 9,
        received: 9,
      }),
    ]);
    expect(validateSchedule(weekdays(3, '09:00', '12:20'), { ...iop, policy }).issues).toEqual([]);
  });

  it('passes exactly 20 h under an inclusive 20 h maximum (5 days × 4 h)', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'iop-at-most-20',
      requirements: { iop: { adult: { hoursPerWeek: { max: { value: 20, inclusive: true, sources: ['payer-contract'] } } } } },
    });
    const result = validateSchedule(weekdays(5, '09:00', '13:00'), { ...iop, policy });
    expect(result.issues).toEqual([]);
    expect(result.weeks[0]?.hours).toBe(20);
  });
});

describe('validateSchedule: POLICIES.h0015 (service days of ≥ 3 h, ≥ 3 such days a week)', () => {
  const h0015 = { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.h0015 } as const;

  it('passes 3 days × 3 h', () => {
    expect(validateSchedule(weekdays(3, '09:00', '12:00'), h0015).ok).toBe(true);
  });

  it('fails a fourth day of 2 h with day_hours_below_minimum, while 3 qualifying days still meet the days minimum', () => {
    const sessions = [...weekdays(3, '09:00', '12:00'), est(WEEK.thu, '09:00', '11:00')];
    const result = validateSchedule(sessions, h0015);
    expect(result.issues).toEqual([
      {
        code: 'day_hours_below_minimum',
        severity: 'error',
        message: '2026-03-05 has 2 h of iop services; each service day needs at least 3 h.',
        path: ['weeks', '2026-03-02', 'serviceDates', '2026-03-05'],
        ruleId: 'hcpcs-h0015/iop/adult/minHoursPerServiceDay',
        sources: ['hcpcs-level-ii'],
        expected: 3,
        received: 2,
      },
    ]);
  });

  it('counts only days of ≥ 3 h towards the 3 days: 2 × 3 h + 2 × 2.5 h is 2 qualifying days', () => {
    const sessions = [
      est(WEEK.mon, '09:00', '12:00'),
      est(WEEK.tue, '09:00', '12:00'),
      est(WEEK.wed, '09:00', '11:30'),
      est(WEEK.thu, '09:00', '11:30'),
    ];
    const result = validateSchedule(sessions, h0015);
    expect(codes(result.issues)).toEqual(['week_days_below_minimum', 'day_hours_below_minimum', 'day_hours_below_minimum']);
    expect(result.issues[0]).toMatchObject({
      message: 'Week of 2026-03-02 has 2 service days of iop with at least 3 h; the policy requires at least 3.',
      ruleId: 'hcpcs-h0015/iop/adult/daysPerWeek.min',
      expected: 3,
      received: 2,
    });
    expect(result.weeks[0]?.days).toBe(4);
  });

  it('adds up several sessions on one day: 2 h + 1 h = 3 h qualifies', () => {
    const sessions = [
      est(WEEK.mon, '09:00', '11:00'),
      est(WEEK.mon, '13:00', '14:00', 'individual'),
      est(WEEK.tue, '09:00', '12:00'),
      est(WEEK.wed, '09:00', '12:00'),
    ];
    expect(validateSchedule(sessions, h0015).ok).toBe(true);
  });

  it('never rounds a short day onto the 3 h bound: 2 h 59 min 55 s = 2.9986 h reads 2.99 h', () => {
    const sessions = [
      ...weekdays(3, '09:00', '12:00'),
      { start: `${WEEK.thu}T09:00:00-05:00`, end: `${WEEK.thu}T11:59:55-05:00`, service: 'group' as const },
    ];
    const result = validateSchedule(sessions, h0015);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'day_hours_below_minimum',
        message: '2026-03-05 has 2.99 h of iop services; each service day needs at least 3 h.',
        received: 2.99,
      }),
    ]);
  });

  it('states no weekly hours: 3 days × 8 h = 24 h passes H0015 but fails the general < 20 h', () => {
    const sessions = weekdays(3, '09:00', '17:00');
    expect(validateSchedule(sessions, h0015).ok).toBe(true);
    expect(codes(validateSchedule(sessions, iop).issues)).toEqual(['week_hours_above_maximum']);
  });
});

describe('validateSchedule: session length', () => {
  const aftercare = { level: 'aftercare', timeZone: NEW_YORK } as const;

  it('warns about a 9 h = 540-minute session over the general 480-minute cap, without failing', () => {
    const result = validateSchedule([{ ...est(WEEK.mon, '08:00', '17:00'), id: 'long-1' }], aftercare);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      {
        code: 'session_too_long',
        severity: 'warning',
        message: 'Session "long-1" (2026-03-02 08:00) lasts 540 minutes, longer than the 480-minute maximum.',
        path: ['sessions', 0],
        ruleId: 'general/aftercare/adult/sessionMinutes.max',
        sources: ['level-of-care-design'],
        expected: 480,
        received: 540,
      },
    ]);
  });

  it('names each long session by its id, or by its place counted from 1 when the id is empty, with its local start; an id over 40 characters is cut', () => {
    const long = (date: string, id: string) => ({ ...est(date, '08:00', '17:00'), id });
    const sessions = [est(WEEK.mon, '09:00', '10:00'), long(WEEK.tue, ''), long(WEEK.wed, 'a'.repeat(40)), long(WEEK.thu, 'b'.repeat(41))];
    const result = validateSchedule(sessions, aftercare);
    expect(result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      // The path keeps the 0-based index; the message counts from 1.
      [['sessions', 1], 'Session 2 (2026-03-03 08:00) lasts 540 minutes, longer than the 480-minute maximum.'],
      [['sessions', 2], `Session "${'a'.repeat(40)}" (2026-03-04 08:00) lasts 540 minutes, longer than the 480-minute maximum.`],
      [['sessions', 3], `Session "${'b'.repeat(40)}…" (2026-03-05 08:00) lasts 540 minutes, longer than the 480-minute maximum.`],
    ]);
  });

  it('allows exactly 480 minutes', () => {
    expect(validateSchedule([est(WEEK.mon, '08:00', '16:00')], aftercare).issues).toEqual([]);
  });

  it('warns about a 10-minute session under a program minimum of 15 minutes', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'clinic',
      requirements: { aftercare: { adult: { sessionMinutes: { min: { value: 15, sources: ['clinic-manual'] } } } } },
    });
    const result = validateSchedule([est(WEEK.mon, '09:00', '09:10'), est(WEEK.tue, '09:00', '09:15')], { ...aftercare, policy });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'session_too_short',
        severity: 'warning',
        message: 'Session 1 (2026-03-02 09:00) lasts 10 minutes, shorter than the 15-minute minimum.',
        path: ['sessions', 0],
        ruleId: 'clinic/aftercare/adult/sessionMinutes.min',
        sources: ['clinic-manual'],
        expected: 15,
        received: 10,
      }),
    ]);
  });

  it('checks a minimum session length under a policy that states no maximum (H0015 has no session cap)', () => {
    const policy = extendPolicy(POLICIES.h0015, {
      id: 'h0015-clinic',
      requirements: { iop: { adult: { sessionMinutes: { min: { value: 30, sources: ['clinic-manual'] } } } } },
    });
    // 3 days × 3 h, plus a 20-minute session on Monday afternoon (Monday: 3 h 20 min).
    const sessions = [...weekdays(3, '09:00', '12:00'), est(WEEK.mon, '13:00', '13:20', 'individual')];
    const result = validateSchedule(sessions, { ...iop, policy });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'session_too_short', path: ['sessions', 3], expected: 30, received: 20 }),
    ]);
  });
});

describe('validateSchedule: required services', () => {
  const policy = extendPolicy(POLICIES.general, {
    id: 'clinic-iop',
    requirements: {
      iop: { adult: { requiredServicesPerWeek: [{ service: 'individual', minSessions: 1, sources: ['clinic-manual'] }] } },
    },
  });

  it('fails a week of 3 group sessions when one individual session a week is required', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), { ...iop, policy });
    expect(result.issues).toEqual([
      {
        code: 'week_missing_required_service',
        severity: 'error',
        message: 'Week of 2026-03-02 has 0 individual sessions; the policy requires at least 1.',
        path: ['weeks', '2026-03-02'],
        ruleId: 'clinic-iop/iop/adult/requiredServicesPerWeek.individual',
        sources: ['clinic-manual'],
        expected: 1,
        received: 0,
      },
    ]);
  });

  it('counts every session of a service on one day: two individual sessions on Monday meet a 2-session minimum', () => {
    const twice = extendPolicy(POLICIES.general, {
      id: 'clinic-iop-2',
      requirements: {
        iop: { adult: { requiredServicesPerWeek: [{ service: 'individual', minSessions: 2, sources: ['clinic-manual'] }] } },
      },
    });
    const sessions = [
      ...weekdays(3, '09:00', '12:00'),
      est(WEEK.mon, '13:00', '14:00', 'individual'),
      est(WEEK.mon, '15:00', '16:00', 'individual'),
    ];
    const result = validateSchedule(sessions, { ...iop, policy: twice });
    expect(result.issues).toEqual([]);
    expect(result.weeks[0]?.byService).toEqual({ individual: 120, group: 540 });
  });

  it('does not hold a week cut by the stay to the required services', () => {
    // The stay starts on Thursday 2026-03-05: 4 days of the week, two group sessions, no individual one.
    const sessions = [est(WEEK.thu, '09:00', '12:00'), est(WEEK.fri, '09:00', '12:00')];
    const result = validateSchedule(sessions, { ...iop, policy, stay: { start: WEEK.thu, end: '2026-03-08' } });
    expect(codes(result.issues)).toEqual(['week_partial']);
  });

  it('passes when one of the three sessions is individual', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.wed, '09:00', '12:00', 'individual'), est(WEEK.fri, '09:00', '12:00')];
    const result = validateSchedule(sessions, { ...iop, policy });
    expect(result.ok).toBe(true);
    expect(result.weeks[0]?.byService).toEqual({ individual: 180, group: 360 });
  });
});

describe('validateSchedule: overlaps and inverted times', () => {
  it('fails two counted sessions that share 60 minutes (09:00–12:00 and 11:00–13:00)', () => {
    const sessions = [{ ...est(WEEK.mon, '09:00', '12:00'), id: 'a' }, { ...est(WEEK.mon, '11:00', '13:00', 'individual'), id: 'b' }];
    const result = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK });
    expect(result.issues).toEqual([
      {
        code: 'session_overlap',
        severity: 'error',
        message: 'Session "b" (2026-03-02 11:00) overlaps session "a" (2026-03-02 09:00) by 60 minutes.',
        path: ['sessions', 1],
        ruleId: 'schedule/sessions-do-not-overlap',
        sources: ['level-of-care-design'],
        expected: 0,
        received: 60,
      },
    ]);
    // Both still count: 3 h + 2 h = 5 h.
    expect(result.weeks[0]?.minutes).toBe(300);
  });

  it('finds the overlap in unordered input and reports the later-starting session', () => {
    const sessions = [est(WEEK.mon, '11:00', '13:00'), est(WEEK.tue, '09:00', '10:00'), est(WEEK.mon, '09:00', '12:00')];
    const result = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'session_overlap', path: ['sessions', 0], received: 60 })]);
    expect(result.issues[0]?.message).toBe('Session 1 (2026-03-02 11:00) overlaps session 3 (2026-03-02 09:00) by 60 minutes.');
  });

  it('compares with the first-starting of sessions that end together: 10:00–12:00 and 11:00–12:00 both overlap 09:00–12:00', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.mon, '10:00', '12:00'), est(WEEK.mon, '11:00', '12:00')];
    const result = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Session 2 (2026-03-02 10:00) overlaps session 1 (2026-03-02 09:00) by 120 minutes.',
      'Session 3 (2026-03-02 11:00) overlaps session 1 (2026-03-02 09:00) by 60 minutes.',
    ]);
  });

  it('does not treat sessions that only touch (12:00 end, 12:00 start) as overlapping', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.mon, '12:00', '13:00')];
    expect(validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK }).issues).toEqual([]);
  });

  it('ignores an overlap with a cancelled session', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00'), est(WEEK.mon, '11:00', '13:00', 'group', 'cancelled')];
    expect(validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK }).issues).toEqual([]);
  });

  it('fails a session that ends before it starts (12:00 → 09:00 is −180 minutes) and does not count it', () => {
    const result = validateSchedule([est(WEEK.mon, '12:00', '09:00'), est(WEEK.tue, '09:00', '10:00')], {
      level: 'op',
      timeZone: NEW_YORK,
    });
    expect(result.issues).toEqual([
      {
        code: 'session_end_before_start',
        severity: 'error',
        message: 'Session 1 (2026-03-02 12:00) ends at 2026-03-02 09:00, not after it starts.',
        path: ['sessions', 0, 'end'],
        expected: 'end after start',
        received: -180,
      },
    ]);
    expect(result.weeks[0]?.minutes).toBe(60);
  });

  it('writes Date bounds of an inverted session as local times of the schedule’s zone in its message', () => {
    const result = validateSchedule(
      [{ start: new Date('2026-03-02T17:00:00Z'), end: new Date('2026-03-02T14:00:00Z'), service: 'group' }],
      { level: 'op', timeZone: NEW_YORK },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'session_end_before_start',
        // 17:00Z and 14:00Z are 12:00 and 09:00 in New York (UTC−5).
        message: 'Session 1 (2026-03-02 12:00) ends at 2026-03-02 09:00, not after it starts.',
        received: -180,
      }),
    ]);
  });

  it('fails a session of zero length', () => {
    const result = validateSchedule([est(WEEK.mon, '09:00', '09:00')], { level: 'op', timeZone: NEW_YORK });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'session_end_before_start', received: 0 })]);
  });
});

describe('validateSchedule: statuses and empty schedules', () => {
  it('fails an empty array with schedule_empty', () => {
    const result = validateSchedule([], iop);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'schedule_empty',
          severity: 'error',
          message: 'The schedule has no sessions.',
          path: ['sessions'],
          expected: 1,
          received: 0,
        },
      ],
      weeks: [],
    });
  });

  it.each([
    ['not an object and a bad shape', [null, { ...est(WEEK.mon, '09:00', '12:00'), service: 'yoga' }]],
    ['not an object and an inverted session', [7, est(WEEK.mon, '12:00', '09:00')]],
    ['a bad shape and an inverted session', [{ ...est(WEEK.mon, '09:00', '12:00'), status: 'done' }, est(WEEK.mon, '12:00', '09:00')]],
  ])('does not call a schedule of 2 rejected sessions (%s) empty: each gets its own error', (_name, sessions) => {
    const result = validateSchedule(sessions, iop);
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).not.toContain('schedule_empty');
    expect(result.issues.map((issue) => issue.path[1])).toEqual([0, 1]);
  });

  it('fails a schedule whose 2 sessions are all cancelled or no-show', () => {
    const sessions = [est(WEEK.mon, '09:00', '12:00', 'group', 'cancelled'), est(WEEK.tue, '09:00', '12:00', 'group', 'no-show')];
    const result = validateSchedule(sessions, iop);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'schedule_empty',
        message: 'None of the 2 sessions counts (cancelled, no-show or excluded by status).',
      }),
    ]);
    expect(result.weeks).toEqual([]);
  });

  it('counts scheduled and attended sessions but not cancelled or no-show ones: 3 × 3 h = 9 h', () => {
    const sessions = [
      est(WEEK.mon, '09:00', '12:00', 'group', 'attended'),
      est(WEEK.tue, '09:00', '12:00'),
      est(WEEK.wed, '09:00', '12:00', 'group', 'scheduled'),
      est(WEEK.thu, '09:00', '12:00', 'group', 'cancelled'),
      est(WEEK.fri, '09:00', '12:00', 'group', 'no-show'),
    ];
    const result = validateSchedule(sessions, iop);
    expect(result.ok).toBe(true);
    expect(result.weeks[0]).toMatchObject({ minutes: 540, days: 3, sessions: 3 });
  });

  it('follows countStatuses: counting no-shows too gives 4 × 3 h = 12 h on 4 days', () => {
    const sessions = [...weekdays(3, '09:00', '12:00'), est(WEEK.thu, '09:00', '12:00', 'group', 'no-show')];
    const result = validateSchedule(sessions, { ...iop, countStatuses: ['scheduled', 'attended', 'no-show'] });
    expect(result.weeks[0]).toMatchObject({ minutes: 720, hours: 12, days: 4 });
  });

  it('follows countStatuses: with only attended sessions counting, a schedule of planned sessions is empty', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), { ...iop, countStatuses: ['attended'] });
    expect(codes(result.issues)).toEqual(['schedule_empty']);
  });
});

describe('validateSchedule: weeks', () => {
  it('starts weeks on Monday by default and on Sunday with weekStartsOn: 0', () => {
    const sessions = [est('2026-03-01', '09:00', '10:00'), est(WEEK.mon, '09:00', '10:00')];
    const monday = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK });
    expect(monday.weeks.map((week) => week.weekStart)).toEqual(['2026-02-23', '2026-03-02']);
    const sunday = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK, weekStartsOn: 0 });
    expect(sunday.weeks.map((week) => [week.weekStart, week.minutes])).toEqual([['2026-03-01', 120]]);
  });

  it('reports weeks in ascending order with their own issues', () => {
    const sessions = [est('2026-03-09', '09:00', '12:00'), ...weekdays(3, '09:00', '12:00')];
    const result = validateSchedule(sessions, iop);
    expect(result.weeks.map((week) => [week.weekStart, week.hours, week.days])).toEqual([
      ['2026-03-02', 9, 3],
      ['2026-03-09', 3, 1],
    ]);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['weeks', '2026-03-09'],
      ['weeks', '2026-03-09'],
    ]);
  });

  it('keeps minutes exact and rounds hours once: 3 × 20 min = 60 min = 1 h (not 3 × 0.33)', () => {
    const sessions = [est(WEEK.mon, '09:00', '09:20'), est(WEEK.tue, '09:00', '09:20'), est(WEEK.wed, '09:00', '09:20')];
    const week = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK }).weeks[0];
    expect(week).toMatchObject({ minutes: 60, hours: 1 });
  });

  it('rounds 100 minutes to 1.67 h', () => {
    const week = validateSchedule([est(WEEK.mon, '09:00', '10:40')], { level: 'op', timeZone: NEW_YORK }).weeks[0];
    expect(week).toMatchObject({ minutes: 100, hours: 1.67 });
  });
});

describe('validateSchedule: stays and partial weeks', () => {
  // February 2026: Mondays are the 2nd, 9th, 16th and 23rd; New York is on EST (-05:00).
  it('reports every week of a stay from Thursday 02-05 to Friday 02-20, cut weeks as partial and not held to minimums', () => {
    const sessions = [
      est('2026-02-05', '09:00', '12:00'),
      est('2026-02-06', '09:00', '12:00'),
      est('2026-02-09', '09:00', '12:00'),
      est('2026-02-11', '09:00', '12:00'),
      est('2026-02-13', '09:00', '12:00'),
    ];
    const result = validateSchedule(sessions, { ...iop, stay: { start: '2026-02-05', end: '2026-02-20' } });
    expect(result.ok).toBe(true);
    expect(result.weeks.map((week) => [week.weekStart, week.minutes, week.partial])).toEqual([
      ['2026-02-02', 360, true],
      ['2026-02-09', 540, false],
      ['2026-02-16', 0, true],
    ]);
    expect(result.weeks[2]).toEqual({
      weekStart: '2026-02-16',
      minutes: 0,
      hours: 0,
      days: 0,
      serviceDates: [],
      byService: {},
      sessions: 0,
      partial: true,
    });
    // Thursday–Sunday is 4 days of the first week; Monday–Friday is 5 days of the last.
    expect(result.issues).toEqual([
      {
        code: 'week_partial',
        severity: 'info',
        message: 'Week of 2026-02-02 is cut by the stay (4 days inside it): its weekly minimums are not checked.',
        path: ['weeks', '2026-02-02'],
        expected: 7,
        received: 4,
      },
      expect.objectContaining({ code: 'week_partial', path: ['weeks', '2026-02-16'], received: 5 }),
    ]);
  });

  it('fails an empty full week inside the stay on its minimums (0 h < 9 h, 0 days < 3)', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00').map((s) => ({ ...s })), {
      ...iop,
      stay: { start: '2026-03-02', end: '2026-03-15' },
    });
    expect(result.weeks.map((week) => [week.weekStart, week.hours, week.partial])).toEqual([
      ['2026-03-02', 9, false],
      ['2026-03-09', 0, false],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'week_hours_below_minimum', path: ['weeks', '2026-03-09'], received: 0 }),
      expect.objectContaining({ code: 'week_days_below_minimum', path: ['weeks', '2026-03-09'], received: 0 }),
    ]);
  });

  it('still checks maximums in a partial week: Thursday–Sunday × 5.5 h = 22 h ≥ 20 h', () => {
    const sessions = ['2026-02-05', '2026-02-06', '2026-02-07', '2026-02-08'].map((date) => est(date, '09:00', '14:30'));
    const result = validateSchedule(sessions, { ...iop, stay: { start: '2026-02-05', end: '2026-02-28' } });
    expect(codes(result.issues).slice(0, 2)).toEqual(['week_partial', 'week_hours_above_maximum']);
    expect(result.issues[1]).toMatchObject({ received: 22 });
  });

  it('still checks daily minimums in a partial week (H0015: a 2 h Friday)', () => {
    const sessions = [est('2026-02-05', '09:00', '12:00'), est('2026-02-06', '09:00', '11:00')];
    const result = validateSchedule(sessions, { ...iop, policy: POLICIES.h0015, stay: { start: '2026-02-05', end: '2026-02-08' } });
    expect(codes(result.issues)).toEqual(['week_partial', 'day_hours_below_minimum']);
  });

  it('runs an open stay through the week of the last counted session', () => {
    const sessions = [...weekdays(3, '09:00', '12:00'), est('2026-03-16', '09:00', '12:00')];
    const result = validateSchedule(sessions, { ...iop, stay: { start: '2026-03-02' } });
    expect(result.weeks.map((week) => week.weekStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    // The empty full week 03-09 and the 3 h week 03-16 both fail their minimums.
    expect(result.issues.filter((issue) => issue.path[1] === '2026-03-09')).toHaveLength(2);
  });

  it('reads stay bounds given as instants as their local dates in the time zone', () => {
    const sessions = [est('2026-02-05', '09:00', '12:00')];
    // 2026-02-21T03:00Z is 22:00 on Friday 2026-02-20 in New York.
    const byInstant = validateSchedule(sessions, {
      ...iop,
      stay: { start: '2026-02-05T08:00:00-05:00', end: new Date('2026-02-21T03:00:00Z') },
    });
    const byDate = validateSchedule(sessions, { ...iop, stay: { start: '2026-02-05', end: '2026-02-20' } });
    expect(byInstant).toEqual(byDate);
  });

  it('reports a week with sessions outside the stay as partial with 0 days inside it', () => {
    const sessions = [...weekdays(2, '09:00', '12:00'), est('2026-03-09', '09:00', '12:00')];
    const result = validateSchedule(sessions, { ...iop, stay: { start: '2026-03-09', end: '2026-03-13' } });
    expect(result.issues[0]).toMatchObject({ code: 'week_partial', path: ['weeks', '2026-03-02'], received: 0 });
  });

  it('accepts a one-day stay (it starts and ends on Monday 03-02) and reports its week as partial', () => {
    const result = validateSchedule([est(WEEK.mon, '09:00', '12:00')], { ...iop, stay: { start: WEEK.mon, end: WEEK.mon } });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'week_partial', path: ['weeks', '2026-03-02'], received: 1 })]);
  });

  it('lists the week of a last stay day that is the first day of a week, even without sessions (stay to Monday 03-09)', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), { ...iop, stay: { start: WEEK.mon, end: '2026-03-09' } });
    expect(result.weeks.map((week) => [week.weekStart, week.days, week.partial])).toEqual([
      ['2026-03-02', 3, false],
      ['2026-03-09', 0, true],
    ]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'week_partial', path: ['weeks', '2026-03-09'], received: 1 })]);
  });

  it('rejects a stay that ends before it starts', () => {
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), { ...iop, stay: { start: '2026-02-10', end: '2026-02-09' } });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_input',
        path: ['options', 'stay', 'end'],
        message: 'Invalid input: options.stay.end: the stay ends on 2026-02-09, before it starts on 2026-02-10.',
      }),
    ]);
  });

  it('fails every week of a stay with no sessions, and says the schedule is empty', () => {
    const result = validateSchedule([], { ...iop, stay: { start: '2026-03-02', end: '2026-03-08' } });
    expect(codes(result.issues)).toEqual(['schedule_empty', 'week_hours_below_minimum', 'week_days_below_minimum']);
  });
});

describe('validateSchedule: bad input never throws', () => {
  const valid = est(WEEK.mon, '09:00', '12:00');

  it.each([
    ['null', null, 'received null'],
    ['a number', 42, 'received 42'],
    ['a string', 'sessions', 'received "sessions"'],
    ['an object', { 0: valid, length: 1 }, 'received an object'],
    ['undefined', undefined, 'received undefined'],
  ])('reports %s instead of an array at path ["sessions"]', (_name, input, received) => {
    const result = validateSchedule(input, iop);
    expect(result.ok).toBe(false);
    expect(result.weeks).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path: ['sessions'] })]);
    expect(result.issues[0]?.message).toContain(received);
  });

  it('reports each bad session at its own path and still counts the good ones', () => {
    const sessions: unknown[] = [
      null,
      7,
      'session',
      [],
      {},
      { start: '2026-03-02T09:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
      { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'yoga' },
      { ...valid, status: 'done' },
      { ...valid, id: 5 },
      { ...valid, modality: 'video' },
      { start: '2026-02-30T09:00:00Z', end: '2026-03-02T12:00:00-05:00', service: 'group' },
      { start: new Date(Number.NaN), end: '2026-03-02T12:00:00-05:00', service: 'group' },
      valid,
    ];
    const result = validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK });
    expect(result.ok).toBe(false);
    expect(result.issues.every((issue) => issue.code === 'invalid_input')).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['sessions', 0],
      ['sessions', 1],
      ['sessions', 2],
      ['sessions', 3],
      ['sessions', 4, 'start'],
      ['sessions', 4, 'end'],
      ['sessions', 4, 'service'],
      ['sessions', 5, 'start'],
      ['sessions', 6, 'service'],
      ['sessions', 7, 'status'],
      ['sessions', 8, 'id'],
      ['sessions', 9, 'modality'],
      ['sessions', 10, 'start'],
      ['sessions', 11, 'start'],
    ]);
    expect(result.weeks).toEqual([expect.objectContaining({ minutes: 180, sessions: 1 })]);
  });

  it('explains that a local time without an offset is ambiguous', () => {
    const result = validateSchedule([{ ...valid, start: '2026-03-02T09:00:00' }], iop);
    expect(result.issues[0]?.message).toBe(
      'Invalid input: sessions[0].start: "2026-03-02T09:00:00" has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-05:00".',
    );
  });

  it('explains that a day that does not exist is not a real date', () => {
    const result = validateSchedule([{ ...valid, end: '2026-02-30T12:00:00Z' }], iop);
    expect(result.issues[0]?.message).toContain('"2026-02-30T12:00:00Z" is not a real date and time');
  });

  it.each([
    ['a date without a time', '2026-03-02'],
    ['a time with a space', '2026-03-02 09:00:00Z'],
    ['a compact offset', '2026-03-02T09:00:00+0500'],
    ['hour 24', '2026-03-02T24:00:00Z'],
    ['an English date', 'March 2, 2026 09:00 GMT'],
    ['surrounding spaces', ' 2026-03-02T09:00:00Z '],
  ])('rejects %s as an instant', (_name, start) => {
    const result = validateSchedule([{ ...valid, start }], iop);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path: ['sessions', 0, 'start'] });
  });

  it('accepts Date objects, Z and offsets with fractions of a second', () => {
    const sessions = [
      { start: new Date('2026-03-02T14:00:00Z'), end: new Date('2026-03-02T17:00:00Z'), service: 'group' },
      { start: '2026-03-03T14:00:00.000Z', end: '2026-03-03T17:00:00.000Z', service: 'group' },
      { start: '2026-03-04T09:00-05:00', end: '2026-03-04T12:00:00.000000-05:00', service: 'group' },
    ];
    const result = validateSchedule(sessions, iop);
    expect(result.ok).toBe(true);
    expect(result.weeks[0]).toMatchObject({ minutes: 540, days: 3 });
  });

  it('reports holes of a sparse array as invalid sessions', () => {
    const sparse: unknown[] = new Array(2);
    sparse[1] = valid;
    const result = validateSchedule(sparse, { level: 'op', timeZone: NEW_YORK });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path: ['sessions', 0] })]);
    expect(result.weeks[0]?.minutes).toBe(180);
  });

  it('reports an unknown time zone with invalid_time_zone', () => {
    const result = validateSchedule([valid], { level: 'iop', timeZone: 'Mars/Olympus_Mons' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_time_zone',
          severity: 'error',
          message: '"Mars/Olympus_Mons" is not a known IANA time zone (for example "America/New_York").',
          path: ['options', 'timeZone'],
          received: 'Mars/Olympus_Mons',
        },
      ],
      weeks: [],
    });
  });

  it('names an unknown time zone of a million characters by its first 40, quoted', () => {
    const result = validateSchedule([valid], { level: 'iop', timeZone: 'x'.repeat(1_000_000) });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      `"${'x'.repeat(40)}…" is not a known IANA time zone (for example "America/New_York").`,
    ]);
    expect(validateSchedule([valid], { level: 'iop', timeZone: 'Say "hi"' }).issues[0]?.message).toBe(
      '"Say \\"hi\\"" is not a known IANA time zone (for example "America/New_York").',
    );
  });

  it.each([
    ['null options', null, ['options']],
    ['no options', undefined, ['options']],
    ['an unknown level', { level: 'IOP', timeZone: NEW_YORK }, ['options', 'level']],
    ['a numeric time zone', { level: 'iop', timeZone: 5 }, ['options', 'timeZone']],
    ['a missing time zone', { level: 'iop' }, ['options', 'timeZone']],
    ['an unknown population', { level: 'iop', timeZone: NEW_YORK, population: 'child' }, ['options', 'population']],
    ['weekStartsOn 7', { level: 'iop', timeZone: NEW_YORK, weekStartsOn: 7 }, ['options', 'weekStartsOn']],
    ['weekStartsOn 1.5', { level: 'iop', timeZone: NEW_YORK, weekStartsOn: 1.5 }, ['options', 'weekStartsOn']],
    ['weekStartsOn -1', { level: 'iop', timeZone: NEW_YORK, weekStartsOn: -1 }, ['options', 'weekStartsOn']],
    ['an unknown status', { level: 'iop', timeZone: NEW_YORK, countStatuses: ['maybe'] }, ['options', 'countStatuses', 0]],
    ['a policy name instead of a policy', { level: 'iop', timeZone: NEW_YORK, policy: 'general' }, ['options', 'policy']],
    // A policy is checked as definePolicy checks it: the first problem is the first missing field.
    ['a policy with only an id', { level: 'iop', timeZone: NEW_YORK, policy: { id: 'x' } }, ['options', 'policy', 'version']],
    ['a policy without an id', { level: 'iop', timeZone: NEW_YORK, policy: { requirements: {} } }, ['options', 'policy', 'id']],
    ['a null stay', { level: 'iop', timeZone: NEW_YORK, stay: null }, ['options', 'stay']],
    ['a stay without a start', { level: 'iop', timeZone: NEW_YORK, stay: {} }, ['options', 'stay', 'start']],
    ['a stay with a local time', { level: 'iop', timeZone: NEW_YORK, stay: { start: '2026-03-02T09:00' } }, ['options', 'stay', 'start']],
    ['a stay with a bad end', { level: 'iop', timeZone: NEW_YORK, stay: { start: '2026-03-02', end: 'soon' } }, ['options', 'stay', 'end']],
  ])('reports %s as invalid_input at its path', (_name, options, path) => {
    const result = validateSchedule([valid], options as never);
    expect(result.ok).toBe(false);
    expect(result.weeks).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path });
  });

  it('reports a session whose fields read differently each time (a getter) as invalid, never counting it silently', () => {
    // The hand check reads `service` first and sees "yoga"; the schema then reads "group" and accepts.
    let reads = 0;
    const shifting = {
      start: '2026-03-02T09:00:00-05:00',
      end: '2026-03-02T12:00:00-05:00',
      get service() {
        reads += 1;
        return reads === 1 ? 'yoga' : 'group';
      },
    };
    const result = validateSchedule([shifting, est(WEEK.tue, '09:00', '12:00')], { level: 'op', timeZone: NEW_YORK });
    expect(result.issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        message: 'Invalid input: sessions[0]: not a valid session.',
        path: ['sessions', 0],
      },
    ]);
    expect(result.weeks[0]?.minutes).toBe(180);
  });

  it('lets the options schema decide when the options read differently each time (a getter)', () => {
    // The quick read of the options sees level "IOP" and turns them down; the schema then reads "iop".
    let reads = 0;
    const options = {
      timeZone: NEW_YORK,
      get level() {
        reads += 1;
        return reads === 1 ? 'IOP' : 'iop';
      },
    };
    const result = validateSchedule(weekdays(3, '09:00', '12:00'), options as never);
    expect(result.issues).toEqual([]);
    expect(result.weeks[0]?.hours).toBe(9);
  });

  it('reads JSON with "__proto__" keys without polluting any prototype', () => {
    const sessions: unknown = JSON.parse(
      '[{"__proto__": {"polluted": "yes"}, "start": "2026-03-02T09:00:00-05:00", "end": "2026-03-02T12:00:00-05:00", "service": "group"},' +
        ' {"__proto__": {"service": "group"}, "start": "2026-03-03T09:00:00-05:00", "end": "2026-03-03T12:00:00-05:00"}]',
    );
    const options: unknown = JSON.parse('{"__proto__": {"level": "php"}, "level": "op", "timeZone": "America/New_York"}');
    const result = validateSchedule(sessions, options as never);
    expect(result.weeks[0]?.minutes).toBe(180);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path: ['sessions', 1, 'service'] })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['service']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('level');
  });

  it('does not mutate the caller’s sessions or options', () => {
    const sessions: Session[] = [...weekdays(3, '09:00', '12:00'), est(WEEK.mon, '11:00', '13:00', 'group', 'cancelled')];
    sessions.reverse();
    const options = { ...iop, stay: { start: '2026-03-02' }, countStatuses: ['scheduled', 'attended'] } as const;
    const before = structuredClone({ sessions, options });
    deepFreeze(sessions);
    deepFreeze(options);
    const result = validateSchedule(sessions, options);
    expect({ sessions, options }).toEqual(before);
    // Mon, Tue, Wed 09:00–12:00 count; the cancelled Monday session does not: 9 h over 3 days.
    expect(result.ok).toBe(true);
    expect(result.weeks[0]).toMatchObject({ hours: 9, days: 3, sessions: 3 });
  });
});

describe('validateSchedule messages near a bound', () => {
  it('never rounds a failing week onto the bound: 539.75 minutes under a 9 h minimum reads 8.99 h', () => {
    // Three sessions of 179 min 55 s: 3 × 179.9167 = 539.75 minutes = 8.9958 h, which rounds to 9.00.
    const sessions = ['02', '04', '06'].map((day) => ({
      start: `2026-03-${day}T09:00:00Z`,
      end: `2026-03-${day}T11:59:55Z`,
      service: 'group' as const,
    }));
    const result = validateSchedule(sessions, { level: 'iop', timeZone: 'UTC' });
    expect(result.weeks[0]?.hours).toBe(9);
    const issue = result.issues.find((found) => found.code === 'week_hours_below_minimum');
    expect(issue?.message).toBe('Week of 2026-03-02 has 8.99 h of iop services; the policy requires at least 9 h.');
    expect(issue?.received).toBe(8.99);
  });

  it('never rounds a failing week under an inclusive maximum onto it: 20 h 0.2 min reads 20.01 h', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'iop-at-most-20',
      requirements: { iop: { adult: { hoursPerWeek: { max: { value: 20, inclusive: true, sources: ['payer-contract'] } } } } },
    });
    // 5 × 240 min = 1200 min = 20 h, plus 12 s: over an inclusive 20 h maximum.
    const sessions = ['02', '03', '04', '05', '06'].map((day, index) => ({
      start: `2026-03-${day}T09:00:00Z`,
      end: index === 0 ? `2026-03-${day}T13:00:12Z` : `2026-03-${day}T13:00:00Z`,
      service: 'group' as const,
    }));
    const issue = validateSchedule(sessions, { level: 'iop', timeZone: 'UTC', policy }).issues.find(
      (found) => found.code === 'week_hours_above_maximum',
    );
    expect(issue?.message).toBe('Week of 2026-03-02 has 20.01 h of iop services; the policy allows at most 20 h.');
  });
});

describe('weeks at the start of year 1 (0001-01-01 was a Monday)', () => {
  // A Tuesday: with Sunday weeks its week would start on 0000-12-31, a date outside the years 0001–9999.
  const tuesday: Session = { start: '0001-01-02T09:00:00Z', end: '0001-01-02T12:00:00Z', service: 'group' };
  const beforeYearOne =
    'Invalid input: options.weekStartsOn: the week holding 0001-01-02 would start before 0001-01-01, the first date written; no week was built (0001-01-01 was a Monday: weekStartsOn 1 starts a week on it).';

  it('refuses Sunday weeks that would start in year 0, with an issue at options.weekStartsOn', () => {
    const result = validateSchedule([tuesday], { level: 'iop', timeZone: 'UTC', weekStartsOn: 0 });
    expect(result.ok).toBe(false);
    expect(result.weeks).toEqual([]);
    expect(result.issues).toEqual([
      { code: 'invalid_input', severity: 'error', message: beforeYearOne, path: ['options', 'weekStartsOn'], received: 0 },
    ]);
    expect(summarizeSchedule([tuesday], { timeZone: 'UTC', weekStartsOn: 0 })).toEqual([]);
  });

  it('starts Monday weeks on 0001-01-01 itself', () => {
    expect(summarizeSchedule([tuesday], { timeZone: 'UTC' }).map((week) => week.weekStart)).toEqual(['0001-01-01']);
  });

  it('refuses a stay from 0001-01-01 with Sunday weeks, and lists its Monday weeks', () => {
    const stay = { start: '0001-01-01', end: '0001-01-14' };
    const sunday = validateSchedule([tuesday], { level: 'iop', timeZone: 'UTC', weekStartsOn: 0, stay });
    expect(sunday.weeks).toEqual([]);
    expect(sunday.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'weekStartsOn']]]);
    expect(sunday.issues[0]?.message).toContain('the week holding 0001-01-01 would start before 0001-01-01');
    const monday = validateSchedule([tuesday], { level: 'iop', timeZone: 'UTC', stay });
    expect(monday.weeks.map((week) => week.weekStart)).toEqual(['0001-01-01', '0001-01-08']);
  });
});
