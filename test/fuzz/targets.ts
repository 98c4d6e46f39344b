// The fuzzing harness shared by `test/fuzz/fuzz.test.ts` (vitest, a moderate count in CI) and
// `test/fuzz/run.ts` (`npm run fuzz`, a million cases). Every public function that takes data gets two
// kinds of input: any JSON value for every argument, and near-valid input (a valid call with a few
// values replaced, deleted, retyped or given `__proto__`/`constructor`/`prototype` keys). For every
// case the function must return a well-formed result without throwing, leave its input deeply
// unchanged, and leave Object.prototype and Array.prototype as they were.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  ISSUE_CATALOG,
  LEVEL_IDS,
  POLICIES,
  SERVICE_TYPES,
  SESSION_MODALITIES,
  SESSION_STATUSES,
  SOURCES,
  SessionSchema,
  assessStepDownReadiness,
  billableDays,
  compareIntensity,
  createIssue,
  evaluateEligibility,
  expandWeeklyTemplate,
  planPathway,
  recommendLevel,
  summarizeSchedule,
  validateEpisodes,
  validateSchedule,
  validateTransition,
  type Issue,
  type LevelId,
} from '../../src/index.js';
import { sessionsFromFhir, toCdsCards, toOperationOutcome } from '../../src/fhir/index.js';
import { assessmentArb } from '../eligibility/helpers.js';
import { DATE_LOOKALIKES, HostileRead, cycle, nested, sparse, throwingGetters, throwingProxy } from '../security/hostile.js';

/** Runs per property: `FUZZ_RUNS`, or a count that keeps the CI fuzz suite well under 30 s. */
export const FUZZ_RUNS: number = Number(process.env['FUZZ_RUNS'] ?? 400);
/** A fixed seed, so a CI failure reproduces; `FUZZ_SEED` overrides it. */
export const FUZZ_SEED: number = Number(process.env['FUZZ_SEED'] ?? 20260301);

type Args = unknown[];

export interface FuzzTarget {
  readonly name: string;
  readonly call: (args: Args) => unknown;
  /** Valid calls, before corruption. */
  readonly valid: fc.Arbitrary<Args>;
  readonly arity: number;
  /** Throws an AssertionError when the result is not well formed for these arguments. */
  readonly check: (result: unknown, args: Args) => void;
}

// ---------------------------------------------------------------------------------------------
// Values

const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
] as const;
const BUILT_IN_POLICIES = [POLICIES.general, POLICIES.medicare2024, POLICIES.h0015];
const levelId = fc.constantFrom(...LEVEL_IDS);
const zone = fc.constantFrom(...ZONES);
const DAY_MS = 86_400_000;
// 2026-02-20: the weeks that follow cross the March and April clock changes of several zones.
const BASE = Date.UTC(2026, 1, 20);

/** A YYYY-MM-DD date within `span` days of 2026-02-20. */
const dateText = (span = 120): fc.Arbitrary<string> =>
  fc.integer({ min: -span, max: span }).map((days) => new Date(BASE + days * DAY_MS).toISOString().slice(0, 10));

const offsetText = fc.constantFrom('Z', '+00:00', '-05:00', '-04:00', '+05:30', '+10:30', '+12:45', '+13:45', '-08:00');

/** An ISO instant string with an offset, or a Date, near 2026-02-20. */
const instant = fc
  .tuple(fc.integer({ min: 0, max: 60 * 24 * 60 }), offsetText, fc.boolean())
  .map(([minute, offset, asDate]): string | Date => {
    const ms = BASE + minute * 60_000;
    if (asDate) return new Date(ms);
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const [h, m] = offset === 'Z' ? [0, 0] : offset.slice(1).split(':').map(Number);
    const local = new Date(ms + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000).toISOString().slice(0, 19);
    return `${local}${offset}`;
  });

/** FHIR carries instants as strings. */
const isoText = (value: string | Date): string => (value instanceof Date ? value.toISOString() : value);

