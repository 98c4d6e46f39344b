import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from 'zod/v4/locales/en.js';
import {
  SERVICE_TYPES,
  SESSION_STATUSES,
  SessionSchema,
  billableDays,
  expandWeeklyTemplate,
  summarizeSchedule,
  validateSchedule,
  type Issue,
  type Session,
  type Week,
} from '../../src/index.js';

const MINUTE = 60_000;
const english = en().localeError;
// 2026-02-20 to early April crosses the March clock changes of New York, London and Sydney's April one.
const BASE = Date.UTC(2026, 1, 20);
const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;

interface Spec {
  readonly startMinute: number;
  readonly minutes: number;
  readonly service: (typeof SERVICE_TYPES)[number];
  readonly status: (typeof SESSION_STATUSES)[number] | undefined;
  readonly asDate: boolean;
}

const specArbitrary: fc.Arbitrary<Spec> = fc.record({
  startMinute: fc.integer({ min: 0, max: 60 * 24 * 45 }),
  minutes: fc.integer({ min: 1, max: 600 }),
  service: fc.constantFrom(...SERVICE_TYPES),
  status: fc.option(fc.constantFrom(...SESSION_STATUSES), { nil: undefined }),
  asDate: fc.boolean(),
});

function toSession(spec: Spec): Session {
  const start = BASE + spec.startMinute * MINUTE;
  const end = start + spec.minutes * MINUTE;
  const session: Session = spec.asDate
    ? { start: new Date(start), end: new Date(end), service: spec.service }
    : { start: new Date(start).toISOString(), end: new Date(end).toISOString(), service: spec.service };
  return spec.status === undefined ? session : { ...session, status: spec.status };
}

const totalMinutes = (weeks: readonly Week[]): number => weeks.reduce((sum, week) => sum + week.minutes, 0);
const weekIssues = (issues: readonly Issue[]): Issue[] => issues.filter((issue) => issue.path[0] === 'weeks');
const sortedCodes = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.code).sort();
const zone = fc.constantFrom(...ZONES);

interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Brute-force oracle of `session_overlap`: the indices of the intervals that start before an
 * interval starting no later (ties: earlier in the input) has ended.
 */
function overlappedByBruteForce(intervals: readonly Interval[]): Set<number> {
  const startOf = (index: number): number => intervals[index]?.start ?? 0;
  const order = intervals.map((_, index) => index).sort((a, b) => startOf(a) - startOf(b) || a - b);
  const expected = new Set<number>();
  order.forEach((index, position) => {
    const start = startOf(index);
    if (order.slice(0, position).some((other) => (intervals[other]?.end ?? 0) > start)) expected.add(index);
  });
  return expected;
}

/** The session indices `validateSchedule` flags with `session_overlap`, in issue order. */
function flaggedOverlaps(sessions: readonly Session[]): number[] {
  return validateSchedule(sessions, { level: 'aftercare', timeZone: 'UTC' })
    .issues.filter((issue) => issue.code === 'session_overlap')
    .map((issue) => issue.path[1] as number);
}

