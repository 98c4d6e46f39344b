import { describe, expect, it } from 'vitest';
import { expandWeeklyTemplate, validateSchedule, type WeeklyTemplateEntry } from '../../src/index.js';
import { NEW_YORK, deepFreeze } from './helpers.js';

const sunday = (start: string, end: string): WeeklyTemplateEntry[] => [{ dayOfWeek: 0, start, end, service: 'group' }];

describe('expandWeeklyTemplate', () => {
  it('repeats Monday 09:00–12:00 on each Monday from 03-02 to 03-16, keeping 09:00 on the wall across the spring-forward', () => {
    const result = expandWeeklyTemplate([{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }], {
      from: '2026-03-02',
      to: '2026-03-16',
      timeZone: NEW_YORK,
    });
    expect(result).toEqual({
      sessions: [
        { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
        { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T12:00:00-04:00', service: 'group' },
        { start: '2026-03-16T09:00:00-04:00', end: '2026-03-16T12:00:00-04:00', service: 'group' },
      ],
      issues: [],
    });
  });

  it('includes both ends of the range, skips exceptions, orders by date then template order, and copies modality', () => {
    const template: WeeklyTemplateEntry[] = [
      { dayOfWeek: 3, start: '13:00', end: '14:00', service: 'individual', modality: 'telehealth' },
      { dayOfWeek: 3, start: '09:00', end: '12:00', service: 'group' },
      { dayOfWeek: 5, start: '09:00', end: '12:00', service: 'group' },
    ];
    const { sessions } = expandWeeklyTemplate(template, {
      from: '2026-02-04',
      to: '2026-02-13',
      timeZone: NEW_YORK,
      exceptions: ['2026-02-06'],
    });
    // Strict: an entry without a modality gives a session without a `modality` key, not `modality: undefined`.
    expect(sessions).toStrictEqual([
      { start: '2026-02-04T13:00:00-05:00', end: '2026-02-04T14:00:00-05:00', service: 'individual', modality: 'telehealth' },
      { start: '2026-02-04T09:00:00-05:00', end: '2026-02-04T12:00:00-05:00', service: 'group' },
      { start: '2026-02-11T13:00:00-05:00', end: '2026-02-11T14:00:00-05:00', service: 'individual', modality: 'telehealth' },
      { start: '2026-02-11T09:00:00-05:00', end: '2026-02-11T12:00:00-05:00', service: 'group' },
      { start: '2026-02-13T09:00:00-05:00', end: '2026-02-13T12:00:00-05:00', service: 'group' },
    ]);
  });

  it('ends a session whose end is earlier than its start on the next day (Friday 22:00 → Saturday 02:00)', () => {
    const { sessions } = expandWeeklyTemplate([{ dayOfWeek: 5, start: '22:00', end: '02:00', service: 'group' }], {
      from: '2026-03-06',
      to: '2026-03-06',
      timeZone: NEW_YORK,
    });
    expect(sessions).toEqual([{ start: '2026-03-06T22:00:00-05:00', end: '2026-03-07T02:00:00-05:00', service: 'group' }]);
  });

  it('runs Saturday 22:00 → Sunday 04:00 across the New York spring-forward night as 5 h elapsed (6 h on the wall)', () => {
    const { sessions, issues } = expandWeeklyTemplate([{ dayOfWeek: 6, start: '22:00', end: '04:00', service: 'group' }], {
      from: '2026-03-07',
      to: '2026-03-07',
      timeZone: NEW_YORK,
    });
    expect(sessions).toEqual([{ start: '2026-03-07T22:00:00-05:00', end: '2026-03-08T04:00:00-04:00', service: 'group' }]);
    expect(issues).toEqual([]);
    // 22:00 EST = 03:00Z; 04:00 EDT = 08:00Z: 5 h elapsed for 6 h on the wall.
    expect(validateSchedule(sessions, { level: 'op', timeZone: NEW_YORK }).weeks[0]?.minutes).toBe(300);
  });

  it('moves 02:30 on 2026-03-08 in New York (inside the spring-forward gap) to 03:30 EDT and warns', () => {
    const result = expandWeeklyTemplate(sunday('02:30', '04:00'), { from: '2026-03-08', to: '2026-03-08', timeZone: NEW_YORK });
    expect(result.sessions).toEqual([{ start: '2026-03-08T03:30:00-04:00', end: '2026-03-08T04:00:00-04:00', service: 'group' }]);
    expect(result.issues).toEqual([
      {
        code: 'template_time_nonexistent',
        severity: 'warning',
        message:
          '02:30 does not exist on 2026-03-08 in America/New_York (clocks spring forward); the session was placed at 2026-03-08T03:30:00-04:00.',
        path: ['template', 0, 'start'],
        received: '2026-03-08T03:30:00-04:00',
      },
    ]);
  });

  it('keeps the planned 30 minutes when the moved start would pass the end (02:30–03:00 becomes 03:30–04:00)', () => {
    const { sessions } = expandWeeklyTemplate(sunday('02:30', '03:00'), { from: '2026-03-08', to: '2026-03-08', timeZone: NEW_YORK });
    expect(sessions).toEqual([{ start: '2026-03-08T03:30:00-04:00', end: '2026-03-08T04:00:00-04:00', service: 'group' }]);
  });

  it('keeps the planned 60 minutes when the moved start lands on the end (02:30–03:30 becomes 03:30–04:30)', () => {
    const { sessions } = expandWeeklyTemplate(sunday('02:30', '03:30'), { from: '2026-03-08', to: '2026-03-08', timeZone: NEW_YORK });
    expect(sessions).toEqual([{ start: '2026-03-08T03:30:00-04:00', end: '2026-03-08T04:30:00-04:00', service: 'group' }]);
  });

  it('takes the first (EDT) 01:30 on the New York fall-back night (2026-11-01) and says so', () => {
    const result = expandWeeklyTemplate(sunday('01:30', '03:00'), { from: '2026-11-01', to: '2026-11-01', timeZone: NEW_YORK });
    // 01:30 EDT = 05:30Z to 03:00 EST = 08:00Z: 2.5 h elapsed.
    expect(result.sessions).toEqual([{ start: '2026-11-01T01:30:00-04:00', end: '2026-11-01T03:00:00-05:00', service: 'group' }]);
    expect(result.issues).toEqual([
      {
        code: 'template_time_ambiguous',
        severity: 'info',
        message:
          '01:30 occurs twice on 2026-11-01 in America/New_York (clocks fall back); the first occurrence, 2026-11-01T01:30:00-04:00, was used.',
        path: ['template', 0, 'start'],
        received: '2026-11-01T01:30:00-04:00',
      },
    ]);
  });

  it('handles London: 01:30 on 2026-03-29 moves to 02:30 BST; 01:30 on 2026-10-25 is the BST one', () => {
    const spring = expandWeeklyTemplate(sunday('01:30', '03:00'), { from: '2026-03-29', to: '2026-03-29', timeZone: 'Europe/London' });
    expect(spring.sessions).toEqual([{ start: '2026-03-29T02:30:00+01:00', end: '2026-03-29T03:00:00+01:00', service: 'group' }]);
    expect(spring.issues.map((issue) => issue.code)).toEqual(['template_time_nonexistent']);
    const autumn = expandWeeklyTemplate(sunday('01:30', '03:00'), { from: '2026-10-25', to: '2026-10-25', timeZone: 'Europe/London' });
    expect(autumn.sessions).toEqual([{ start: '2026-10-25T01:30:00+01:00', end: '2026-10-25T03:00:00+00:00', service: 'group' }]);
    expect(autumn.issues.map((issue) => issue.code)).toEqual(['template_time_ambiguous']);
  });

  it('handles Sydney: 02:30 on 2026-04-05 is the AEDT one; 02:30 on 2026-10-04 moves to 03:30 AEDT', () => {
    const autumn = expandWeeklyTemplate(sunday('02:30', '04:00'), { from: '2026-04-05', to: '2026-04-05', timeZone: 'Australia/Sydney' });
    expect(autumn.sessions).toEqual([{ start: '2026-04-05T02:30:00+11:00', end: '2026-04-05T04:00:00+10:00', service: 'group' }]);
    expect(autumn.issues.map((issue) => issue.code)).toEqual(['template_time_ambiguous']);
    const spring = expandWeeklyTemplate(sunday('02:30', '04:00'), { from: '2026-10-04', to: '2026-10-04', timeZone: 'Australia/Sydney' });
    expect(spring.sessions).toEqual([{ start: '2026-10-04T03:30:00+11:00', end: '2026-10-04T04:00:00+11:00', service: 'group' }]);
    expect(spring.issues.map((issue) => issue.code)).toEqual(['template_time_nonexistent']);
  });

  it('writes the half-hour offset of Asia/Kolkata', () => {
    const { sessions } = expandWeeklyTemplate([{ dayOfWeek: 1, start: '09:00', end: '10:30', service: 'skills' }], {
      from: '2026-03-02',
      to: '2026-03-02',
      timeZone: 'Asia/Kolkata',
    });
    expect(sessions).toEqual([{ start: '2026-03-02T09:00:00+05:30', end: '2026-03-02T10:30:00+05:30', service: 'skills' }]);
  });

  it('makes a schedule that validateSchedule accepts: Mon/Wed/Fri 09:00–12:00 = 9 h in each of 4 weeks', () => {
    const template: WeeklyTemplateEntry[] = [1, 3, 5].map((day) => ({
      dayOfWeek: day as 1 | 3 | 5,
      start: '09:00',
      end: '12:00',
      service: 'group',
    }));
    const { sessions } = expandWeeklyTemplate(template, { from: '2026-03-02', to: '2026-03-29', timeZone: NEW_YORK });
    expect(sessions).toHaveLength(12);
    const result = validateSchedule(sessions, { level: 'iop', timeZone: NEW_YORK, stay: { start: '2026-03-02', end: '2026-03-29' } });
    expect(result.ok).toBe(true);
    expect(result.weeks.map((week) => week.hours)).toEqual([9, 9, 9, 9]);
  });

  it('returns no sessions for an empty template or a range without a matching day', () => {
    expect(expandWeeklyTemplate([], { from: '2026-03-02', to: '2026-03-08', timeZone: NEW_YORK })).toEqual({ sessions: [], issues: [] });
    expect(
      expandWeeklyTemplate(sunday('09:00', '10:00'), { from: '2026-03-02', to: '2026-03-07', timeZone: NEW_YORK }).sessions,
    ).toEqual([]);
  });
});

describe('expandWeeklyTemplate at the ends of the years 0001–9999', () => {
  const slot = (dayOfWeek: WeeklyTemplateEntry['dayOfWeek']): WeeklyTemplateEntry => ({ dayOfWeek, start: '09:00', end: '10:00', service: 'group' });

  it('skips the 0001-01-01 session, before the first instant read, and makes the later Mondays', () => {
    // 0001-01-01 was a Monday; instants are read from 0001-01-02T00:00Z.
    const result = expandWeeklyTemplate([slot(1)], { from: '0001-01-01', to: '0001-01-15', timeZone: 'UTC' });
    expect(result.sessions).toEqual([
      { start: '0001-01-08T09:00:00+00:00', end: '0001-01-08T10:00:00+00:00', service: 'group' },
      { start: '0001-01-15T09:00:00+00:00', end: '0001-01-15T10:00:00+00:00', service: 'group' },
    ]);
    expect(result.issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        message:
          'Invalid input: options.from: a session on 0001-01-01 would fall outside the instants this library reads (0001-01-02 to 9999-12-30); it was not made.',
        path: ['options', 'from'],
      },
    ]);
  });

  it('stops at 9999-12-31, after the last instant read, and names options.to', () => {
    // 9999-12-30 was a Thursday and 9999-12-31 a Friday; instants are read up to 9999-12-31T00:00Z.
    const result = expandWeeklyTemplate([slot(4), slot(5)], { from: '9999-12-30', to: '9999-12-31', timeZone: 'UTC' });
    expect(result.sessions).toEqual([{ start: '9999-12-30T09:00:00+00:00', end: '9999-12-30T10:00:00+00:00', service: 'group' }]);
    expect(result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['options', 'to'],
        'Invalid input: options.to: a session on 9999-12-31 would fall outside the instants this library reads (0001-01-02 to 9999-12-30); no later session was made.',
      ],
    ]);
  });
});

