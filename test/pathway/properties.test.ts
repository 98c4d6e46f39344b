// Pathway invariants in one place (fast-check). Each property states the clinical or temporal reason
// it must hold. Hand-worked examples stay in the per-function test files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEVEL_IDS,
  assessStepDownReadiness,
  classifyTransition,
  compareIntensity,
  planPathway,
  validateEpisodes,
  validateTransition,
  type Episode,
  type Issue,
  type LevelId,
} from '../../src/index.js';

const DAY_MS = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const toDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const shift = (date: string, days: number): string => toDate(toDay(date) + days);
const summary = (issues: readonly Issue[]): [string, string, readonly (string | number)[]][] =>
  issues.map((issue) => [issue.code, issue.severity, issue.path]);
const level = fc.constantFrom(...LEVEL_IDS);

describe('transitions: properties', () => {
  // A step-down is by definition a move to a less intensive level: the classification must agree
  // with the intensity order for all 49 pairs, or a step-up could be filed as a step-down.
  it('agrees with the sign of compareIntensity for every pair (property)', () => {
    fc.assert(
      fc.property(level, level, (from, to) => {
        const sign = Math.sign(compareIntensity(from, to));
        expect(classifyTransition(from, to)).toBe(sign > 0 ? 'step-down' : sign < 0 ? 'step-up' : 'same');
      }),
    );
  });

  // Any move between real levels can be clinically right (step-ups are always allowed, with a
  // reason); only skipping levels on the way down deserves a warning, and the optional residential
  // level is never counted as skipped.
  it('never fails a transition between valid levels, and warns only on step-downs (property)', () => {
    fc.assert(
      fc.property(level, level, (from, to) => {
        const result = validateTransition(from, to);
        expect(result.ok).toBe(true);
        expect(result.kind).toBe(classifyTransition(from, to));
        for (const issue of result.issues) {
          if (issue.code === 'transition_skips_levels') expect(result.kind).toBe('step-down');
          if (issue.code === 'transition_step_up') expect(result.kind).toBe('step-up');
        }
        for (const skipped of result.skipped) {
          expect(compareIntensity(from, skipped)).toBeGreaterThan(0);
          expect(compareIntensity(skipped, to)).toBeGreaterThan(0);
          expect(skipped).not.toBe('residential');
        }
      }),
    );
  });
});

describe('assessStepDownReadiness: properties', () => {
  const maybe = fc.option(fc.boolean(), { nil: undefined });
  const progress = fc.record({
    daysAtLevel: fc.integer({ min: 0, max: 400 }),
    attendanceRate: fc.double({ min: 0, max: 1, noNaN: true }),
    withdrawalResolved: maybe,
    medicallyStable: maybe,
    psychiatricallyStable: maybe,
    treatmentGoalsMet: maybe,
    daysAbstinent: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    recentUse: maybe,
    cravingsManageable: maybe,
    stableHousing: maybe,
    newRisk: maybe,
    relapsePreventionPlan: maybe,
  });

  // A step-down that lands on an equal or more intensive level (or a step-up to a lower one) would
  // send a patient the wrong way along the continuum while the label says the opposite.
  it('moves down only to a less intensive level and up only to a more intensive one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVEL_IDS), progress, (level, values) => {
        const result = assessStepDownReadiness(level, values);
        expect(result.ok).toBe(true);
        if (result.decision === 'step-down') expect(compareIntensity(level, result.target ?? level)).toBeGreaterThan(0);
        if (result.decision === 'step-up') expect(compareIntensity(result.target ?? level, level)).toBeGreaterThan(0);
        if (result.decision === 'continue') expect(result.target).toBeUndefined();
      }),
    );
  });

  // Safety: an unknown new risk is not the absence of risk; stepping down on missing information is
  // the error that leads to relapse or harm, and a documented new risk always calls for more care.
  it('never steps down unless newRisk is known to be false, and always steps up on a new risk', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVEL_IDS), progress, (level, values) => {
        const result = assessStepDownReadiness(level, values);
        if (result.decision === 'step-down') expect(values.newRisk).toBe(false);
        if (values.newRisk === true) expect(result.decision).toBe(level === 'inpatient' ? 'continue' : 'step-up');
      }),
    );
  });
});