const session = fc
  .record(
    {
      id: fc.string({ maxLength: 6 }),
      start: instant,
      minutes: fc.integer({ min: -30, max: 600 }),
      service: fc.constantFrom(...SERVICE_TYPES),
      status: fc.constantFrom(...SESSION_STATUSES),
      modality: fc.constantFrom(...SESSION_MODALITIES),
    },
    { requiredKeys: ['start', 'minutes', 'service'] },
  )
  .map(({ minutes, ...rest }) => {
    const startMs = rest.start instanceof Date ? rest.start.getTime() : Date.parse(rest.start);
    const endMs = startMs + minutes * 60_000;
    return { ...rest, end: rest.start instanceof Date ? new Date(endMs) : new Date(endMs).toISOString() };
  });
const sessions = fc.array(session, { maxLength: 12 });

const scheduleOptions = fc.record(
  {
    level: levelId,
    timeZone: zone,
    population: fc.constantFrom('adult', 'adolescent'),
    policy: fc.constantFrom(...BUILT_IN_POLICIES),
    weekStartsOn: fc.integer({ min: 0, max: 6 }),
    stay: fc.record({ start: dateText(60), end: dateText(60) }, { requiredKeys: ['start'] }),
    countStatuses: fc.subarray([...SESSION_STATUSES]),
  },
  { requiredKeys: ['level', 'timeZone'] },
);

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const templateEntry = fc.record(
  {
    dayOfWeek: fc.integer({ min: 0, max: 6 }),
    start: hhmm,
    end: hhmm,
    service: fc.constantFrom(...SERVICE_TYPES),
    modality: fc.constantFrom(...SESSION_MODALITIES),
  },
  { requiredKeys: ['dayOfWeek', 'start', 'end', 'service'] },
);
const templateOptions = fc
  .record({ from: dateText(60), days: fc.integer({ min: -3, max: 60 }), timeZone: zone, exceptions: fc.array(dateText(60), { maxLength: 3 }) })
  .map(({ from, days, timeZone, exceptions }) => ({
    from,
    to: new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10),
    timeZone,
    exceptions,
  }));

// Assessments: every field may be absent, ratings may be 'unknown' (the eligibility tests' generator).
const assessment = assessmentArb;
const levelList = fc.subarray([...LEVEL_IDS], { minLength: 1 });

const progress = fc.record(
  {
    daysAtLevel: fc.integer({ min: 0, max: 400 }),
    attendanceRate: fc.double({ min: 0, max: 1, noNaN: true }),
    withdrawalResolved: fc.boolean(),
    medicallyStable: fc.boolean(),
    psychiatricallyStable: fc.boolean(),
    treatmentGoalsMet: fc.boolean(),
    daysAbstinent: fc.integer({ min: 0, max: 400 }),
    recentUse: fc.boolean(),
    cravingsManageable: fc.boolean(),
    stableHousing: fc.boolean(),
    newRisk: fc.boolean(),
    relapsePreventionPlan: fc.boolean(),
  },
  { requiredKeys: ['daysAtLevel', 'attendanceRate'] },
);

const episodes = fc.array(
  fc.record({ level: levelId, start: dateText(200), end: dateText(200), authorizedLevel: levelId }, { requiredKeys: ['level', 'start'] }),
  { maxLength: 8 },
);

const codeable = (codes: readonly string[]) =>
  fc.record({ coding: fc.array(fc.record({ system: fc.constant('http://example.org'), code: fc.constantFrom(...codes) }), { maxLength: 2 }), text: fc.string({ maxLength: 8 }) }, { requiredKeys: [] });
const fhirResource = fc.oneof(
  fc.record({
    resourceType: fc.constant('Appointment'),
    id: fc.string({ maxLength: 5 }),
    status: fc.constantFrom('booked', 'fulfilled', 'cancelled', 'noshow', 'arrived'),
    start: instant.map(isoText),
    end: instant.map(isoText),
    serviceType: fc.array(codeable(['group', 'individual', 'family', 'x']), { maxLength: 2 }),
  }),
  fc.record({
    resourceType: fc.constant('Encounter'),
    status: fc.constantFrom('finished', 'in-progress', 'cancelled'),
    period: fc.record({ start: instant.map(isoText), end: instant.map(String) }),
    type: fc.array(codeable(['group', 'skills', '90853']), { maxLength: 2 }),
  }),
  fc.record({ resourceType: fc.constantFrom('Patient', 'Observation'), id: fc.string({ maxLength: 5 }) }),
);
const fhirInput = fc.oneof(
  fhirResource,
  fc.array(fhirResource, { maxLength: 5 }),
  fc.array(fhirResource, { maxLength: 5 }).map((resources) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) })),
);

