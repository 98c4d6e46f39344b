import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantSchema, summarizeSchedule } from '../../src/index.js';

// Sessions start and end at instants: strict ISO 8601 strings with an offset or Z, read digit by
// digit for speed. These tests hold that reading to the plain definition it replaces — a strict
// pattern, then Date.parse — and the dates of weeks to date-fns, through the public API.

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const FIRST_INSTANT = Date.parse('0001-01-02T00:00:00Z');
const END_OF_INSTANTS = Date.parse('9999-12-31T00:00:00Z');

const instantPattern =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function referenceInstant(text: string): number {
  if (!instantPattern.test(text)) return Number.NaN;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const last = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  const ms = day > last ? Number.NaN : Date.parse(text);
  // Only instants whose date is in the years 0001–9999 in every time zone: a day's margin at each end.
  return ms >= FIRST_INSTANT && ms < END_OF_INSTANTS ? ms : Number.NaN;
}

/** The minutes summarizeSchedule counts for a session from `start` to one minute after `reference`. */
function minutesUntilAMinuteAfter(start: string | Date, reference: number): number | undefined {
  const end = new Date(reference + MINUTE).toISOString();
  return summarizeSchedule([{ start, end, service: 'group' }], { timeZone: 'UTC' })[0]?.minutes;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const dateText = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const instantText = fc
  .record({
    date: dateText,
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
    fraction: fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constant('Z'),
      fc.constant(''),
      fc.constant('z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(({ date, hour, minute, second, fraction, zone }) => {
    const seconds = second === undefined ? '' : `:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}`;
    return `${date}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
  });

/** InstantSchema accepts exactly what the reference reads, and a session from it counts from that moment. */
function agreesWithReference(text: string): void {
  const expected = referenceInstant(text);
  expect(InstantSchema.safeParse(text).success, text).toBe(!Number.isNaN(expected));
  // The end, one minute later, is written as an ISO string, which has four-digit years only from 0000 to 9999.
  if (!Number.isNaN(expected) && expected < END_OF_INSTANTS - MINUTE) {
    expect(minutesUntilAMinuteAfter(text, expected), text).toBe(1);
  }
}

describe('instants', () => {
  it('are read as the strict pattern and Date.parse read them, for near-valid and invalid texts alike', () => {
    fc.assert(fc.property(instantText, agreesWithReference), { numRuns: 5_000 });
  }, 30_000);

  it('are read as the reference reads them after one character is changed, dropped or added', () => {
    const edited = fc
      .tuple(instantText, fc.nat(), fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', '\n', '٣'), fc.constantFrom('replace', 'drop', 'insert'))
      .map(([text, at, char, edit]) => {
        const i = at % (text.length + 1);
        return edit === 'replace' ? text.slice(0, i) + char + text.slice(i + 1) : edit === 'drop' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
      });
    fc.assert(fc.property(edited, agreesWithReference), { numRuns: 5_000 });
  }, 30_000);

  it('keep whole milliseconds and drop further fraction digits, as Date.parse does (.1239 → 123 ms)', () => {
    const minutes = (start: string, end: string): number | undefined =>
      summarizeSchedule([{ start, end, service: 'group' }], { timeZone: 'UTC' })[0]?.minutes;
    expect(minutes('2026-03-02T09:00:00.1239Z', '2026-03-02T09:01:00.123Z')).toBe(1);
    expect(minutes('2026-03-02T09:00:00.5Z', '2026-03-02T09:01:00.500Z')).toBe(1);
    expect(minutes('2026-03-02T09:00:00.999999999Z', '2026-03-02T09:01:00.999Z')).toBe(1);
    // 09:00 at −05:00 is 14:00 UTC.
    expect(minutes('2026-03-02T09:00-05:00', '2026-03-02T14:30:00Z')).toBe(30);
  });

  it('read years before 100 as themselves, not as 1900–1999', () => {
    // 0050-06-01 was a Wednesday: its week starts on Monday 05-30.
    expect(summarizeSchedule([{ start: '0050-06-01T00:00Z', end: '0050-06-01T01:00Z', service: 'group' }], { timeZone: 'UTC' })).toEqual([
      expect.objectContaining({ weekStart: '0050-05-30', serviceDates: ['0050-06-01'], minutes: 60 }),
    ]);
  });

  it('accept Dates, and reject local times, impossible days and values that are not instants', () => {
    expect(InstantSchema.safeParse(new Date(5)).success).toBe(true);
    expect(InstantSchema.safeParse('2028-02-29T00:00:00Z').success).toBe(true);
    for (const bad of ['2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-03-02T09:00:00', '2026-13-01T00:00:00Z', '', 5, null]) {
      expect(InstantSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});

describe('dates of days and weeks', () => {
  // Local dates are written from day numbers by plain arithmetic; date-fns is the definition.
  const writtenByDateFns = (day: number): string => format(new TZDate(day * DAY_MS, 'UTC'), 'yyyy-MM-dd');

  it('are written as date-fns writes them, from 0001-01-02 to 9999-12-30', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_161, max: 2_932_895 }), (day) => {
        const noon = new Date(day * DAY_MS + 12 * 3_600_000).toISOString();
        const [week] = summarizeSchedule([{ start: noon, end: new Date(day * DAY_MS + 13 * 3_600_000).toISOString(), service: 'group' }], {
          timeZone: 'UTC',
          weekStartsOn: new Date(day * DAY_MS).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6,
        });
        expect(week?.serviceDates).toEqual([writtenByDateFns(day)]);
        expect(week?.weekStart).toBe(writtenByDateFns(day));
      }),
      { numRuns: 3_000 },
    );
    // Year 0000 (which date-fns would write as 0001, the year 1 BC) and the last day of 9999 are not read.
    expect(summarizeSchedule([{ start: '0000-01-01T12:00Z', end: '0000-01-01T13:00Z', service: 'group' }], { timeZone: 'UTC' })).toEqual([]);
    expect(summarizeSchedule([{ start: '9999-12-31T12:00Z', end: '9999-12-31T13:00Z', service: 'group' }], { timeZone: 'UTC' })).toEqual([]);
  }, 30_000);

  it('start on the chosen weekday: 2026-03-02 is a Monday, 1969-12-31 a Wednesday', () => {
    const weekStart = (date: string, weekStartsOn: 0 | 1 | 3): string | undefined =>
      summarizeSchedule([{ start: `${date}T09:00Z`, end: `${date}T10:00Z`, service: 'group' }], { timeZone: 'UTC', weekStartsOn })[0]?.weekStart;
    expect(weekStart('2026-03-02', 0)).toBe('2026-03-01');
    expect(weekStart('2026-03-02', 1)).toBe('2026-03-02');
    expect(weekStart('1969-12-31', 3)).toBe('1969-12-31');
    expect(weekStart('1969-12-31', 1)).toBe('1969-12-29');
  });
});