describe('planPathway: properties', () => {
  const lengths = fc.record(
    Object.fromEntries(LEVEL_IDS.map((id) => [id, fc.integer({ min: 1, max: 400 })])) as Record<LevelId, fc.Arbitrary<number>>,
    { requiredKeys: [] },
  );
  const input = fc.record({
    start: fc.constantFrom(...LEVEL_IDS),
    day: fc.integer({ min: toDay('1990-01-01'), max: toDay('2100-12-31') }),
    lengthOfStayDays: lengths,
    availableLevels: fc.option(fc.subarray([...LEVEL_IDS]), { nil: undefined }),
    through: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: undefined }),
  });

  // Temporal: a phase ends on its last day and the next starts the day after, so no day of care is
  // double-booked or lost (leap days and month ends included, 1990–2100); clinically, a plan only
  // steps down, so every phase is less intensive than the one before, and `through` is inclusive.
  it('gives contiguous phases in decreasing intensity, each expectedDays long', () => {
    fc.assert(
      fc.property(input, ({ start, day, lengthOfStayDays, availableLevels, through }) => {
        const startDate = toDate(day);
        const plan = planPathway(start, startDate, { lengthOfStayDays, availableLevels, through });
        if (through !== undefined && compareIntensity(through, start) > 0) {
          expect(plan.ok).toBe(false);
          return;
        }
        expect(plan.ok).toBe(true);
        expect(plan.phases[0]?.level).toBe(start);
        expect(plan.phases[0]?.start).toBe(startDate);
        plan.phases.forEach((phase, index) => {
          expect(toDay(phase.end) - toDay(phase.start) + 1).toBe(phase.expectedDays);
          const previous = plan.phases[index - 1];
          if (previous === undefined) return;
          expect(toDay(phase.start)).toBe(toDay(previous.end) + 1);
          expect(compareIntensity(previous.level, phase.level)).toBeGreaterThan(0);
        });
        const last = plan.phases.at(-1);
        if (through !== undefined && last !== undefined) expect(compareIntensity(last.level, through)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('validateEpisodes: properties', () => {
  const episode = fc.record(
    {
      level: fc.constantFrom(...LEVEL_IDS),
      start: fc.integer({ min: 0, max: 400 }),
      length: fc.option(fc.integer({ min: -3, max: 120 }), { nil: undefined }),
      authorizedLevel: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: undefined }),
    },
    { requiredKeys: ['level', 'start', 'length'] },
  );
  const history = fc.array(episode, { maxLength: 12 });
  const base = toDay('2027-12-01');
  const toEpisodes = (items: readonly { level: Episode['level']; start: number; length?: number | undefined; authorizedLevel?: Episode['level'] | undefined }[]): Episode[] =>
    items.map(({ level, start, length, authorizedLevel }) => ({
      level,
      start: toDate(base + start),
      ...(length === undefined ? {} : { end: toDate(base + start + length) }),
      ...(authorizedLevel === undefined ? {} : { authorizedLevel }),
    }));
  const shiftEpisodes = (episodes: readonly Episode[], days: number): Episode[] =>
    episodes.map((item) => ({
      ...item,
      start: shift(item.start, days),
      ...(item.end === undefined ? {} : { end: shift(item.end, days) }),
    }));

  // Temporal: follow-up windows (7 and 30 days) and gaps are differences of calendar dates, so a
  // history moved as a whole by N days (across years, leap days and month ends) keeps every verdict.
  it('shifts follow-up by N days and changes no verdict when every date moves by N', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 500 }), (items, days, asOfOffset) => {
        const episodes = toEpisodes(items);
        const asOf = toDate(base + asOfOffset);
        const before = validateEpisodes(episodes, { asOf });
        const after = validateEpisodes(shiftEpisodes(episodes, days), { asOf: shift(asOf, days) });
        expect(after.ok).toBe(before.ok);
        expect(summary(after.issues)).toEqual(summary(before.issues));
        expect(after.issues.map((issue) => issue.received)).toEqual(before.issues.map((issue) => issue.received));
        expect(after.followUp).toEqual(
          before.followUp.map((entry) => ({
            ...entry,
            dischargeDate: shift(entry.dischargeDate, days),
            ...(entry.nextStart === undefined ? {} : { nextStart: shift(entry.nextStart, days) }),
            ...(entry.followUpDate === undefined ? {} : { followUpDate: shift(entry.followUpDate, days) }),
          })),
        );
      }),
    );
  });

  // EHR exports list episodes in any order; continuity of care is a property of the dates, not of
  // the order of the rows, and each issue still points at the caller's own index.
  it('gives the same verdicts whatever order the episodes come in, by the caller’s indices', () => {
    fc.assert(
      fc.property(history, (items) => {
        const episodes = toEpisodes(items);
        const reversed = [...episodes].reverse();
        const last = episodes.length - 1;
        const forward = validateEpisodes(episodes);
        const backward = validateEpisodes(reversed);
        expect(backward.ok).toBe(forward.ok);
        const key = (issue: Issue, flip: boolean) =>
          `${issue.code}:${typeof issue.path[1] === 'number' && flip ? last - issue.path[1] : String(issue.path[1])}`;
        // Overlap pairs may be reported from either side when starts tie, so compare the other codes.
        const codes = (issues: readonly Issue[], flip: boolean) =>
          issues.filter((issue) => issue.code !== 'episode_overlap').map((issue) => key(issue, flip)).sort();
        expect(codes(backward.issues, true)).toEqual(codes(forward.issues, false));
      }),
    );
  });
});