/** Real issues, as validators produce them. */
const issueList = fc.tuple(sessions, scheduleOptions).map(([list, options]) => validateSchedule(list, options as never).issues.slice(0, 8));
const someIssues = fc.oneof(
  issueList,
  fc.constant([createIssue('invalid_input', { detail: 'x'.repeat(300) }, { path: ['sessions', 0, 'start'] })]),
);

// ---------------------------------------------------------------------------------------------
// Corruption: near-valid input

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Values that real exports contain, plus hostile ones. The JSON.parse ones have `__proto__` as an own key. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e308,
      -1,
      0.5,
      2 ** 53,
      '',
      ' ',
      'iop',
      'Z',
      '2026-02-30',
      '2026-13-01',
      '2026-03-08T02:30:00',
      '2026-03-08T02:30:00-05:00',
      '2026-03-08T25:00:00Z',
      '99:99',
      '24:00',
      'Not/AZone',
      'Etc/GMT+99',
      'x'.repeat(2_000),
      [],
      {},
      [null],
      new Date(Number.NaN),
      new Date(8.64e15),
      true,
      false,
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string>(
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"prototype":{"polluted":"yes"}}',
      '[{"__proto__":{"polluted":"yes"},"start":"2026-03-02T09:00:00Z","end":"2026-03-02T10:00:00Z","service":"group"}]',
      '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
    ).map((text) => JSON.parse(text) as unknown),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withSparseArray: true, withNullPrototype: true }) },
);

const edit = fc.record({
  node: fc.nat(),
  key: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'protoKey', 'retype', 'wrap'),
  value: junk,
  protoKey: fc.constantFrom(...PROTO_KEYS),
});
type Edit = (typeof edit extends fc.Arbitrary<infer E> ? E : never);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const SHARED: ReadonlySet<unknown> = new Set<unknown>([...BUILT_IN_POLICIES]);

/** A deep copy that keeps prototypes (null ones too), Dates, holes and own `__proto__` keys; built-in policies stay shared. */
function copy<T>(value: T): T {
  if (!isObject(value) || SHARED.has(value)) return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const out: Record<string, unknown> = Array.isArray(value) ? new Array<unknown>(value.length) : Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: copy(value[key]), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/**
 * Deep equality that also holds for invalid Dates, -0 and NaN (Object.is), prototypes, holes and own
 * `__proto__` keys. Iterative, so deep input cannot overflow the checker's stack.
 */
function sameValue(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (Object.is(x, y)) continue;
    if (!isObject(x) || !isObject(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y) || Array.isArray(x) !== Array.isArray(y)) return false;
    if (x instanceof Date) {
      if (!Object.is(x.getTime(), (y as unknown as Date).getTime())) return false;
      continue;
    }
    const keys = Object.keys(x);
    const otherKeys = Object.keys(y);
    if (keys.length !== otherKeys.length || (Array.isArray(x) && x.length !== (y as unknown as unknown[]).length)) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([x[key], y[key]]);
    }
  }
  return true;
}

function containers(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isObject(value) || value instanceof Date || SHARED.has(value)) continue;
    found.push(value);
    for (const key of Object.keys(value)) stack.push(value[key]);
  }
  return found;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyEdit(root: Args, change: Edit): void {
  const nodes = containers(root);
  const node = nodes[change.node % nodes.length];
  if (node === undefined) return;
  const keys = Object.keys(node);
  const key = keys.length === 0 ? '0' : (keys[change.key % keys.length] as string);
  const current = node[key];
  switch (change.kind) {
    case 'replace':
      setOwn(node, key, copy(change.value));
      break;
    case 'delete':
      if (node !== (root as unknown)) delete node[key];
      break;
    case 'protoKey':
      // JSON gives these keys to objects only (an array with its own `constructor` breaks Array methods
      // in the language itself, and no JSON parser can produce one).
      if (!Array.isArray(node)) setOwn(node, change.protoKey, copy(change.value));
      break;
    case 'retype':
      setOwn(node, key, typeof current === 'number' || typeof current === 'boolean' ? String(current) : typeof current === 'string' ? Number(current) : copy(change.value));
      break;
    case 'wrap':
      setOwn(node, key, [current]);
      break;
  }
}

