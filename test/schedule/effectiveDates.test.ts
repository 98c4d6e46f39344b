import { describe, expect, it } from 'vitest';
import { POLICIES, billableDays, extendPolicy, validateSchedule, type Session } from '../../src/index.js';
import { NEW_YORK } from './helpers.js';

const day = (date: string, from = '09:00', to = '12:00'): Session => ({
  start: `${date}T${from}:00-05:00`,
  end: `${date}T${to}:00-05:00`,
  service: 'group',
});
const medicareIop = { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.medicare2024 } as const;

describe('validateSchedule and the dates of service a policy governs', () => {
  it('fails a 2023 week under Medicare, which had no intensive outpatient benefit before 2024-01-01', () => {
    // Mon 2023-03-06, Wed and Fri: 3 × 3 h = 9 h would pass the Medicare hours in 2024.
    const result = validateSchedule([day('2023-03-06'), day('2023-03-08'), day('2023-03-10')], medicareIop);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'policy_not_in_effect',
        severity: 'error',
        message:
          'Week of 2023-03-06 (2023-03-06 to 2023-03-12) is outside the dates of service medicare-2024 governs (from 2024-01-01); check it against the policy in force on those dates.',
        path: ['weeks', '2023-03-06'],
        ruleId: 'medicare-2024/effective',
        sources: ['cms-1786-fc', 'cfr-42-410-43', 'cfr-42-410-44', 'cms-opps-2024-fact-sheet'],
        expected: { from: '2024-01-01' },
        received: '2023-03-06',
      },
    ]);
    expect(result.weeks[0]?.hours).toBe(9);
  });

  it('leaves telehealth sessions on dates the policy does not govern to its effective dates', () => {
    // The same Mon/Wed/Fri 2023-03-06 week by telehealth: Medicare's in-person rule governs 2024 on,
    // so the week is counted (3 × 3 h = 9 h) and fails only as outside the policy's dates.
    const telehealth = [day('2023-03-06'), day('2023-03-08'), day('2023-03-10')].map((each) => ({ ...each, modality: 'telehealth' as const }));
    const result = validateSchedule(telehealth, medicareIop);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['policy_not_in_effect', ['weeks', '2023-03-06']]]);
    expect(result.weeks.map((week) => [week.weekStart, week.hours, week.days])).toEqual([['2023-03-06', 9, 3]]);
    // From 2024-01-01 the rule applies: the Monday 2024-01-08 telehealth session is left out.
    const governed = validateSchedule([{ ...day('2024-01-08'), modality: 'telehealth' }], medicareIop);
    expect(governed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['session_not_counted_modality', ['sessions', 0, 'modality']],
      ['schedule_empty', ['sessions']],
    ]);
  });

  it('reports the policy, not the hours, for a week outside its dates: 1 h in 2023 is one error', () => {
    const result = validateSchedule([day('2023-12-27', '09:00', '10:00')], medicareIop);
    expect(result.issues.map((issue) => issue.code)).toEqual(['policy_not_in_effect']);
  });

  it('checks a week that crosses 2024-01-01 as usual (Sunday weeks: 2023-12-31 to 2024-01-06)', () => {
    const sessions = [day('2023-12-31'), day('2024-01-02'), day('2024-01-04')];
    const sundayWeeks = { ...medicareIop, weekStartsOn: 0 } as const;
    expect(validateSchedule(sessions, sundayWeeks).issues).toEqual([]);
    // With Monday weeks the Sunday 2023-12-31 is a week of its own, wholly in 2023.
    expect(validateSchedule(sessions, medicareIop).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['policy_not_in_effect', ['weeks', '2023-12-25']],
      ['week_hours_below_minimum', ['weeks', '2024-01-01']],
    ]);
  });

  it('reports every week of a stay that lies outside, empty ones included', () => {
    const result = validateSchedule([day('2024-01-08'), day('2024-01-10'), day('2024-01-12')], {
      ...medicareIop,
      stay: { start: '2023-12-18', end: '2024-01-14' },
    });
    // The empty week of 2024-01-01 is governed and fails the 9 h minimum; 2024-01-08 has 9 h.
    expect(result.issues.map((issue) => [issue.code, issue.path[1]])).toEqual([
      ['policy_not_in_effect', '2023-12-18'],
      ['policy_not_in_effect', '2023-12-25'],
      ['week_hours_below_minimum', '2024-01-01'],
    ]);
  });

  it('fails weeks after a policy’s last date and names both dates', () => {
    const closed = extendPolicy(POLICIES.general, { id: 'general-2025', effective: { from: '2025-01-01', to: '2025-12-31' } });
    const result = validateSchedule([day('2026-01-05'), day('2026-01-07'), day('2026-01-09')], { level: 'iop', timeZone: NEW_YORK, policy: closed });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Week of 2026-01-05 (2026-01-05 to 2026-01-11) is outside the dates of service general-2025 governs (2025-01-01 to 2025-12-31); check it against the policy in force on those dates.',
    ]);
  });
});

describe('billableDays and the dates of service a policy governs', () => {
  it('bills no Medicare day before 2024-01-01', () => {
    const threeServices = (date: string): Session[] => [day(date, '09:00', '10:00'), day(date, '10:00', '11:00'), day(date, '11:00', '12:00')];
    const sessions = [...threeServices('2023-12-29'), ...threeServices('2024-01-02')];
    const days = billableDays(sessions, { level: 'php', timeZone: NEW_YORK, policy: POLICIES.medicare2024 });
    expect(days.map((entry) => [entry.date, entry.billable])).toEqual([
      ['2023-12-29', false],
      ['2024-01-02', true],
    ]);
  });

  it('lists a 2023 telehealth day as not billable under Medicare, for its date rather than its modality', () => {
    const telehealth = { ...day('2023-03-06'), modality: 'telehealth' } as const;
    expect(billableDays([telehealth], { level: 'iop', timeZone: NEW_YORK, policy: POLICIES.medicare2024 })).toEqual([
      { date: '2023-03-06', minutes: 180, services: 1, billable: false },
    ]);
  });
});
