import { describe, expect, it } from 'vitest';
import { dayNumberOf, dayNumberToDate, weekStartOf, weekdayOf } from '../../src/_lib/dayNumber.js';
import { instantMs, parseInstantString } from '../../src/_lib/instant.js';
import {
  formatInstantInZone,
  isValidTimeZone,
  localDateOf,
  timeZoneOffset,
  zoneClock,
} from '../../src/_lib/timeZone.js';

// The library's one time-zone helper (src/_lib/timeZone.ts), used by the schedule module.
const HOUR = 3_600_000;

describe('isValidTimeZone', () => {
  it('accepts IANA names and UTC, and rejects anything else', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    for (const bad of ['Mars/Olympus_Mons', '', ' America/New_York', 'America/New_York ', 'x'.repeat(200), 5, null, undefined, {}]) {
      expect(isValidTimeZone(bad), String(bad)).toBe(false);
    }
  });

  it('gives undefined, never NaN, for an unknown zone', () => {
    expect(timeZoneOffset('Nowhere/Land', 0)).toBeUndefined();
    expect(localDateOf(0, 'Nowhere/Land')).toBeUndefined();
    expect(formatInstantInZone(0, 'Nowhere/Land')).toBeUndefined();
    expect(zoneClock('Nowhere/Land')).toBeUndefined();
  });
});

describe('zoneClock offsets', () => {
  it('switches New York from −5 h to −4 h at 07:00 UTC on 2026-03-08 (02:00 EST)', () => {
    expect(timeZoneOffset('America/New_York', Date.UTC(2026, 2, 8, 6, 59, 59, 999))).toBe(-5 * HOUR);
    expect(timeZoneOffset('America/New_York', Date.UTC(2026, 2, 8, 7))).toBe(-4 * HOUR);
  });

  it('finds Lord Howe Island’s half-hour change at 15:30 UTC on 2026-10-03 (+10:30 → +11:00)', () => {
    expect(timeZoneOffset('Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 29, 59))).toBe(10.5 * HOUR);
    expect(timeZoneOffset('Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 30))).toBe(11 * HOUR);
  });

  it('gives Kolkata +05:30 all year', () => {
    expect(timeZoneOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(5.5 * HOUR);
    expect(timeZoneOffset('Asia/Kolkata', Date.UTC(2026, 6, 1))).toBe(5.5 * HOUR);
  });
});

describe('zoneClock dates and wall times', () => {
  const newYork = zoneClock('America/New_York');
  if (newYork === undefined) throw new Error('America/New_York must be known');

  it('gives the local date of an instant', () => {
    // 03:30 UTC on 03-08 is 22:30 EST on 03-07.
    expect(newYork.localDate(Date.UTC(2026, 2, 8, 3, 30))).toBe('2026-03-07');
    expect(localDateOf(Date.UTC(2026, 2, 1, 20), 'Asia/Kolkata')).toBe('2026-03-02');
  });

  it('formats an instant with the offset in force, milliseconds only when present', () => {
    expect(newYork.formatInstant(Date.UTC(2026, 2, 9, 13))).toBe('2026-03-09T09:00:00-04:00');
    expect(newYork.formatInstant(Date.UTC(2026, 2, 2, 14, 0, 0, 250))).toBe('2026-03-02T09:00:00.250-05:00');
    expect(formatInstantInZone(Date.UTC(2026, 0, 1), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
    expect(formatInstantInZone(Date.UTC(2026, 2, 2, 3, 30), 'Asia/Kolkata')).toBe('2026-03-02T09:00:00+05:30');
  });

  it('formats years below 100 and offsets with seconds as valid instants', () => {
    const early = parseInstantString('0050-06-15T12:00:00Z');
    expect(formatInstantInZone(early, 'UTC')).toBe('0050-06-15T12:00:00+00:00');
    // New York kept local mean time (−4:56:02) before 1883; the offset is written to the minute.
    const lmt = Date.UTC(1800, 0, 1, 12);
    const written = newYork.formatInstant(lmt);
    expect(written).toBe('1800-01-01T07:04:00-04:56');
    expect(parseInstantString(written)).toBe(lmt);
  });

  it('resolves wall times: exact, in the spring-forward gap, and twice on the fall-back night', () => {
    const march8 = dayNumberOf('2026-03-08') ?? 0;
    const november1 = dayNumberOf('2026-11-01') ?? 0;
    expect(newYork.wallTimeToInstant(march8, 60)).toEqual({ instant: Date.UTC(2026, 2, 8, 6), kind: 'exact' });
    expect(newYork.wallTimeToInstant(march8, 150)).toEqual({ instant: Date.UTC(2026, 2, 8, 7, 30), kind: 'nonexistent' });
    expect(newYork.wallTimeToInstant(november1, 90)).toEqual({ instant: Date.UTC(2026, 10, 1, 5, 30), kind: 'ambiguous' });
    expect(newYork.wallTimeToInstant(november1, 150)).toEqual({ instant: Date.UTC(2026, 10, 1, 7, 30), kind: 'exact' });
  });
});

describe('day numbers and instants', () => {
  it('converts dates and day numbers both ways and finds weekdays and week starts', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2026-03-02')).toBe(20_514);
    expect(dayNumberToDate(20_514)).toBe('2026-03-02');
    expect(dayNumberToDate(-1)).toBe('1969-12-31');
    expect(dayNumberOf('2026-02-30')).toBeUndefined();
    // 2026-03-02 is a Monday (1); its Sunday-start week begins 03-01, its Monday-start week on itself.
    expect(weekdayOf(20_514)).toBe(1);
    expect(weekStartOf(20_514, 0)).toBe(20_513);
    expect(weekStartOf(20_514, 1)).toBe(20_514);
    expect(weekdayOf(-1)).toBe(3);
  });

  it('parses only strict instants with an offset or Z', () => {
    expect(instantMs('2026-03-02T09:00:00-05:00')).toBe(Date.UTC(2026, 2, 2, 14));
    expect(instantMs('2028-02-29T00:00:00Z')).toBe(Date.UTC(2028, 1, 29));
    expect(instantMs(new Date(5))).toBe(5);
    for (const bad of ['2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-03-02T09:00:00', '2026-13-01T00:00:00Z', '', 5, null]) {
      expect(instantMs(bad), String(bad)).toBeNaN();
    }
  });
});
