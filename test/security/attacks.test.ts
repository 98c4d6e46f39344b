import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  POLICIES,
  type Issue,
  assessStepDownReadiness,
  billableDays,
  createIssue,
  evaluateEligibility,
  expandWeeklyTemplate,
  explainRecommendation,
  formatIssues,
  isOk,
  planPathway,
  recommendLevel,
  summarizeSchedule,
  validateEpisodes,
  validateSchedule,
  validateTransition,
} from '../../src/index.js';
import { sessionsFromFhir, toCdsCards, toOperationOutcome } from '../../src/fhir/index.js';
import { NEW_YORK } from '../schedule/helpers.js';
import { DATE_LOOKALIKES, sparse, throwingProxy } from './hostile.js';

// Hostile input: 125,000-entry lists, spans of ten thousand years, dates outside 0001–9999, policies
// and rules with odd values, Date lookalikes, sparse arrays of 2³²−1 slots, getters and Proxies that
// throw. Each gives issues naming where it is, or a bounded answer, and never throws or runs long.
// The fuzz harness (test/fuzz) puts the same hostile objects at random places of valid calls.

const session = { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' };
const zeros = (length: number): number[] => new Array<number>(length).fill(0);
const paths = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.path.join('.'));
const codes = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.code);

describe('a long list is never spread into an argument list', () => {
  it('reports 125,000 zeros as available levels, counted statuses or a progress field without a stack overflow', () => {
    const plan = planPathway('iop', '2026-03-02', { availableLevels: zeros(125_000) as never });
    expect(plan.ok).toBe(false);
    expect(paths(plan.issues)).toEqual(['options.availableLevels']);
    const week = validateSchedule([], { level: 'iop', timeZone: NEW_YORK, countStatuses: zeros(125_000) as never });
    expect(week.ok).toBe(false);
    expect(paths(week.issues)).toEqual(['options.countStatuses']);
    const readiness = assessStepDownReadiness('iop', { daysAtLevel: 30, attendanceRate: 0.9 }, { availableLevels: zeros(125_000) as never });
    expect(readiness.ok).toBe(false);
    expect(paths(readiness.issues)).toEqual(['options.availableLevels']);
  });
});

describe('no amplification: a short request cannot ask for centuries of output', () => {
  it('turns down a stay of 0001-01-01 to 9999-12-31 with one issue naming the limit, at once', () => {
    const result = validateSchedule([session], { level: 'iop', timeZone: NEW_YORK, stay: { start: '0001-01-01', end: '9999-12-31' } });
    expect(result.ok).toBe(false);
    expect(result.weeks).toEqual([]);
    expect(paths(result.issues)).toEqual(['options.stay.end']);
    expect(result.issues[0]?.message).toContain(`${LIMITS.maxSpanYears} years`);
  });

  it('turns down a weekly template over 0001-01-01 to 9999-12-31 the same way', () => {
    const template = [{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }];
    const result = expandWeeklyTemplate(template, { from: '0001-01-01', to: '9999-12-31', timeZone: NEW_YORK });
    expect(result.sessions).toEqual([]);
    expect(paths(result.issues)).toEqual(['options.to']);
  });

  it('turns down a template whose slots would make more than LIMITS.maxSessions sessions within 20 years', () => {
    // 10,000 weekly slots spread over the week: Sunday to Wednesday (dayOfWeek 0–3) hold 1,429 each,
    // Thursday to Saturday 1,428. 2000-01-01 (a Saturday) to 2019-12-31 is 7,305 days: 1,043 whole
    // weeks and a Saturday, Sunday, Monday and Tuesday, so 1,043 × 10,000 + 1,428 + 3 × 1,429 =
    // 10,435,715 sessions.
    const template = Array.from({ length: 10_000 }, (_, i) => ({ dayOfWeek: i % 7, start: '09:00', end: '10:00', service: 'group' as const }));
    const result = expandWeeklyTemplate(template, { from: '2000-01-01', to: '2019-12-31', timeZone: 'UTC' });
    expect(result.sessions).toEqual([]);
    expect(paths(result.issues)).toEqual(['template']);
    expect(result.issues[0]?.received).toBe(10_435_715);
    expect(result.issues[0]?.message).toContain('LIMITS.maxSessions');
  });
});

