import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOG, createIssue, formatIssues, isOk, type IssueCode } from '../../src/index.js';
import { INVALID_INPUT_ENTRY, invalidInput } from '../../src/issues/invalidInput.js';

describe('ISSUE_CATALOG', () => {
  it('writes a one-sentence example message for every code', () => {
    for (const code of Object.keys(ISSUE_CATALOG) as IssueCode[]) {
      const entry = ISSUE_CATALOG[code];
      const message = (entry.message as (params: unknown) => string)(entry.example);
      expect(message, code).toMatch(/^[A-Z0-9"].*[.)]$/);
      expect(message, code).not.toMatch(/undefined|NaN|\[object/);
      expect(entry.meaning.length, code).toBeGreaterThan(10);
    }
  });

  it('uses snake_case codes', () => {
    for (const code of Object.keys(ISSUE_CATALOG)) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('gives the severities DESIGN.md fixes', () => {
    const errors: IssueCode[] = [
      'schedule_empty',
      'session_overlap',
      'session_end_before_start',
      'week_hours_below_minimum',
      'week_hours_above_maximum',
      'week_days_below_minimum',
      'week_days_above_maximum',
      'day_hours_below_minimum',
      'week_missing_required_service',
      'episode_end_before_start',
      'episode_overlap',
      'invalid_input',
      'invalid_time_zone',
    ];
    for (const code of errors) expect(ISSUE_CATALOG[code].severity, code).toBe('error');
    for (const code of ['session_too_long', 'continuity_gap', 'length_of_stay_exceeds_typical', 'transition_skips_levels', 'time_zone_not_a_place'] as const) {
      expect(ISSUE_CATALOG[code].severity, code).toBe('warning');
    }
    for (const code of ['week_partial', 'transition_step_up', 'authorized_level_mismatch'] as const) {
      expect(ISSUE_CATALOG[code].severity, code).toBe('info');
    }
  });

  it('words inclusive and exclusive bounds differently', () => {
    const below = ISSUE_CATALOG.week_hours_below_minimum.message;
    expect(below({ weekStart: '2026-03-02', level: 'iop', hours: 7.5, minimum: 9, inclusive: true })).toBe(
      'Week of 2026-03-02 has 7.5 h of iop services; the policy requires at least 9 h.',
    );
    const above = ISSUE_CATALOG.week_hours_above_maximum.message;
    expect(above({ weekStart: '2026-03-02', level: 'iop', hours: 20, maximum: 20, inclusive: false })).toBe(
      'Week of 2026-03-02 has 20 h of iop services; the policy allows fewer than 20 h.',
    );
  });
});

describe('ISSUE_CATALOG: naming sessions and episodes, and rounding numbers', () => {
  const session = { position: 4, start: '2026-03-02 09:00' };

  it('names a session by its id in quotes, or by its place counted from 1, with its local start', () => {
    const long = ISSUE_CATALOG.session_too_long.message;
    expect(long({ session, minutes: 540, maximum: 480 })).toBe('Session 4 (2026-03-02 09:00) lasts 540 minutes, longer than the 480-minute maximum.');
    expect(long({ session: { ...session, id: 'grp-7' }, minutes: 540, maximum: 480 })).toBe(
      'Session "grp-7" (2026-03-02 09:00) lasts 540 minutes, longer than the 480-minute maximum.',
    );
  });

  it('rounds minutes to a tenth: 16701.966… minutes read 16702', () => {
    expect(ISSUE_CATALOG.session_too_long.message({ session, minutes: 16_701.966_666_666_667, maximum: 480 })).toBe(
      'Session 4 (2026-03-02 09:00) lasts 16702 minutes, longer than the 480-minute maximum.',
    );
  });

  it('never rounds a number onto the bound it failed: 480.04 minutes over 480 read 480.1, 14.99 under 15 read 14.9', () => {
    expect(ISSUE_CATALOG.session_too_long.message({ session, minutes: 480.04, maximum: 480 })).toContain('lasts 480.1 minutes');
    expect(ISSUE_CATALOG.session_too_short.message({ session, minutes: 14.99, minimum: 15 })).toContain('lasts 14.9 minutes');
    expect(ISSUE_CATALOG.week_hours_below_minimum.message({ weekStart: '2026-03-02', level: 'iop', hours: 8.999, minimum: 9, inclusive: true })).toContain(
      'has 8.99 h',
    );
    expect(ISSUE_CATALOG.day_hours_below_minimum.message({ date: '2026-03-04', level: 'iop', hours: 2.9999, minimum: 3 })).toContain('has 2.99 h');
  });

  it('never writes an overlap of a few milliseconds as 0 minutes, and writes 1 minute in the singular', () => {
    const overlap = ISSUE_CATALOG.session_overlap.message;
    const other = { position: 3, start: '2026-03-02 08:00' };
    expect(overlap({ session, other, minutes: 0.001 })).toBe('Session 4 (2026-03-02 09:00) overlaps session 3 (2026-03-02 08:00) by 0.1 minutes.');
    expect(overlap({ session, other, minutes: 1 })).toBe('Session 4 (2026-03-02 09:00) overlaps session 3 (2026-03-02 08:00) by 1 minute.');
  });

  it('names an episode by its id, or by its place counted from 1, with its level and dates', () => {
    const mismatch = ISSUE_CATALOG.authorized_level_mismatch.message;
    const episode = { position: 1, level: 'php', start: '2026-03-02', end: '2026-03-20' };
    expect(mismatch({ episode, authorized: 'iop', delivered: 'php' })).toBe('Episode 1 (php, 2026-03-02 to 2026-03-20) delivered php while iop was authorized.');
    expect(mismatch({ episode: { position: 1, id: 'ep-17', level: 'php', start: '2026-03-02' }, authorized: 'iop', delivered: 'php' })).toBe(
      'Episode "ep-17" (php, from 2026-03-02, ongoing) delivered php while iop was authorized.',
    );
  });
});

describe('createIssue', () => {
  it('takes severity and wording from the catalog', () => {
    const issue = createIssue(
      'week_days_below_minimum',
      { weekStart: '2026-03-02', level: 'iop', days: 1, minimum: 3 },
      { path: ['weeks', '2026-03-02'], ruleId: 'general/iop/adult/daysPerWeek.min', sources: ['seed-000'], expected: 3, received: 1 },
    );
    expect(issue).toEqual({
      code: 'week_days_below_minimum',
      severity: 'error',
      message: 'Week of 2026-03-02 has 1 service day of iop; the policy requires at least 3.',
      path: ['weeks', '2026-03-02'],
      ruleId: 'general/iop/adult/daysPerWeek.min',
      sources: ['seed-000'],
      expected: 3,
      received: 1,
    });
  });

  it('omits optional fields that were not given', () => {
    const issue = createIssue('invalid_time_zone', { timeZone: 'Nowhere/Else' }, { path: ['timeZone'] });
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'message', 'path']);
  });

  it('does not share the caller’s path array', () => {
    const path = ['sessions', 1];
    const issue = createIssue('invalid_input', { detail: 'x.' }, { path });
    path.push('end');
    expect(issue.path).toEqual(['sessions', 1]);
  });
});

describe('invalidInput', () => {
  it('builds the issue createIssue builds for invalid_input, from the same catalog row', () => {
    const context = { path: ['options', 'to'], received: '2026-13-01' };
    expect(invalidInput('options.to: not a date.', context)).toStrictEqual(createIssue('invalid_input', { detail: 'options.to: not a date.' }, context));
    expect(ISSUE_CATALOG.invalid_input).toBe(INVALID_INPUT_ENTRY);
    expect(invalidInput('x', { path: [] }).message).toBe('Invalid input: x');
  });
});

describe('formatIssues', () => {
  it('renders one line per issue with severity, code, path and rule', () => {
    const issues = [
      createIssue('invalid_input', { detail: 'sessions[0].start: expected a string.' }, { path: ['sessions', 0, 'start'] }),
      createIssue('week_partial', { weekStart: '2026-03-02', days: 3 }, { path: ['weeks', '2026-03-02'], ruleId: 'stay' }),
    ];
    expect(formatIssues(issues)).toBe(
      [
        'error   invalid_input at sessions[0].start: Invalid input: sessions[0].start: expected a string.',
        'info    week_partial at weeks["2026-03-02"]: Week of 2026-03-02 is cut by the stay (3 days inside it): its weekly minimums are not checked. (rule stay)',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatIssues([])).toBe('No issues.');
  });
});

describe('isOk', () => {
  it('is true exactly when no issue is an error', () => {
    const info = createIssue('transition_step_up', { from: 'iop', to: 'php' }, { path: [] });
    const error = createIssue('schedule_empty', { counted: 0, total: 0 }, { path: [] });
    expect(isOk([])).toBe(true);
    expect(isOk([info])).toBe(true);
    expect(isOk([info, error])).toBe(false);
  });
});
