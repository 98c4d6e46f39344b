import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from '../../src/_lib/calendarDate.js';
import { DAY_MS, dayNumberOf, dayNumberToDate } from '../../src/_lib/dayNumber.js';
import { parseInstantString } from '../../src/_lib/instant.js';

// The calendar-date, day-number and instant helpers are plain arithmetic for speed and bundle size.
// These tests hold them to the straightforward definitions they replace: date-fns for calendar
// dates, and a strict pattern followed by Date.parse for instants.

const reference = new TZDate(2000, 0, 1, 'UTC');
function referenceDayNumberOf(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', reference);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? Math.round(date.getTime() / DAY_MS) : undefined;
}
const referenceDayNumberToDate = (day: number): string => format(new TZDate(day * DAY_MS, 'UTC'), 'yyyy-MM-dd');

const instantPattern =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function referenceInstant(text: string): number {
  if (!instantPattern.test(text)) return Number.NaN;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const last = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day > last ? Number.NaN : Date.parse(text);
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

describe('dayNumberOf and dayNumberToDate', () => {
  it('accept and reject exactly the dates date-fns parses and writes back (leap days, month ends, year 0000)', () => {
    fc.assert(fc.property(dateText, (text) => {
      expect(dayNumberOf(text)).toBe(referenceDayNumberOf(text));
    }), { numRuns: 3_000 });
    for (const text of ['2024-02-29', '2026-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '0000-01-01', '0001-01-01', '9999-12-31']) {
      expect(dayNumberOf(text)).toBe(referenceDayNumberOf(text));
    }
  });

  it('write every day number as date-fns writes it, far into the past and the future', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 3_000_000 }), (day) => {
      expect(dayNumberToDate(day)).toBe(referenceDayNumberToDate(day));
    }), { numRuns: 3_000 });
    // 1970-01-01 is day 0; 2026-03-02 is 20 514 days later; day −719 528 is 0000-01-01, written 0001-01-01 as date-fns writes year 0.
    expect(dayNumberToDate(0)).toBe('1970-01-01');
    expect(dayNumberToDate(20_514)).toBe('2026-03-02');
    expect(dayNumberToDate(-719_528)).toBe(referenceDayNumberToDate(-719_528));
  });

  it('are inverse on real dates', () => {
    fc.assert(fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
      expect(dayNumberOf(dayNumberToDate(day))).toBe(day);
    }), { numRuns: 5_000 });
  });

  it('never throw on values that are not strings', () => {
    for (const value of [undefined, null, 20_260_302, {}, [], new Date(0)]) expect(dayNumberOf(value)).toBeUndefined();
  });
});

describe('parseInstantString', () => {
  it('gives what the strict pattern and Date.parse give, for near-valid and invalid texts alike', () => {
    fc.assert(fc.property(instantText, (text) => Object.is(parseInstantString(text), referenceInstant(text))), { numRuns: 10_000 });
  });

  it('gives what the reference gives after one character is changed, dropped or added', () => {
    const edited = fc
      .tuple(instantText, fc.nat(), fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', '\n', '٣'), fc.constantFrom('replace', 'drop', 'insert'))
      .map(([text, at, char, edit]) => {
        const i = at % (text.length + 1);
        return edit === 'replace' ? text.slice(0, i) + char + text.slice(i + 1) : edit === 'drop' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
      });
    fc.assert(fc.property(edited, (text) => Object.is(parseInstantString(text), referenceInstant(text))), { numRuns: 10_000 });
  });

  it('keeps whole milliseconds and drops further fraction digits, as Date.parse does (.1239 → 123 ms)', () => {
    const at = Date.UTC(2026, 2, 2, 9);
    expect(parseInstantString('2026-03-02T09:00:00.1239Z')).toBe(at + 123);
    expect(parseInstantString('2026-03-02T09:00:00.5Z')).toBe(at + 500);
    expect(parseInstantString('2026-03-02T09:00:00.999999999Z')).toBe(at + 999);
    // 09:00 at −05:00 is 14:00 UTC.
    expect(parseInstantString('2026-03-02T09:00-05:00')).toBe(Date.UTC(2026, 2, 2, 14));
  });

  it('reads years before 100 as themselves, not as 1900–1999', () => {
    expect(parseInstantString('0099-12-31T23:59:59Z')).toBe(Date.parse('0099-12-31T23:59:59Z'));
    expect(new Date(parseInstantString('0050-06-01T00:00Z')).getUTCFullYear()).toBe(50);
  });
});

describe('addCalendarDays and calendarDaysBetween', () => {
  const validDate = fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

  it('add days as date-fns addDays does on the UTC date, fractions included', () => {
    fc.assert(
      fc.property(validDate, fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -400, max: 400, noNaN: true })), (date, days) => {
        const expected = format(addDays(new TZDate(`${date}T00:00:00Z`, 'UTC'), days), 'yyyy-MM-dd');
        expect(addCalendarDays(date, days)).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
    // 2026-02-27 + 2 = 2026-03-01 (2026 is not a leap year); 2024-02-28 + 1 = 2024-02-29.
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('count calendar days as date-fns differenceInCalendarDays does', () => {
    fc.assert(
      fc.property(validDate, validDate, (from, to) => {
        const expected = differenceInCalendarDays(new TZDate(`${to}T00:00:00Z`, 'UTC'), new TZDate(`${from}T00:00:00Z`, 'UTC'));
        expect(calendarDaysBetween(from, to)).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
    // 2026-03-01 − 2026-02-01 = 28 days.
    expect(calendarDaysBetween('2026-02-01', '2026-03-01')).toBe(28);
  });

  it('throw on dates that are not real, as before', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(TypeError);
    expect(() => addCalendarDays('2026-03-01', Number.NaN)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2026-03-01', 'soon')).toThrow(TypeError);
  });
});