describe('dates stay within the years 0001–9999, in and out', () => {
  it('reports a plan that would end after 9999-12-31 instead of throwing', () => {
    const plan = planPathway('detox', '9999-12-31');
    expect(plan.ok).toBe(false);
    expect(plan.phases).toEqual([]);
    expect(codes(plan.issues)).toEqual(['invalid_input']);
    expect(plan.issues[0]?.message).toContain('9999-12-31');
  });

  it('rejects year 0000 everywhere a date is read', () => {
    expect(paths(planPathway('iop', '0000-06-01').issues)).toEqual(['startDate']);
    expect(paths(validateEpisodes([{ level: 'iop', start: '0000-06-01' }]).issues)).toEqual(['episodes.0.start']);
    const atZero = validateSchedule([{ ...session, start: '0000-03-02T09:00:00Z', end: '0000-03-02T12:00:00Z' }], { level: 'iop', timeZone: 'UTC' });
    expect(paths(atZero.issues)).toEqual(['sessions.0.start', 'sessions.0.end']);
  });

  it('never answers a local date in year 10000', () => {
    const late = [{ start: '9999-12-31T20:00:00-12:00', end: '9999-12-31T21:00:00-12:00', service: 'group' }];
    const days = billableDays(late, { level: 'iop', timeZone: 'Pacific/Kiritimati' });
    for (const day of days) expect(day.date < '10000').toBe(true);
  });
});

describe('policies and rules given as options are checked for values', () => {
  it('reports a policy whose day count is an object and one whose typical stay is negative', () => {
    const general = POLICIES.general;
    const odd = {
      ...general,
      requirements: { ...general.requirements, iop: { adult: { daysPerWeek: { max: { value: Object.create(null), sources: ['x'] } } } } },
    };
    const result = validateSchedule([session], { level: 'iop', timeZone: NEW_YORK, policy: odd as never });
    expect(result.ok).toBe(false);
    expect(paths(result.issues)).toEqual(['options.policy.requirements.iop.adult.daysPerWeek.max.value']);
    const negative = { ...general, typicalStayDays: { ...general.typicalStayDays, php: { value: -5, sources: ['x'] } } };
    expect(planPathway('php', '2026-03-02', { policy: negative }).ok).toBe(false);
  });

  it('reports rules that are not a list of rules', () => {
    expect(paths(recommendLevel({}, { rules: {} as never }).issues)).toContain('options.rules');
    expect(paths(recommendLevel({}, { rules: null as never }).issues)).toContain('options.rules');
    expect(paths(evaluateEligibility({}, 'iop', { rules: [{}] as never }).issues).every((path) => path.startsWith('options.rules.0'))).toBe(true);
  });
});

describe('Date lookalikes are not dates', () => {
  it.each(DATE_LOOKALIKES)('reports %s as an instant without throwing', (_name, make) => {
    const result = validateSchedule([{ ...session, start: make() }], { level: 'iop', timeZone: NEW_YORK });
    expect(paths(result.issues)).toEqual(['sessions.0.start']);
    expect(summarizeSchedule([{ ...session, start: make() }], { timeZone: NEW_YORK })).toEqual([]);
    expect(billableDays([{ ...session, start: make() }], { level: 'iop', timeZone: NEW_YORK })).toEqual([]);
    expect(paths(validateSchedule([session], { level: 'iop', timeZone: NEW_YORK, stay: { start: make() as never } }).issues)).toEqual([
      'options.stay.start',
    ]);
  });
});

describe('a huge sparse array is turned down by its length, before any work', () => {
  it.each([
    ['sessions', () => validateSchedule(sparse(2 ** 32 - 1), { level: 'iop', timeZone: NEW_YORK }).issues, 'sessions'],
    ['counted statuses', () => validateSchedule([session], { level: 'iop', timeZone: NEW_YORK, countStatuses: sparse(2 ** 32 - 1) as never }).issues, 'options.countStatuses'],
    ['episodes', () => validateEpisodes(sparse(2 ** 32 - 1)).issues, 'episodes'],
    ['exceptions', () => expandWeeklyTemplate([], { from: '2026-03-02', to: '2026-03-09', timeZone: NEW_YORK, exceptions: sparse(10_000_001) as never }).issues, 'options.exceptions'],
    ['available levels', () => recommendLevel({}, { availableLevels: sparse(2 ** 32 - 1) as never }).issues, 'options.availableLevels'],
  ])('%s', (_name, run, path) => {
    const issues = run();
    expect(paths(issues)).toContain(path);
    expect(issues.find((issue) => issue.path.join('.') === path)?.message).toMatch(/at most [\d,]+/);
  });
});