describe('schedule invariants (fast-check)', () => {
  // EHR exports list sessions in any order; whether a week meets its level depends on what happened,
  // not on the order of the rows.
  it('gives the same weeks and week issues whatever the order of the sessions', () => {
    fc.assert(
      fc.property(
        fc.array(specArbitrary, { maxLength: 30 }).chain((specs) =>
          fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length })),
        ),
        zone,
        fc.constantFrom('iop', 'php', 'op', 'aftercare' as const),
        ([specs, shuffled], timeZone, level) => {
          const a = validateSchedule(specs.map(toSession), { level, timeZone });
          const b = validateSchedule(shuffled.map(toSession), { level, timeZone });
          expect(b.weeks).toEqual(a.weeks);
          expect(weekIssues(b.issues)).toEqual(weekIssues(a.issues));
          expect(sortedCodes(b.issues)).toEqual(sortedCodes(a.issues));
          expect(b.ok).toBe(a.ok);
        },
      ),
    );
  });

  // Temporal: durations are elapsed time, so a group split at a break (or across midnight or a DST
  // change) still counts the same minutes toward the weekly hours.
  it('keeps the total minutes when a session is split into two adjacent ones', () => {
    fc.assert(
      fc.property(
        fc.array(specArbitrary, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        zone,
        (specs, pick, fraction, timeZone) => {
          const k = pick % specs.length;
          const spec = specs[k] as Spec;
          fc.pre(spec.minutes >= 2);
          const first = Math.min(spec.minutes - 1, Math.max(1, Math.round(spec.minutes * fraction)));
          const split = [
            ...specs.slice(0, k),
            { ...spec, minutes: first },
            { ...spec, startMinute: spec.startMinute + first, minutes: spec.minutes - first },
            ...specs.slice(k + 1),
          ];
          const before = summarizeSchedule(specs.map(toSession), { timeZone });
          const after = summarizeSchedule(split.map(toSession), { timeZone });
          expect(totalMinutes(after)).toBe(totalMinutes(before));
        },
      ),
    );
  });

  // Monotonicity: attending one more session can never make a week look less intensive, and it adds
  // exactly its own length (no double counting, no rounding drift).
  it('never lowers any week’s minutes when a counted session is added, and adds exactly its length', () => {
    fc.assert(
      fc.property(fc.array(specArbitrary, { maxLength: 20 }), specArbitrary, zone, (specs, extra, timeZone) => {
        const added = { ...extra, status: 'attended' as const };
        const before = summarizeSchedule(specs.map(toSession), { timeZone });
        const after = summarizeSchedule([...specs, added].map(toSession), { timeZone });
        const afterByWeek = new Map(after.map((week) => [week.weekStart, week.minutes]));
        for (const week of before) expect(afterByWeek.get(week.weekStart) ?? 0).toBeGreaterThanOrEqual(week.minutes);
        expect(totalMinutes(after)).toBe(totalMinutes(before) + added.minutes);
      }),
    );
  });

  // A week's summary is what reviewers and payers read: its parts must add up (minutes by service,
  // one service date per day, hours = minutes / 60), and every date lies in the calendar week that
  // starts on the program's chosen weekday.
  it('keeps each week consistent: minutes = sum of byService, days = service dates, hours = minutes / 60 to 2 decimals', () => {
    fc.assert(
      fc.property(fc.array(specArbitrary, { maxLength: 30 }), zone, fc.integer({ min: 0, max: 6 }), (specs, timeZone, start) => {
        const weekStartsOn = start as 0 | 1 | 2 | 3 | 4 | 5 | 6;
        for (const week of summarizeSchedule(specs.map(toSession), { timeZone, weekStartsOn })) {
          const byService = Object.values(week.byService).reduce((sum, minutes) => sum + minutes, 0);
          expect(byService).toBe(week.minutes);
          expect(week.days).toBe(week.serviceDates.length);
          expect(week.hours).toBe(Math.round((week.minutes / 60) * 100) / 100);
          expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(weekStartsOn);
          for (const date of week.serviceDates) {
            const offset = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${week.weekStart}T00:00:00Z`)) / 86_400_000;
            expect(offset >= 0 && offset < 7).toBe(true);
          }
        }
      }),
    );
  });

  // A person cannot attend two sessions at once: every session that starts before an earlier counted
  // session ends is double-booked, and no other session is (checked against a brute-force oracle).
  it('flags exactly the sessions that start before an earlier-starting counted session ends (brute force)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ startMinute: fc.integer({ min: 0, max: 600 }), minutes: fc.integer({ min: 1, max: 120 }) }),
          { maxLength: 25 },
        ),
        (parts) => {
          const sessions = parts.map((part) => toSession({ ...part, service: 'group', status: undefined, asDate: false }));
          const expected = overlappedByBruteForce(parts.map((part) => ({ start: part.startMinute, end: part.startMinute + part.minutes })));
          const flagged = flaggedOverlaps(sessions);
          expect(new Set(flagged)).toEqual(expected);
          expect(flagged).toHaveLength(expected.size);
        },
      ),
    );
  });

  // The published SessionSchema is the contract, and the hot loop checks a session's shape by hand:
  // it must turn a session down exactly when the schema does, with the schema's issues at the
  // session's path, so a payer checking with the schema and the library never disagree.
  it('turns a session down exactly when SessionSchema does, with its issues at the session path', () => {
    const odd = fc.constantFrom<unknown>(undefined, null, 'x', '', 5, -1, 1.5, 7, true, [], {}, Number.NaN, new Date(Number.NaN), new Date(0));
    const instant = fc.oneof(
      fc.constantFrom<unknown>(
        '2026-03-02T09:00:00-05:00',
        '2026-03-02T14:00:00.5Z',
        '2026-03-02T09:00',
        '2026-02-29T09:00:00Z',
        '2026-02-30T09:00:00Z',
        '2028-02-29T09:00:00Z',
        '2026-03-02',
        new Date('2026-03-02T15:00:00Z'),
        1_772_442_000_000,
      ),
      odd,
    );
    const sessionLike = fc.oneof(
      odd,
      fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 50 }), odd),
          start: instant,
          end: instant,
          service: fc.oneof(fc.constantFrom<unknown>('group', 'individual', 'yoga'), odd),
          status: fc.oneof(fc.constantFrom<unknown>('scheduled', 'attended', 'cancelled', 'no-show', 'done'), odd),
          modality: fc.oneof(fc.constantFrom<unknown>('in-person', 'telehealth', 'video'), odd),
          source: fc.oneof(fc.constantFrom<unknown>('Bundle.entry[0].resource', 'Appointment'), odd),
          note: fc.string(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(sessionLike, (session) => {
        const parsed = SessionSchema.safeParse(session, { error: english });
        const shapeIssues = validateSchedule([session], { level: 'aftercare', timeZone: 'UTC' }).issues.filter(
          (issue) => issue.code === 'invalid_input',
        );
        const expected = parsed.success
          ? []
          : parsed.error.issues.map((issue) => ({
              code: 'invalid_input',
              path: ['sessions', 0, ...issue.path],
              message: expect.stringContaining(issue.message),
            }));
        expect(shapeIssues).toEqual(expected.map((issue) => expect.objectContaining(issue)));
      }),
      { numRuns: 3_000 },
    );
  });

  // Clinics send whatever their systems export: bad input becomes issues, never an exception
  // (the full fuzzing is in test/fuzz).
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 5 }), (anything, list) => {
        expect(() => validateSchedule(anything, { level: 'iop', timeZone: 'UTC' })).not.toThrow();
        expect(() => validateSchedule(list, { level: 'iop', timeZone: 'UTC' })).not.toThrow();
        expect(() => validateSchedule(list, anything as never)).not.toThrow();
        expect(() => summarizeSchedule(list, anything as never)).not.toThrow();
        expect(() => billableDays(anything, anything as never)).not.toThrow();
        expect(() => expandWeeklyTemplate(list, anything as never)).not.toThrow();
        expect(() => expandWeeklyTemplate(anything, { from: '2026-03-02', to: '2026-03-08', timeZone: 'UTC' })).not.toThrow();
      }),
    );
  });
});

describe('results do not depend on the process time zone', () => {
  // A clinic's server may run in any zone; the week a session counts in must depend only on the
  // program's `timeZone` option. Each zone runs in a fresh process, because changing `TZ` inside a
  // running worker thread does not reach `Date` (and the mutation-testing runner uses threads).
  const probe = fileURLToPath(new URL('../matrix/tzProbe.ts', import.meta.url));
  const runUnder = (tz: string): { localHour: number; results: unknown; calendar: unknown } =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }),
    ) as { localHour: number; results: unknown; calendar: unknown };

  // Kiritimati (which skipped 1994-12-31) and Apia (which skipped 2011-12-30) also catch calendar
  // arithmetic done through local time.
  it('gives identical results with TZ set to UTC, Pacific/Kiritimati (+14), Pacific/Apia (+13), America/Los_Angeles and Asia/Kathmandu (+05:45)', () => {
    const baseline = runUnder('UTC');
    expect(baseline.localHour).toBe(0);
    // Local hour of 2026-01-01T00:00Z: Kiritimati +14 → 14, Apia +13 → 13, Los Angeles −8 → 16 (previous day), Kathmandu +5:45 → 5.
    const expectedHour: Record<string, number> = { 'Pacific/Kiritimati': 14, 'Pacific/Apia': 13, 'America/Los_Angeles': 16, 'Asia/Kathmandu': 5 };
    for (const [tz, hour] of Object.entries(expectedHour)) {
      const run = runUnder(tz);
      // The zone must really reach Date's local getters, or this test would prove nothing.
      expect(run.localHour, tz).toBe(hour);
      expect(run.results, tz).toEqual(baseline.results);
      expect(run.calendar, tz).toEqual(baseline.calendar);
    }
  }, 60_000);

  // The server's own zone must never leak in: local-time getters and locale formatting read the
  // process TZ, so the schedule code may not use them at all.
  it('uses no local-time Date getters or locale formatting in the schedule code and its time helpers', () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = [
      ...readdirSync(`${root}schedule`).map((name) => `${root}schedule/${name}`),
      `${root}_lib/timeZone.ts`,
      `${root}_lib/instant.ts`,
      `${root}_lib/dayNumber.ts`,
      `${root}_lib/calendarMonths.ts`,
    ];
    const localTime =
      /\.(?:getHours|getMinutes|getSeconds|getDate|getDay|getMonth|getFullYear|getYear|getTimezoneOffset|setHours|setMinutes|setDate|setMonth|setFullYear)\(|\.toLocale\w*\(|\.toString\(\)|\.toDateString\(|\.toTimeString\(/;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(localTime.test(source), file).toBe(false);
    }
  });
});

describe('large input', () => {
  it('validates 1 000 000 sessions (10 minutes every 15 minutes ≈ 28.5 years) without a stack overflow', () => {
    // An EHR export of a whole program's history can be this long; recursion or spreading arrays into
    // arguments would overflow the stack. Under mutation testing (instrumented code, rerun per mutant)
    // 20 000 sessions are enough to kill a mutant; the full million runs in every normal run.
    const count = process.env['STRYKER_MUTATOR_WORKER'] === undefined ? 1_000_000 : 20_000;
    const start = Date.UTC(2000, 0, 3);
    const sessions: Session[] = new Array<Session>(count);
    for (let i = 0; i < count; i++) {
      const from = start + i * 15 * MINUTE;
      sessions[i] = { start: new Date(from).toISOString(), end: new Date(from + 10 * MINUTE).toISOString(), service: 'group' };
    }
    const result = validateSchedule(sessions, { level: 'aftercare', timeZone: 'America/New_York' });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    // count × 10 minutes (1 000 000 × 10 = 10 000 000).
    expect(totalMinutes(result.weeks)).toBe(count * 10);
    expect(result.weeks.reduce((sum, week) => sum + week.sessions, 0)).toBe(count);
  }, 60_000);

  // Order independence at scale and over centuries: the fast sort used for large lists must agree
  // with the plain comparison, down to millisecond starts.
  it('finds the same overlaps in 5 000 shuffled sessions as in sorted ones, with millisecond starts over centuries', () => {
    const count = 5_000;
    const sorted: Session[] = [];
    // Starts a few milliseconds off whole seconds, spread over 1700–2300, every 10th session overlapping the next.
    const span = Date.UTC(2300, 0, 1) - Date.UTC(1700, 0, 1);
    for (let i = 0; i < count; i++) {
      const from = Date.UTC(1700, 0, 1) + Math.floor((span / count) * i) + (i % 7);
      const length = i % 10 === 0 ? span : 30 * MINUTE;
      sorted.push({ start: new Date(from).toISOString(), end: new Date(from + Math.min(length, span / count + MINUTE)).toISOString(), service: 'group' });
    }
    const shuffled = [...sorted];
    let seed = 7;
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 16_807) % 2_147_483_647;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as Session, shuffled[i] as Session];
    }
    const overlaps = (sessions: Session[]) =>
      validateSchedule(sessions, { level: 'aftercare', timeZone: 'UTC' }).issues.filter((issue) => issue.code === 'session_overlap').length;
    expect(overlaps(shuffled)).toBe(overlaps(sorted));
    expect(overlaps(sorted)).toBe(count / 10);
  });
});

describe('overlaps whatever the order and the magnitude of the starts', () => {
  // Unordered sessions are sorted by a packed numeric key (start and position in one float) when it
  // fits 2 ** 53 exactly, else by a comparator. Each case sits where a wrong key, a wrong bound or a
  // wrong tie-break would lose positions; each is checked in reverse order (the earliest start last)
  // and in reverse order with the latest start moved last, against the brute-force oracle.
  const HOUR = 60 * MINUTE;
  const cases: ReadonlyArray<readonly [string, Interval[]]> = [
    [
      // Whole seconds, so starts are keyed in seconds; all before 1970, so every start is negative.
      'whole seconds from 1880 to 1961, every other hour-long session overlapped by one 30 minutes later',
      Array.from({ length: 10 }, (_, i) => Date.UTC(1880 + 9 * i, 0, 5, 9)).flatMap((start, i) =>
        i % 2 === 0
          ? [{ start, end: start + HOUR }, { start: start + 30 * MINUTE, end: start + 90 * MINUTE }]
          : [{ start, end: start + HOUR }],
      ),
    ],
    [
      // Starts near 2.2e14 ms with 250/500/750 ms fractions: keyed in milliseconds, 32 positions.
      '20 sessions in the year 9000 every 3 h at fractions of a second, every 4th one 4 h long',
      Array.from({ length: 20 }, (_, i) => {
        const start = Date.UTC(9000, 0, 3, 9) + i * 3 * HOUR + 250 * ((i % 3) + 1);
        return { start, end: start + (i % 4 === 0 ? 4 : 1) * HOUR };
      }),
    ],
    [
      // 80 starts (128 positions) spanning exactly 2 ** 46 ms (≈ 2230 years, 0855 to 3085) around
      // 1970: the packed key of the latest start would be 2 ** 53 plus its position, which no float holds.
      '80 sessions from -2 ** 45 to 2 ** 45 ms, every 5th overlapped',
      Array.from({ length: 80 }, (_, i) => {
        const start = -(2 ** 45) + Math.floor((i * 2 ** 46) / 79);
        return { start, end: start + (i % 5 === 4 ? Math.floor(2 ** 46 / 79) + HOUR : HOUR) };
      }),
    ],
    [
      // 80 starts spanning 2 ** 47 ms (≈ 4460 years from the year 0002), two pairs of equal starts
      // (sessions 20 and 21, 60 and 61), so the comparator sort runs and breaks ties.
      '80 sessions over 4460 years with two pairs of equal starts',
      Array.from({ length: 80 }, (_, i) => {
        const start = Date.parse('0002-01-05T00:00:00.007Z') + Math.floor(((i - (i === 21 ? 1 : 0) - (i === 61 ? 1 : 0)) * 2 ** 47) / 79);
        return { start, end: start + (i === 20 || i === 60 ? 2 * HOUR : HOUR) };
      }),
    ],
  ];

  it.each(cases)('flags exactly the overlapped sessions: %s', (_name, intervals) => {
    const reversed = [...intervals].reverse();
    const latestLast = [...reversed.slice(1), ...reversed.slice(0, 1)];
    for (const ordered of [reversed, latestLast]) {
      const sessions: Session[] = ordered.map(({ start, end }) => ({
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        service: 'group',
      }));
      const expected = overlappedByBruteForce(ordered);
      const flagged = flaggedOverlaps(sessions);
      expect(new Set(flagged)).toEqual(expected);
      expect(flagged).toHaveLength(expected.size);
    }
  });
});
