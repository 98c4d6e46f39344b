import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/_lib/calendarMonths.js';
import { dayNumberOf, dayNumberToDate } from '../../src/_lib/dayNumber.js';

const plus = (date: string, months: number): string => dayNumberToDate(addCalendarMonths(dayNumberOf(date) ?? Number.NaN, months));

describe('addCalendarMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(plus('2026-01-15', 1)).toBe('2026-02-15');
    expect(plus('2026-11-30', 2)).toBe('2027-01-30');
    expect(plus('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('moves a day the target month lacks to its last day, leap years included', () => {
    expect(plus('2023-12-31', 2)).toBe('2024-02-29');
    expect(plus('2024-01-31', 1)).toBe('2024-02-29');
    expect(plus('2100-01-29', 1)).toBe('2100-02-28');
    expect(plus('2011-10-30', 2)).toBe('2011-12-30');
  });

  it('counts whole years as 12 months', () => {
    expect(plus('2024-02-29', 12)).toBe('2025-02-28');
    expect(plus('0001-01-01', 12 * 9998)).toBe('9999-01-01');
  });
});