describe('getters and Proxies that throw never escape', () => {
  const options = { level: 'iop', timeZone: NEW_YORK } as const;
  it.each([
    ['validateSchedule', () => validateSchedule([throwingProxy()], options).issues, 'sessions.0'],
    ['validateSchedule options', () => validateSchedule([session], throwingProxy() as never).issues, 'options'],
    ['summarizeSchedule', () => summarizeSchedule(throwingProxy(), options), undefined],
    ['billableDays', () => billableDays([throwingProxy()], options), undefined],
    ['expandWeeklyTemplate', () => expandWeeklyTemplate([throwingProxy()], { from: '2026-03-02', to: '2026-03-09', timeZone: NEW_YORK }).issues, 'template.0'],
    ['recommendLevel', () => recommendLevel({ risk: throwingProxy() } as never).issues, 'risk'],
    ['evaluateEligibility', () => evaluateEligibility({ findings: throwingProxy() } as never, 'iop').issues, 'findings'],
    ['planPathway', () => planPathway('iop', '2026-03-02', throwingProxy() as never).issues, 'options'],
    ['assessStepDownReadiness', () => assessStepDownReadiness('iop', throwingProxy() as never).issues, 'progress'],
    ['validateEpisodes', () => validateEpisodes([throwingProxy()]).issues, 'episodes.0'],
    ['validateTransition', () => validateTransition('php', 'iop', throwingProxy() as never).issues, undefined],
    ['sessionsFromFhir', () => sessionsFromFhir(throwingProxy()).issues, undefined],
    ['toOperationOutcome', () => toOperationOutcome([throwingProxy()] as never), undefined],
    ['toCdsCards', () => toCdsCards({ issues: [throwingProxy()] } as never), undefined],
  ])('%s', (_name, run, path) => {
    const result = run();
    if (path !== undefined) expect(paths(result as Issue[])).toContain(path);
  });
});

describe('helpers that take data never throw', () => {
  it('formatIssues, isOk, createIssue and explainRecommendation answer anything', () => {
    for (const value of [null, undefined, 5, 'x', {}, [null], [throwingProxy()], throwingProxy()]) {
      expect(typeof formatIssues(value as never)).toBe('string');
      expect(typeof isOk(value as never)).toBe('boolean');
      expect(typeof explainRecommendation(value as never)).toBe('string');
      expect(createIssue('invalid_input', value as never, value as never).code).toBe('invalid_input');
    }
  });
});

describe('lists handed back are copied by index, once, never through their iterator', () => {
  // An array of one entry whose iterator would yield entries without end: reading it through the
  // iterator (spread, Array.from) would never return.
  const endless = <T>(first: T): T[] => {
    const list = [first];
    Object.defineProperty(list, Symbol.iterator, {
      value: function* () {
        for (;;) yield first;
      },
    });
    return list;
  };
  // An array whose only entry reads as a key the first time and as an object after that.
  const changing = (): unknown[] => {
    const list: unknown[] = [];
    let reads = 0;
    Object.defineProperty(list, 0, { enumerable: true, get: () => (++reads === 1 ? 'ok' : { not: 'a segment' }) });
    return list;
  };

  it('isOk and formatIssues read an issue path of one entry with an endless iterator as that one entry', () => {
    const issue = createIssue('schedule_empty', { counted: 0, total: 0 }, { path: [] });
    const handed = { ...issue, path: endless('sessions'), sources: endless('seed-000') } as never;
    expect(isOk([handed])).toBe(false);
    expect(formatIssues([handed])).toBe(`error   schedule_empty at sessions: ${issue.message}`);
  });

  it('createIssue copies a path and sources of one entry with an endless iterator as one entry each', () => {
    const issue = createIssue('invalid_input', { detail: 'x.' }, { path: endless('sessions'), sources: endless('seed-000') as never });
    expect(issue.path).toEqual(['sessions']);
    expect(issue.sources).toEqual(['seed-000']);
  });

  it('reads a path entry once, so a getter that answers a key and then an object is kept as the key', () => {
    const issue = createIssue('invalid_input', { detail: 'x.' }, { path: changing() as never });
    expect(issue.path).toEqual(['ok']);
    const handed = { code: 'schedule_empty', severity: 'error', message: 'Nothing counted.', path: changing() };
    expect(formatIssues([handed] as never)).toBe('error   schedule_empty at ok: Nothing counted.');
  });

  it('createIssue keeps the first LIMITS.maxListEntries keys and indexes of a path, and nothing else', () => {
    const long = new Array<string>(LIMITS.maxListEntries + 1).fill('a');
    expect(createIssue('schedule_empty', { counted: 0, total: 0 }, { path: long }).path).toHaveLength(LIMITS.maxListEntries);
    expect(createIssue('schedule_empty', { counted: 0, total: 0 }, { path: ['sessions', {}, 2] as never }).path).toEqual(['sessions', 2]);
  });

  it('formatIssues and isOk turn down a handed-back issue whose path is longer than LIMITS.maxListEntries', () => {
    const long = new Array<string>(LIMITS.maxListEntries + 1).fill('a');
    expect(isOk([{ code: 'transition_step_up', severity: 'info', message: 'm', path: long }] as never)).toBe(false);
    expect(formatIssues([{ code: 'schedule_empty', severity: 'error', message: 'm', path: long }] as never)).toBe('error   1 entry is not an issue of level-of-care; left out.');
  });
});
