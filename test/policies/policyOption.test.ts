import { describe, expect, it } from 'vitest';
import {
  POLICIES,
  type Issue,
  assessStepDownReadiness,
  billableDays,
  definePolicy,
  evaluateEligibility,
  extendPolicy,
  planPathway,
  recommendLevel,
  validateEpisodes,
  validateSchedule,
} from '../../src/index.js';

// Every function that takes a `policy` option reads it through one guard: the checks of definePolicy,
// once per object. A bad policy is an issue at options.policy (or under it), never a throw and never a
// silent `ok: true`.

const week = ['2026-03-02', '2026-03-04', '2026-03-06'].map((date) => ({
  start: `${date}T09:00:00-05:00`,
  end: `${date}T12:00:00-05:00`,
  service: 'group' as const,
}));

/** The issues each policy-taking function reports for a policy value, by function. */
function issuesFor(policy: unknown): Record<string, readonly Issue[]> {
  const p = policy as never;
  return {
    recommendLevel: recommendLevel({ risk: { relapse: 2 } }, { policy: p }).issues,
    evaluateEligibility: evaluateEligibility({}, 'iop', { policy: p }).issues,
    planPathway: planPathway('iop', '2026-03-02', { policy: p }).issues,
    validateEpisodes: validateEpisodes([], { policy: p }).issues,
    assessStepDownReadiness: assessStepDownReadiness('iop', { daysAtLevel: 30, attendanceRate: 0.9 }, { policy: p }).issues,
    validateSchedule: validateSchedule(week, { level: 'iop', timeZone: 'America/New_York', policy: p }).issues.filter(
      (issue) => issue.code === 'invalid_input',
    ),
  };
}

const paths = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.path.join('.'));

describe('the policy option', () => {
  it('accepts the built-in policies and policies made with definePolicy and extendPolicy, everywhere', () => {
    const good = [
      ...Object.values(POLICIES),
      definePolicy({ ...POLICIES.general, id: 'clinic', version: '1' }),
      extendPolicy(POLICIES.medicare2024, { id: 'medicare-plus' }),
      { ...POLICIES.h0015 },
    ];
    for (const policy of good) {
      for (const [fn, issues] of Object.entries(issuesFor(policy))) expect([fn, issues]).toEqual([fn, []]);
    }
  });

  it('reports the structure every function would otherwise trip on, the same way in every function', () => {
    const general = POLICIES.general;
    const broken: unknown[] = [
      null,
      'general',
      [],
      {},
      { id: 'x', requirements: {} },
      { ...general, id: 5 },
      { ...general, placement: { ...general.placement, minimumLevel: { ...general.placement.minimumLevel, relapse: ['op', 'op', 'iop', 'php'] } } },
      { ...general, placement: { ...general.placement, minimumLevel: { ...general.placement.minimumLevel, biomedical: ['op', 'op', 'IOP', 'php', 'inpatient'] } } },
      { ...general, stepDown: { ...general.stepDown, minDaysAtLevel: { iop: 28 } } },
      { ...general, typicalStayDays: null },
      { ...general, maxGapDays: 7 },
      { ...general, lengthOfStayReviewFactor: { value: 2 } },
      { ...general, requirements: { iop: 'strict' } },
    ];
    for (const policy of broken) {
      const byFunction = issuesFor(policy);
      const reference = paths(byFunction['recommendLevel'] ?? []);
      expect(reference.length, JSON.stringify(policy)).toBeGreaterThan(0);
      for (const path of reference) expect(path.startsWith('options.policy')).toBe(true);
      for (const issues of Object.values(byFunction)) expect(paths(issues)).toEqual(reference);
    }
  });

  it('checks values, not only the shape: what definePolicy turns down is turned down everywhere', () => {
    // A negative typical stay would give a phase that ends before it starts; a day count of 9 is no week.
    const negativeStay = { ...POLICIES.general, typicalStayDays: { ...POLICIES.general.typicalStayDays, php: { value: -5, sources: ['x'] } } };
    const eightDayWeek = extendPolicy(POLICIES.general, { id: 'ok' });
    const nineDays = {
      ...eightDayWeek,
      requirements: { iop: { adult: { daysPerWeek: { max: { value: 9, sources: ['x'] } } } } },
    };
    expect(() => definePolicy(negativeStay)).toThrow(/a stay lasts at least 1 day/);
    expect(() => definePolicy(nineDays as never)).toThrow(/a week has at most 7 days/);
    const plan = planPathway('php', '2026-03-02', { policy: negativeStay });
    expect(plan.ok).toBe(false);
    expect(paths(plan.issues)).toEqual(['options.policy.typicalStayDays.php.value', 'options.policy.typicalStayDays.php.value']);
    const schedule = validateSchedule(week, { level: 'iop', timeZone: 'America/New_York', policy: nineDays as never });
    expect(schedule.ok).toBe(false);
    expect(schedule.weeks).toEqual([]);
    expect(paths(schedule.issues)).toEqual(['options.policy.requirements.iop.adult.daysPerWeek.max.value']);
  });

  it('uses the general policy after reporting a stray policy in the eligibility functions', () => {
    const stray = { id: 'x', requirements: {} };
    const result = recommendLevel({ risk: { relapse: 2 } }, { policy: stray as never });
    expect(result.level).toBe('iop');
    expect(result.issues.every((issue) => issue.code === 'invalid_input' && issue.path[1] === 'policy')).toBe(true);
    expect(paths(evaluateEligibility({}, 'iop', { policy: 7 as never }).issues)).toEqual(['options.policy']);
  });

  it('lists no billable days under a policy that is not valid', () => {
    expect(billableDays(week, { level: 'iop', timeZone: 'America/New_York', policy: { id: 'x' } as never })).toEqual([]);
    expect(billableDays(week, { level: 'iop', timeZone: 'America/New_York', policy: POLICIES.h0015 })).toHaveLength(3);
  });
});