/** A valid call with one to four edits. */
function nearValid(valid: fc.Arbitrary<Args>): fc.Arbitrary<Args> {
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([args, edits]) => {
    const corrupted = copy(args);
    for (const change of edits) applyEdit(corrupted, change);
    return corrupted;
  });
}

/** Any JSON value for every argument (sometimes as `undefined`, as JavaScript callers may omit one). */
function anyJson(arity: number): fc.Arbitrary<Args> {
  const value = fc.oneof({ weight: 9, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: fc.constant(undefined) });
  return fc.array(value, { minLength: arity, maxLength: arity });
}

// ---------------------------------------------------------------------------------------------
// Hostile objects: what a caller's own objects can do while they are read

const KEYS_READ = ['start', 'end', 'service', 'status', 'id', 'level', 'timeZone', 'policy', 'risk', 'findings', 'population', '0', 'length'];

/** Fresh hostile values: each call builds new ones, so no case sees another's state. */
const HOSTILE: readonly (() => unknown)[] = [
  // Getters that throw, on the keys the functions read.
  () => throwingGetters(KEYS_READ),
  // A getter that answers differently on every read.
  () => {
    let reads = 0;
    return Object.defineProperty({ end: '2026-03-02T12:00:00Z', service: 'group' }, 'start', {
      get: () => (++reads % 2 === 0 ? '2026-03-02T09:00:00Z' : 'later'),
      enumerable: true,
    });
  },
  // Proxies whose every trap throws, as an object and as an array.
  () => throwingProxy(),
  () => throwingProxy([]),
  // Cycles.
  () => {
    const loop = cycle({ start: '2026-03-02T09:00:00Z' });
    loop['end'] = loop;
    return loop;
  },
  () => {
    const list: unknown[] = [];
    list.push(list);
    return list;
  },
  // Date lookalikes.
  ...DATE_LOOKALIKES.map(([, make]) => make),
  // Sparse arrays whose length is far beyond anything a program holds.
  () => sparse(),
  () => {
    // Written far beyond its end first, so the array is sparse from the start (setting `length`
    // would allocate ten million slots in the test itself).
    const list: unknown[] = [];
    list[10_000_000] = 'scheduled';
    list[5] = 'scheduled';
    return list;
  },
  // Deep nesting.
  () => nested((inner) => [inner]),
  () => nested((inner) => ({ id: inner })),
  // Values JSON never has.
  () => 10n,
  () => Symbol('hostile'),
  () => () => 'a function',
];

const hostileValue: fc.Arbitrary<() => unknown> = fc.constantFrom(...HOSTILE);

/** A valid call with one value, anywhere in it, replaced by a hostile one. */
function hostile(valid: fc.Arbitrary<Args>): fc.Arbitrary<Args> {
  return fc.tuple(valid, fc.nat(), fc.nat(), hostileValue).map(([args, nodeIndex, keyIndex, make]) => {
    const corrupted = copy(args);
    const nodes = containers(corrupted);
    const node = nodes[nodeIndex % nodes.length];
    if (node === undefined) return corrupted;
    const keys = Object.keys(node);
    setOwn(node, keys.length === 0 ? '0' : (keys[keyIndex % keys.length] as string), make());
    return corrupted;
  });
}

// ---------------------------------------------------------------------------------------------
// Well-formed results

const SEVERITIES = new Set(['error', 'warning', 'info']);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isLevel = (value: unknown): value is LevelId => typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
const hasError = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === 'error');

