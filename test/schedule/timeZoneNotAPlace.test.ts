// A program keeps the clocks of its place. A zone named by a fixed offset or an abbreviation does
// not: with timeZone 'EST' a 00:30 EDT session in July is 23:30 the day before, in another day and,
// on a Monday, another week. Such a name is accepted (the schedule is still checked in it) with a
// warning that names the option to set instead; every function that reports issues about its
// `timeZone` option says so the same way. UTC is a deliberate choice and gets no warning.
import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOG, expandWeeklyTemplate, summarizeSchedule, validateSchedule } from '../../src/index.js';

/** 00:30 EDT on Monday 6 July 2026 is 04:30 UTC. */
const mondayAfterMidnight = [{ start: '2026-07-06T00:30:00-04:00', end: '2026-07-06T02:00:00-04:00', service: 'group' as const }];

const zoneIssues = (timeZone: string) =>
  validateSchedule(mondayAfterMidnight, { level: 'aftercare', timeZone }).issues.filter((issue) => issue.path[1] === 'timeZone');

describe('time_zone_not_a_place', () => {
  it('warns about EST, which never changes its clocks: the July 00:30 EDT session lands on Sunday in the week before', () => {
    const result = validateSchedule(mondayAfterMidnight, { level: 'aftercare', timeZone: 'EST' });
    expect(result.ok).toBe(true);
    expect(result.weeks.map((week) => [week.weekStart, week.serviceDates])).toEqual([['2026-06-29', ['2026-07-05']]]);
    expect(result.issues).toEqual([
      {
        code: 'time_zone_not_a_place',
        severity: 'warning',
        message:
          '"EST" is a fixed offset (UTC-05:00), not a place, and never changes its clocks, so across a daylight-saving change its days are not the program\'s: set timeZone to the program\'s place name, such as "America/New_York".',
        path: ['options', 'timeZone'],
        received: 'EST',
      },
    ]);
    // The place name puts the session on Monday 6 July, and says nothing.
    const ny = validateSchedule(mondayAfterMidnight, { level: 'aftercare', timeZone: 'America/New_York' });
    expect(ny.issues).toEqual([]);
    expect(ny.weeks.map((week) => week.serviceDates)).toEqual([['2026-07-06']]);
  });

  it('keeps the warning when other input stops the check', () => {
    const codes = (sessions: unknown, options: object): string[][] =>
      validateSchedule(sessions, { level: 'aftercare', timeZone: 'EST', ...options }).issues.map((issue) => [issue.code, issue.path.join('.')]);
    const warning = ['time_zone_not_a_place', 'options.timeZone'];
    expect(codes('not a list', {})).toEqual([warning, ['invalid_input', 'sessions']]);
    expect(codes(mondayAfterMidnight, { stay: { start: '2026-07-06', end: '2026-07-01' } })).toEqual([warning, ['invalid_input', 'options.stay.end']]);
    expect(codes(mondayAfterMidnight, { stay: { start: '2000-01-01', end: '2026-07-10' } })).toEqual([warning, ['invalid_input', 'options.stay.end']]);
    expect(codes(mondayAfterMidnight, { stay: { start: '2000-01-01' } })).toEqual([warning, ['invalid_input', 'options.stay']]);
    expect(codes(mondayAfterMidnight, { policy: { id: 5 } })[0]).toEqual(warning);
  });

  it.each([
    ['Etc/GMT+5', 'UTC-05:00'],
    ['etc/gmt-14', 'UTC+14:00'],
    ['MST', 'UTC-07:00'],
    ['HST', 'UTC-10:00'],
    ['GMT', 'UTC+00:00'],
    ['Etc/Greenwich', 'UTC+00:00'],
  ])('warns about the fixed offset %s (%s), whatever its case', (timeZone, offset) => {
    expect(zoneIssues(timeZone)).toEqual([
      expect.objectContaining({ code: 'time_zone_not_a_place', message: expect.stringContaining(`"${timeZone}" is a fixed offset (${offset}), not a place`) }),
    ]);
  });

  it.each(['PST', 'CST', 'IST', 'BST', 'CET', 'EST5EDT', 'pst8pdt'])('warns about the abbreviation %s, which runtimes read their own way', (timeZone) => {
    expect(zoneIssues(timeZone)).toEqual([
      expect.objectContaining({
        code: 'time_zone_not_a_place',
        severity: 'warning',
        message: `"${timeZone}" is an abbreviation, not a place, which runtimes read differently and which may not follow the program's clock changes: set timeZone to the program's place name, such as "America/New_York".`,
      }),
    ]);
  });

  it.each(['UTC', 'Etc/UTC', 'utc', 'America/New_York', 'Asia/Kolkata', 'America/Phoenix', 'Europe/London'])(
    'says nothing about %s: UTC is chosen on purpose, and a place name follows its place',
    (timeZone) => {
      expect(zoneIssues(timeZone)).toEqual([]);
    },
  );

  it('is reported the same way by expandWeeklyTemplate, which still expands the template in that zone', () => {
    const { sessions, issues } = expandWeeklyTemplate([{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }], {
      from: '2026-07-06',
      to: '2026-07-06',
      timeZone: 'EST',
    });
    expect(sessions).toEqual([{ start: '2026-07-06T09:00:00-05:00', end: '2026-07-06T12:00:00-05:00', service: 'group' }]);
    expect(issues).toEqual(zoneIssues('EST'));
  });

  it('still reports an unknown zone as invalid_time_zone, and nothing else about it', () => {
    expect(zoneIssues('America/Gotham').map((issue) => issue.code)).toEqual(['invalid_time_zone']);
  });

  it('is a warning: the schedule is checked in the zone given, as summarizeSchedule (which reports no issues) also counts it', () => {
    expect(ISSUE_CATALOG.time_zone_not_a_place.severity).toBe('warning');
    expect(summarizeSchedule(mondayAfterMidnight, { timeZone: 'EST' })[0]?.serviceDates).toEqual(['2026-07-05']);
  });
});