describe('expandWeeklyTemplate: bad input never throws', () => {
  const options = { from: '2026-03-02', to: '2026-03-08', timeZone: NEW_YORK };

  it('reports an entry whose reading throws at its index and still expands the others', () => {
    const template: unknown[] = [undefined, { dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }];
    Object.defineProperty(template, 0, {
      get: () => {
        throw new Error('no entry');
      },
    });
    const result = expandWeeklyTemplate(template, options);
    expect(result.sessions).toEqual([{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' }]);
    expect(result.issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        message: 'Invalid input: template[0]: could not be read (no entry); it was left out.',
        path: ['template', 0],
      },
    ]);
  });

  it('reports a template that is not an array', () => {
    expect(expandWeeklyTemplate(null, options)).toEqual({
      sessions: [],
      issues: [
        expect.objectContaining({
          code: 'invalid_input',
          path: ['template'],
          message: 'Invalid input: template: expected an array of weekly entries, received null.',
        }),
      ],
    });
  });

  it('says which dates are the wrong way round when to is before from', () => {
    const result = expandWeeklyTemplate(sunday('09:00', '10:00'), { ...options, from: '2026-03-09' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_input',
        path: ['options', 'to'],
        message: 'Invalid input: options.to: 2026-03-08 is before options.from 2026-03-09.',
      }),
    ]);
  });

  it('reports each bad entry at its path and still expands the good ones', () => {
    const template: unknown[] = [
      { dayOfWeek: 7, start: '09:00', end: '10:00', service: 'group' },
      { dayOfWeek: 1, start: '9:00', end: '10:00', service: 'group' },
      { dayOfWeek: 1, start: '09:00', end: '24:00', service: 'group' },
      { dayOfWeek: 1, start: '09:00', end: '09:00', service: 'group' },
      { dayOfWeek: 1, start: '09:00', end: '10:00', service: 'yoga' },
      'monday',
      { dayOfWeek: 1, start: '09:00', end: '10:00', service: 'group' },
    ];
    const result = expandWeeklyTemplate(template, options);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['template', 0, 'dayOfWeek']],
      ['invalid_input', ['template', 1, 'start']],
      ['invalid_input', ['template', 2, 'end']],
      ['invalid_input', ['template', 3, 'end']],
      ['invalid_input', ['template', 4, 'service']],
      ['invalid_input', ['template', 5]],
    ]);
    expect(result.sessions).toEqual([{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:00:00-05:00', service: 'group' }]);
  });

  it.each([
    ['a bad from', { ...options, from: '2026-3-2' }, ['options', 'from']],
    ['a day that does not exist', { ...options, to: '2026-02-30' }, ['options', 'to']],
    ['a bad exception', { ...options, exceptions: ['soon'] }, ['options', 'exceptions', 0]],
    ['to before from', { ...options, from: '2026-03-09' }, ['options', 'to']],
    ['no options', undefined, ['options']],
  ])('reports %s as invalid_input and makes no sessions', (_name, badOptions, path) => {
    const result = expandWeeklyTemplate(sunday('09:00', '10:00'), badOptions as never);
    expect(result.sessions).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path })]);
  });

  it('reports an unknown time zone', () => {
    const result = expandWeeklyTemplate(sunday('09:00', '10:00'), { ...options, timeZone: 'Europe/Atlantis' });
    expect(result).toEqual({
      sessions: [],
      issues: [
        {
          code: 'invalid_time_zone',
          severity: 'error',
          message: '"Europe/Atlantis" is not a known IANA time zone (for example "America/New_York").',
          path: ['options', 'timeZone'],
          received: 'Europe/Atlantis',
        },
      ],
    });
  });

  it('reads JSON entries with "__proto__" keys without polluting any prototype', () => {
    const template: unknown = JSON.parse('[{"__proto__": {"polluted": 1}, "dayOfWeek": 1, "start": "09:00", "end": "10:00", "service": "group"}]');
    expect(expandWeeklyTemplate(template, options).sessions).toHaveLength(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not mutate the caller’s template or options', () => {
    const template = deepFreeze([{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }] as WeeklyTemplateEntry[]);
    const frozenOptions = deepFreeze({ ...options, exceptions: ['2026-03-03'] });
    const before = structuredClone({ template, frozenOptions });
    expandWeeklyTemplate(template, frozenOptions);
    expect({ template, frozenOptions }).toEqual(before);
  });
});
