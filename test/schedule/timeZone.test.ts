import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/_lib/timeZone.js';

// The library's one time-zone helper (src/_lib/timeZone.ts): schedules count days and weeks in the
// program's zone through it, so its offsets, wall times and instants are tested as a unit.
const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

function clockOf(timeZone: string) {
  const clock = zoneClock(timeZone);
  if (clock === undefined) throw new Error(`${timeZone} must be known`);
  return clock;
}

describe('zoneClock', () => {
  it('knows IANA names and UTC, and nothing else', () => {
    for (const known of ['America/New_York', 'Asia/Kolkata', 'UTC']) expect(zoneClock(known)?.timeZone, known).toBe(known);
    for (const bad of ['Mars/Olympus_Mons', 'Nowhere/Land', '', ' America/New_York', 'America/New_York ', 'x'.repeat(200), 5, null, undefined, {}]) {
      expect(zoneClock(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('offsets', () => {
  it('switches New York from −5 h to −4 h at 07:00 UTC on 2026-03-08 (02:00 EST)', () => {
    const newYork = clockOf('America/New_York');
    expect(newYork.offsetAt(Date.UTC(2026, 2, 8, 6, 59, 59, 999))).toBe(-5 * HOUR);
    expect(newYork.offsetAt(Date.UTC(2026, 2, 8, 7))).toBe(-4 * HOUR);
  });

  it('finds Lord Howe Island’s half-hour change at 15:30 UTC on 2026-10-03 (+10:30 → +11:00)', () => {
    const lordHowe = clockOf('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(Date.UTC(2026, 9, 3, 15, 29, 59))).toBe(10.5 * HOUR);
    expect(lordHowe.offsetAt(Date.UTC(2026, 9, 3, 15, 30))).toBe(11 * HOUR);
  });

  it('gives Kolkata +05:30 all year', () => {
    const kolkata = clockOf('Asia/Kolkata');
    expect(kolkata.offsetAt(Date.UTC(2026, 0, 1))).toBe(5.5 * HOUR);
    expect(kolkata.offsetAt(Date.UTC(2026, 6, 1))).toBe(5.5 * HOUR);
  });

  // Weeks and days are computed from the zone's offset at each instant; the cached offsets must
  // agree with @date-fns/tz across DST rules old and new, including Lord Howe's 30-minute shift and
  // Santiago's southern-hemisphere changes.
  it('agrees with @date-fns/tz tzOffset at random instants from 1970 to 2100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'),
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) / 1000 }),
        (timeZone, seconds) => {
          const instant = seconds * 1000;
          expect(clockOf(timeZone).offsetAt(instant)).toBe(tzOffset(timeZone, new Date(instant)) * MINUTE);
        },
      ),
    );
  });
});

describe('offsets west of Greenwich by less than an hour', () => {
  // Liberia kept Monrovia Mean Time, GMT-00:44:30 (Intl longOffset), until 1972-01-07: 44.5 minutes
  // behind UTC. tzOffset itself answers +44.5 there (date-fns #4279).
  const monrovia = clockOf('Africa/Monrovia');
  const instant = Date.UTC(1971, 5, 1, 0, 30);

  it('gives Monrovia in 1971 an offset of -44.5 minutes', () => {
    expect(monrovia.offsetAt(instant)).toBe(-44.5 * MINUTE);
  });

  it('puts 1971-06-01T00:30Z on 1971-05-31 local (23:45:30), written with the offset rounded to -00:44', () => {
    expect(monrovia.localDay(instant)).toBe(Date.UTC(1971, 4, 31) / DAY);
    expect(monrovia.formatInstant(instant)).toBe('1971-05-31T23:46:00-00:44');
  });

  it('follows the change to GMT on 1972-01-07', () => {
    expect(monrovia.offsetAt(Date.UTC(1972, 0, 8))).toBe(0);
  });
});

describe('local days, wall times and instants', () => {
  const newYork = clockOf('America/New_York');

  it('gives the local day of an instant as days since 1970-01-01', () => {
    // 03:30 UTC on 03-08 is 22:30 EST on 03-07; 20:00 UTC on 03-01 is 01:30 on 03-02 in Kolkata.
    expect(newYork.localDay(Date.UTC(2026, 2, 8, 3, 30))).toBe(Date.UTC(2026, 2, 7) / DAY);
    expect(clockOf('Asia/Kolkata').localDay(Date.UTC(2026, 2, 1, 20))).toBe(Date.UTC(2026, 2, 2) / DAY);
  });

  it('formats an instant with the offset in force, milliseconds only when present', () => {
    expect(newYork.formatInstant(Date.UTC(2026, 2, 9, 13))).toBe('2026-03-09T09:00:00-04:00');
    expect(newYork.formatInstant(Date.UTC(2026, 2, 2, 14, 0, 0, 250))).toBe('2026-03-02T09:00:00.250-05:00');
    expect(clockOf('UTC').formatInstant(Date.UTC(2026, 0, 1))).toBe('2026-01-01T00:00:00+00:00');
    expect(clockOf('Asia/Kolkata').formatInstant(Date.UTC(2026, 2, 2, 3, 30))).toBe('2026-03-02T09:00:00+05:30');
  });

  it('formats years below 100 and offsets with seconds as strings naming the same instant', () => {
    const early = Date.parse('0050-06-15T12:00:00Z');
    expect(clockOf('UTC').formatInstant(early)).toBe('0050-06-15T12:00:00+00:00');
    // New York kept local mean time (−4:56:02) before 1883; the offset is written to the minute.
    const lmt = Date.UTC(1800, 0, 1, 12);
    const written = newYork.formatInstant(lmt);
    expect(written).toBe('1800-01-01T07:04:00-04:56');
    expect(Date.parse(written)).toBe(lmt);
  });

  it('resolves wall times: exact, in the spring-forward gap, and twice on the fall-back night', () => {
    const march8 = Date.UTC(2026, 2, 8) / DAY;
    const november1 = Date.UTC(2026, 10, 1) / DAY;
    expect(newYork.wallTimeToInstant(march8, 60)).toEqual({ instant: Date.UTC(2026, 2, 8, 6), kind: 'exact' });
    expect(newYork.wallTimeToInstant(march8, 150)).toEqual({ instant: Date.UTC(2026, 2, 8, 7, 30), kind: 'nonexistent' });
    expect(newYork.wallTimeToInstant(november1, 90)).toEqual({ instant: Date.UTC(2026, 10, 1, 5, 30), kind: 'ambiguous' });
    expect(newYork.wallTimeToInstant(november1, 150)).toEqual({ instant: Date.UTC(2026, 10, 1, 7, 30), kind: 'exact' });
  });
});
