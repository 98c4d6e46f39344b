import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPathway, validateEpisodes } from '../../src/index.js';

// Plans and episode histories count calendar dates: whole days, no time and no zone. These tests
// hold them to date-fns on UTC dates (the definitions they must match) through the public API.

const DAY_MS = 86_400_000;
const reference = new TZDate(2000, 0, 1, 'UTC');
/** The date-fns reading of a `YYYY-MM-DD` text: a real date it writes back unchanged, else undefined. */
function referenceDate(value: string): TZDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', reference);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? date : undefined;
}
const utcDate = (day: number): TZDate => new TZDate(day * DAY_MS, 'UTC');

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const dateText = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
// Days 0001-01-01 to 9999-12-31 as days since 1970-01-01.
const realDay = fc.integer({ min: -719_162, max: 2_932_896 });
const dayOneAftercare = { lengthOfStayDays: { aftercare: 1 } };

describe('calendar dates of plans', () => {
  it('accepts exactly the dates date-fns parses and writes back (leap days, month ends, year 0000)', () => {
    const check = (text: string): void => {
      const plan = planPathway('aftercare', text, dayOneAftercare);
      expect(plan.ok, text).toBe(referenceDate(text) !== undefined);
      if (plan.ok) expect(plan.phases[0]?.start).toBe(text);
    };
    fc.assert(fc.property(dateText, check), { numRuns: 3_000 });
    for (const text of ['2024-02-29', '2026-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '0000-01-01', '0001-01-01', '9999-12-31']) check(text);
  }, 30_000);

  it('writes every date of a plan as date-fns adds days to the UTC date, from the year 0001 to 9999', () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: 1, max: 36_500 }), (day, days) => {
        fc.pre(day + days - 1 <= 2_932_896);
        const start = format(utcDate(day), 'yyyy-MM-dd');
        const plan = planPathway('aftercare', start, { lengthOfStayDays: { aftercare: days } });
        expect(plan.phases).toEqual([{ level: 'aftercare', start, end: format(addDays(utcDate(day), days - 1), 'yyyy-MM-dd'), expectedDays: days }]);
      }),
      { numRuns: 3_000 },
    );
  }, 30_000);

  it('adds across a leap day: a 2-day phase from 2028-02-28 ends on 02-29, the next starts on 03-01', () => {
    expect(planPathway('op', '2028-02-28', { lengthOfStayDays: { op: 2, aftercare: 1 } }).phases).toEqual([
      { level: 'op', start: '2028-02-28', end: '2028-02-29', expectedDays: 2 },
      { level: 'aftercare', start: '2028-03-01', end: '2028-03-01', expectedDays: 1 },
    ]);
  });

  it('reports a plan that would end after 9999-12-31 as invalid_input, never a date with five digits', () => {
    const plan = planPathway('op', '9999-12-01', { lengthOfStayDays: { op: 30, aftercare: 2 } });
    expect(plan).toEqual({
      ok: false,
      phases: [],
      notes: [],
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          message: 'Invalid input: startDate: the aftercare phase would end after 9999-12-31, the last date a plan can hold.',
          path: ['startDate'],
        },
      ],
    });
  });
});

describe('calendar days between episodes', () => {
  it('counts the days from a discharge to the next start as date-fns differenceInCalendarDays does', () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: 0, max: 100_000 }), (discharge, gap) => {
        fc.pre(discharge + gap <= 2_932_896);
        const end = format(utcDate(discharge), 'yyyy-MM-dd');
        const nextStart = format(utcDate(discharge + gap), 'yyyy-MM-dd');
        const result = validateEpisodes([
          { level: 'detox', start: end, end },
          { level: 'op', start: nextStart },
        ]);
        expect(result.followUp[0]?.daysToNext).toBe(differenceInCalendarDays(utcDate(discharge + gap), utcDate(discharge)));
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it('counts 2026-01-01 → 2026-03-01 as 31 + 28 = 59 days', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2025-12-28', end: '2026-01-01' },
      { level: 'iop', start: '2026-03-01' },
    ]);
    expect(result.followUp[0]?.daysToNext).toBe(59);
  });
});