function checkIssues(issues: unknown): asserts issues is Issue[] {
  assert.ok(Array.isArray(issues), 'issues is an array');
  for (const issue of issues as unknown[]) {
    assert.ok(isObject(issue), 'an issue is an object');
    const code = issue['code'];
    assert.ok(typeof code === 'string' && Object.hasOwn(ISSUE_CATALOG, code), `known issue code ${String(code)}`);
    assert.equal(issue['severity'], ISSUE_CATALOG[code as keyof typeof ISSUE_CATALOG].severity, `severity of ${code}`);
    assert.ok(SEVERITIES.has(issue['severity'] as string));
    const message = issue['message'];
    assert.ok(typeof message === 'string' && message.length > 0, 'a message');
    // A message is built from checked values or a short rendering of what was received, never an object's default string.
    assert.ok(!(message as string).includes('[object Object]'), `clean message: ${String(message)}`);
    const path = issue['path'];
    assert.ok(Array.isArray(path) && Array.from(path).every((segment) => typeof segment === 'string' || typeof segment === 'number'), 'path segments');
    const sources = issue['sources'];
    if (sources !== undefined) {
      assert.ok(Array.isArray(sources) && Array.from(sources).every((id) => typeof id === 'string' && Object.hasOwn(SOURCES, id)), 'known sources');
    }
  }
}

function checkOk(result: Record<string, unknown>): void {
  assert.equal(typeof result['ok'], 'boolean', 'ok is a boolean');
  checkIssues(result['issues']);
  assert.equal(result['ok'], !hasError(result['issues'] as Issue[]), 'ok is true exactly when no issue is an error');
}

function checkWeeks(weeks: unknown): void {
  assert.ok(Array.isArray(weeks), 'weeks is an array');
  let previous = '';
  for (const week of weeks as Record<string, unknown>[]) {
    assert.ok(DATE_RE.test(String(week['weekStart'])), `weekStart is a date: ${String(week['weekStart'])}`);
    assert.ok(String(week['weekStart']) > previous, 'weeks in order, no duplicates');
    previous = String(week['weekStart']);
    const minutes = week['minutes'] as number;
    assert.ok(Number.isFinite(minutes) && minutes >= 0, 'minutes finite and not negative');
    assert.equal(week['hours'], Math.round((minutes / 60) * 100) / 100, 'hours = minutes / 60 to 2 decimals');
    const days = week['days'] as number;
    assert.ok(Number.isInteger(days) && days >= 0 && days <= 7, 'days 0–7');
    assert.equal((week['serviceDates'] as unknown[]).length, days, 'one service date per day');
    assert.ok(Number.isInteger(week['sessions']) && (week['sessions'] as number) >= 0, 'session count');
    assert.equal(typeof week['partial'], 'boolean');
    const byService = Object.values(week['byService'] as Record<string, number>).reduce((sum, value) => sum + value, 0);
    assert.ok(Math.abs(byService - minutes) < 1e-6, 'byService adds up to minutes');
  }
}

function record(result: unknown): Record<string, unknown> {
  assert.ok(isObject(result), 'the result is an object');
  return result;
}

const plainObject = (value: unknown): value is Record<string, unknown> => isObject(value) && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------
// Targets

