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
    for (const code of ['session_too_long', 'continuity_gap', 'length_of_stay_exceeds_typical', 'transition_skips_levels'] as const) {
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
