// Every weekly threshold of the built-in policies, checked at the boundary through validateSchedule:
// exactly at the value and one minute (or one day) past it. The policy tables are data built once at
// load, which mutation testing leaves out (see test/stryker.config.mjs); these rows are what catches
// a wrong number or a flipped inclusive/exclusive bound. One session a day, Monday 2 March 2026 on,
// 08:00 UTC, checked in UTC.
import { describe, expect, it } from 'vitest';
import { POLICIES, billableDays, validateSchedule, type LevelId, type Policy, type Population, type Session } from '../../src/index.js';

const DAY_MS = 86_400_000;
const MONDAY = Date.UTC(2026, 2, 2, 8);

/** One session a day from Monday, of the given minutes. */
function week(minutesPerDay: readonly number[]): Session[] {
  return minutesPerDay.map((minutes, day) => {
    const start = MONDAY + day * DAY_MS;
    return { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString(), service: 'group' };
  });
}

const codes = (policy: Policy, level: LevelId, population: Population, minutes: readonly number[]): string[] =>
  validateSchedule(week(minutes), { level, timeZone: 'UTC', policy, population })
    .issues.filter((issue) => issue.severity !== 'info')
    .map((issue) => issue.code)
    .sort();

const { general, medicare2024, h0015 } = POLICIES;

describe('general policy boundaries', () => {
  it.each([
    // IOP adults: ≥ 9 h (inclusive) and < 20 h, 3–5 days.
    ['IOP adult 3 × 180 = 540 min = 9 h on 3 days passes', 'iop', 'adult', [180, 180, 180], []],
    ['IOP adult 180 + 180 + 179 = 539 min < 9 h fails the hours', 'iop', 'adult', [180, 180, 179], ['week_hours_below_minimum']],
    ['IOP adult 5 × 240 = 1200 min = 20 h is at the exclusive maximum', 'iop', 'adult', [240, 240, 240, 240, 240], ['week_hours_above_maximum']],
    ['IOP adult 4 × 240 + 239 = 1199 min < 20 h passes', 'iop', 'adult', [240, 240, 240, 240, 239], []],
    ['IOP adult 2 days × 270 = 9 h fails the 3-day minimum', 'iop', 'adult', [270, 270], ['week_days_below_minimum']],
    ['IOP adult 6 days × 100 = 10 h fails the 5-day maximum', 'iop', 'adult', [100, 100, 100, 100, 100, 100], ['week_days_above_maximum']],
    // IOP adolescents: ≥ 6 h.
    ['IOP adolescent 3 × 120 = 360 min = 6 h passes', 'iop', 'adolescent', [120, 120, 120], []],
    ['IOP adolescent 120 + 120 + 119 = 359 min < 6 h fails', 'iop', 'adolescent', [120, 120, 119], ['week_hours_below_minimum']],
    // PHP: ≥ 20 h on ≥ 5 days, adolescents alike.
    ['PHP 5 × 240 = 20 h on 5 days passes', 'php', 'adult', [240, 240, 240, 240, 240], []],
    ['PHP 4 × 240 + 239 = 1199 min < 20 h fails', 'php', 'adult', [240, 240, 240, 240, 239], ['week_hours_below_minimum']],
    ['PHP 4 days × 300 = 20 h fails the 5-day minimum', 'php', 'adult', [300, 300, 300, 300], ['week_days_below_minimum']],
    ['PHP adolescent 4 × 240 + 239 min fails like adults', 'php', 'adolescent', [240, 240, 240, 240, 239], ['week_hours_below_minimum']],
    // OP: < 9 h adults, < 6 h adolescents (both exclusive).
    ['OP adult 539 min < 9 h passes', 'op', 'adult', [180, 180, 179], []],
    ['OP adult 540 min = 9 h is at the exclusive maximum', 'op', 'adult', [180, 180, 180], ['week_hours_above_maximum']],
    ['OP adolescent 359 min < 6 h passes', 'op', 'adolescent', [120, 120, 119], []],
    ['OP adolescent 360 min = 6 h is at the exclusive maximum', 'op', 'adolescent', [120, 120, 120], ['week_hours_above_maximum']],
    // Low-intensity residential: ≥ 5 h of clinical services.
    ['residential 5 × 60 = 5 h passes', 'residential', 'adult', [60, 60, 60, 60, 60], []],
    ['residential 4 × 60 + 59 = 299 min < 5 h fails', 'residential', 'adult', [60, 60, 60, 60, 59], ['week_hours_below_minimum']],
    // Sessions up to 480 minutes (8 h); one more minute is a warning.
    ['aftercare 480-minute session passes', 'aftercare', 'adult', [480], []],
    ['aftercare 481-minute session is too long', 'aftercare', 'adult', [481], ['session_too_long']],
  ] as const)('%s', (_name, level, population, minutes, expected) => {
    expect(codes(general, level, population, minutes)).toEqual([...expected].sort());
  });
});

describe('medicare-2024 boundaries (hours only: no day counts)', () => {
  it.each([
    ['IOP 19.5 h (3 × 390 min) is inside the band', 'iop', [390, 390, 390], []],
    ['IOP 3 × 180 = 9 h passes on 3 days', 'iop', [180, 180, 180], []],
    ['IOP 539 min < 9 h fails', 'iop', [180, 180, 179], ['week_hours_below_minimum']],
    ['IOP 20 h (3 × 400 min) is at the exclusive maximum', 'iop', [400, 400, 400], ['week_hours_above_maximum']],
    ['PHP 20 h on 2 days (2 × 600 min) passes: no day count', 'php', [600, 600], []],
    ['PHP 600 + 599 = 1199 min < 20 h fails', 'php', [600, 599], ['week_hours_below_minimum']],
  ] as const)('%s', (_name, level, minutes, expected) => {
    expect(codes(medicare2024, level, 'adult', minutes)).toEqual([...expected]);
  });
});

describe('hcpcs-h0015 boundaries', () => {
  it('bills a day of 180 minutes and not one of 179', () => {
    const days = billableDays(week([180, 179]), { level: 'iop', policy: h0015, timeZone: 'UTC' });
    expect(days.map((day) => [day.minutes, day.billable])).toEqual([
      [180, true],
      [179, false],
    ]);
  });

  it('needs 3 service days of ≥ 3 h: 3 × 180 min passes, 180 + 180 + 179 fails that day and the day count', () => {
    expect(codes(h0015, 'iop', 'adult', [180, 180, 180])).toEqual([]);
    expect(codes(h0015, 'iop', 'adult', [180, 180, 179])).toEqual(['day_hours_below_minimum', 'week_days_below_minimum']);
  });
});

describe('medicare-2024 per-diem tiers', () => {
  it('puts 3 PHP services in the 3-or-fewer tier and 4 in the 4-or-more tier; 2 are not billable', () => {
    const day = (services: number): Session[] =>
      Array.from({ length: services }, (_, k) => {
        const start = MONDAY + k * 3_600_000;
        return { start: new Date(start).toISOString(), end: new Date(start + 50 * 60_000).toISOString(), service: 'group' };
      });
    const tierOf = (services: number) => billableDays(day(services), { level: 'php', policy: medicare2024, timeZone: 'UTC' })[0];
    expect([tierOf(2)?.billable, tierOf(2)?.tier]).toEqual([false, undefined]);
    expect(tierOf(3)?.tier).toBe('3-or-fewer-services');
    expect(tierOf(4)?.tier).toBe('4-or-more-services');
  });
});