export const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'validateSchedule',
    arity: 2,
    valid: fc.tuple(sessions, scheduleOptions),
    call: ([list, options]) => validateSchedule(list, options as never),
    check(result, [list, options]) {
      const r = record(result);
      checkOk(r);
      checkWeeks(r['weeks']);
      const usable = Array.isArray(list) && plainObject(options) && isLevel(options['level']) && typeof options['timeZone'] === 'string';
      if (!usable) assert.equal(r['ok'], false, 'unusable input is not ok');
    },
  },
  {
    name: 'summarizeSchedule',
    arity: 2,
    valid: fc.tuple(sessions, scheduleOptions),
    call: ([list, options]) => summarizeSchedule(list, options as never),
    check(result) {
      checkWeeks(result);
    },
  },
  {
    name: 'billableDays',
    arity: 2,
    valid: fc.tuple(sessions, scheduleOptions),
    call: ([list, options]) => billableDays(list, options as never),
    check(result) {
      assert.ok(Array.isArray(result));
      let previous = '';
      for (const day of result as Record<string, unknown>[]) {
        assert.ok(DATE_RE.test(String(day['date'])) && String(day['date']) > previous, 'dates in order');
        previous = String(day['date']);
        assert.ok(Number.isFinite(day['minutes']) && (day['minutes'] as number) >= 0);
        assert.ok(Number.isInteger(day['services']) && (day['services'] as number) >= 0);
        assert.equal(typeof day['billable'], 'boolean');
        if (day['tier'] !== undefined) assert.equal(day['billable'], true, 'a tier only on a billable day');
      }
    },
  },
  {
    name: 'expandWeeklyTemplate',
    arity: 2,
    valid: fc.tuple(fc.array(templateEntry, { maxLength: 5 }), templateOptions),
    call: ([template, options]) => expandWeeklyTemplate(template, options as never),
    check(result, [template, options]) {
      const r = record(result);
      checkIssues(r['issues']);
      assert.ok(Array.isArray(r['sessions']));
      for (const item of r['sessions'] as unknown[]) {
        assert.ok(SessionSchema.safeParse(item).success, 'each session passes SessionSchema');
        const s = item as { start: string; end: string };
        assert.ok(Date.parse(s.end) > Date.parse(s.start), 'each session ends after it starts');
      }
      if (!Array.isArray(template) || !plainObject(options)) assert.ok(hasError(r['issues'] as Issue[]), 'unusable input gives an error');
    },
  },
  {
    name: 'evaluateEligibility',
    arity: 3,
    valid: fc.tuple(assessment, levelId, fc.record({ policy: fc.constantFrom(...BUILT_IN_POLICIES) }, { requiredKeys: [] })),
    call: ([input, level, options]) => evaluateEligibility(input as never, level as never, options as never),
    check(result, [input, level]) {
      const r = record(result);
      checkIssues(r['issues']);
      assert.ok(['eligible', 'eligible-with-cautions', 'ineligible', 'insufficient-information'].includes(r['status'] as string));
      for (const key of ['indications', 'contraindications', 'cautions', 'missing']) assert.ok(Array.isArray(r[key]), key);
      if (!isLevel(level) || !plainObject(input)) assert.ok(hasError(r['issues'] as Issue[]), 'unusable input gives an error');
    },
  },
  {
    name: 'recommendLevel',
    arity: 2,
    valid: fc.tuple(assessment, fc.record({ availableLevels: levelList, policy: fc.constantFrom(...BUILT_IN_POLICIES) }, { requiredKeys: [] })),
    call: ([input, options]) => recommendLevel(input as never, options as never),
    check(result, [input]) {
      const r = record(result);
      checkIssues(r['issues']);
      assert.ok(isLevel(r['level']) && isLevel(r['indicatedLevel']), 'levels are level ids');
      assert.ok(compareIntensity(r['level'] as LevelId, r['indicatedLevel'] as LevelId) >= 0, 'never below the indicated level');
      assert.ok(['recommended', 'provisional'].includes(r['status'] as string));
      assert.equal(typeof r['availabilityGap'], 'boolean');
      for (const key of ['drivers', 'excluded', 'cautions', 'missing', 'trace']) assert.ok(Array.isArray(r[key]), key);
      if (!plainObject(input)) assert.ok(hasError(r['issues'] as Issue[]), 'unusable input gives an error');
    },
  },
  {
    name: 'validateTransition',
    arity: 3,
    valid: fc.tuple(levelId, levelId, fc.record({ assessment, path: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }) }, { requiredKeys: [] })),
    call: ([from, to, context]) => validateTransition(from, to, context as never),
    check(result, [from, to]) {
      const r = record(result);
      checkOk(r);
      assert.ok(Array.isArray(r['skipped']) && (r['skipped'] as unknown[]).every(isLevel));
      if (r['kind'] !== undefined) assert.ok(['step-down', 'step-up', 'same'].includes(r['kind'] as string));
      if (!isLevel(from) || !isLevel(to)) assert.equal(r['ok'], false, 'unknown levels are not ok');
    },
  },
  {
    name: 'assessStepDownReadiness',
    arity: 3,
    valid: fc.tuple(levelId, progress, fc.record({ assessment, availableLevels: levelList, policy: fc.constantFrom(...BUILT_IN_POLICIES) }, { requiredKeys: [] })),
    call: ([current, values, options]) => assessStepDownReadiness(current as never, values as never, options as never),
    check(result, [current, values]) {
      const r = record(result);
      checkOk(r);
      assert.ok(['step-down', 'continue', 'step-up'].includes(r['decision'] as string));
      if (r['target'] !== undefined) assert.ok(isLevel(r['target']));
      for (const key of ['reasons', 'missing', 'notes']) assert.ok(Array.isArray(r[key]), key);
      if (r['ok'] === false) assert.notEqual(r['decision'], 'step-down', 'bad input never steps down');
      if (!isLevel(current) || !plainObject(values)) assert.equal(r['ok'], false, 'unusable input is not ok');
    },
  },
  {
    name: 'planPathway',
    arity: 3,
    valid: fc.tuple(
      levelId,
      dateText(3000),
      fc.record(
        {
          through: levelId,
          availableLevels: levelList,
          assessment,
          lengthOfStayDays: fc.record(Object.fromEntries(LEVEL_IDS.map((id) => [id, fc.integer({ min: 0, max: 400 })])), { requiredKeys: [] }),
          policy: fc.constantFrom(...BUILT_IN_POLICIES),
        },
        { requiredKeys: [] },
      ),
    ),
    call: ([start, date, options]) => planPathway(start as never, date as never, options as never),
    check(result, [start, date]) {
      const r = record(result);
      checkOk(r);
      assert.ok(Array.isArray(r['notes']));
      let nextStart: string | undefined;
      for (const phase of r['phases'] as Record<string, unknown>[]) {
        assert.ok(isLevel(phase['level']));
        const from = String(phase['start']);
        const to = String(phase['end']);
        assert.ok(DATE_RE.test(from) && DATE_RE.test(to) && from <= to, 'start ≤ end');
        const expected = phase['expectedDays'] as number;
        assert.ok(Number.isInteger(expected) && expected >= 1);
        assert.equal((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1, expected, 'expectedDays covers start..end');
        if (nextStart !== undefined) assert.equal(from, nextStart, 'the next phase starts the day after (with ambulatory withdrawal management, the same day)');
        // Withdrawal managed at home runs alongside the program that follows it.
        nextStart = phase['withdrawalManagement'] === 'ambulatory' ? from : new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
      }
      if (r['ok'] === false) assert.equal((r['phases'] as unknown[]).length, 0, 'no plan from bad input');
      if (!isLevel(start) || typeof date !== 'string' || !DATE_RE.test(date)) assert.equal(r['ok'], false, 'unusable input is not ok');
    },
  },
  {
    name: 'validateEpisodes',
    arity: 2,
    valid: fc.tuple(episodes, fc.record({ asOf: dateText(200), policy: fc.constantFrom(...BUILT_IN_POLICIES) }, { requiredKeys: [] })),
    call: ([list, options]) => validateEpisodes(list, options as never),
    check(result, [list]) {
      const r = record(result);
      checkOk(r);
      assert.ok(Array.isArray(r['followUp']));
      for (const item of r['followUp'] as Record<string, unknown>[]) {
        assert.ok(Number.isInteger(item['episodeIndex']));
        assert.ok(DATE_RE.test(String(item['dischargeDate'])));
        assert.equal(typeof item['within7Days'], 'boolean');
        assert.equal(typeof item['within30Days'], 'boolean');
        if (item['within7Days'] === true) assert.equal(item['within30Days'], true, 'within 7 days is within 30 days');
      }
      if (!Array.isArray(list)) assert.equal(r['ok'], false, 'unusable input is not ok');
    },
  },
  {
    name: 'sessionsFromFhir',
    arity: 1,
    valid: fc.tuple(fhirInput),
    call: ([input]) => sessionsFromFhir(input),
    check(result, [input]) {
      const r = record(result);
      checkIssues(r['issues']);
      assert.ok(Array.isArray(r['sessions']));
      // Instants pass through as strings (validateSchedule reports a bad one with its path); the rest is checked here.
      for (const item of r['sessions'] as Record<string, unknown>[]) {
        assert.ok(typeof item['start'] === 'string' && typeof item['end'] === 'string', 'start and end are strings');
        assert.ok((SERVICE_TYPES as readonly unknown[]).includes(item['service']), 'a known service');
        assert.ok(item['status'] === undefined || (SESSION_STATUSES as readonly unknown[]).includes(item['status']), 'a known status');
      }
      if (!isObject(input)) assert.ok(hasError(r['issues'] as Issue[]), 'unusable input gives an error');
    },
  },
  {
    name: 'toOperationOutcome',
    arity: 1,
    valid: fc.tuple(someIssues),
    call: ([issues]) => toOperationOutcome(issues as never),
    check(result) {
      const r = record(result);
      assert.equal(r['resourceType'], 'OperationOutcome');
      const list = r['issue'] as Record<string, unknown>[];
      assert.ok(Array.isArray(list) && list.length >= 1, 'FHIR requires at least one issue');
      for (const item of list) {
        assert.ok(['fatal', 'error', 'warning', 'information'].includes(item['severity'] as string));
        assert.equal(typeof item['code'], 'string');
      }
      JSON.stringify(r);
    },
  },
  {
    name: 'toCdsCards',
    arity: 2,
    valid: fc.tuple(someIssues.map((issues) => ({ issues })), fc.record({ source: fc.record({ label: fc.string({ maxLength: 10 }) }) }, { requiredKeys: [] })),
    call: ([input, options]) => toCdsCards(input as never, options as never),
    check(result) {
      assert.ok(Array.isArray(result));
      for (const card of result as Record<string, unknown>[]) {
        assert.ok(typeof card['summary'] === 'string' && card['summary'].length < 140, 'summary under 140 characters');
        assert.ok(['info', 'warning', 'critical'].includes(card['indicator'] as string));
        assert.ok(isObject(card['source']) && typeof card['source']['label'] === 'string');
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The property body

const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype).sort().join();

function checkPrototypes(): void {
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'Object.prototype polluted');
  assert.equal(([] as unknown as Record<string, unknown>)['polluted'], undefined, 'Array.prototype polluted');
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(), OBJECT_KEYS, 'Object.prototype keys changed');
  assert.equal(Object.getOwnPropertyNames(Array.prototype).sort().join(), ARRAY_KEYS, 'Array.prototype keys changed');
}

/**
 * One fuzz case: call, then check the result, the input and the prototypes. Hostile input cannot be
 * copied or compared (reading it throws), so only the result and the prototypes are checked then, and
 * a check that stops because it read a hostile argument itself has checked the result before that.
 */
function runCase(target: FuzzTarget, args: Args, comparable = true): void {
  const before = comparable ? copy(args) : undefined;
  const result = target.call(args);
  if (comparable) assert.ok(sameValue(args, before), `${target.name} changed its input`);
  checkPrototypes();
  try {
    target.check(result, args);
  } catch (error) {
    if (comparable || !(error instanceof HostileRead)) throw error;
  }
}

export type InputKind = 'any JSON' | 'near-valid' | 'hostile';

/** The fast-check property for one target and one kind of input. */
export function fuzzProperty(target: FuzzTarget, kind: InputKind): fc.IPropertyWithHooks<[Args]> {
  if (kind === 'hostile') return fc.property(hostile(target.valid), (args) => runCase(target, args, false));
  const inputs = kind === 'any JSON' ? anyJson(target.arity) : nearValid(target.valid);
  return fc.property(inputs, (args) => runCase(target, args));
}

/** The unedited valid calls must pass too: the corruption must not hide the happy path. */
export function validProperty(target: FuzzTarget): fc.IPropertyWithHooks<[Args]> {
  return fc.property(target.valid, (args) => runCase(target, args));
}

export const INPUT_KINDS: readonly InputKind[] = ['any JSON', 'near-valid', 'hostile'];
