// Calendar-date arithmetic behind plans and episode gaps: whole days, no time zone, and a readable
// error (never a wrong date) for text that is not a date or a result outside Date's range.
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from '../../src/_lib/calendarDate.js';

describe('addCalendarDays and calendarDaysBetween', () => {
  it('adds across a leap day: 2028-02-28 + 1 = 2028-02-29, + 2 = 2028-03-01', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('counts 2026-01-01 → 2026-03-01 as 31 + 28 = 59 days, and backwards as −59', () => {
    expect(calendarDaysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(calendarDaysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('throws a TypeError for text that is not a calendar date', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(new TypeError('not a calendar date: 2026-02-30'));
    expect(() => calendarDaysBetween('2026-01-01', 'soon')).toThrow(new TypeError('not calendar dates: 2026-01-01, soon'));
  });

  it('throws a RangeError past the range of a Date (10^8 days ≈ 273 790 years)', () => {
    expect(() => addCalendarDays('2026-01-01', 200_000_000)).toThrow(RangeError);
  });
});
