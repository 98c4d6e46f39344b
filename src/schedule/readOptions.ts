import * as z from 'zod/mini';
import { type DayNumber, dayNumberOf, dayNumberToDate } from '../_lib/dayNumber.js';
import { describeReceived } from '../_lib/describeReceived.js';
import { instantMs } from '../_lib/instant.js';
import { lazy, safeParseMini } from '../_lib/miniZod.js';
import { POPULATIONS } from '../levels/schema.js';
import { type ZoneClock, zoneClock } from '../_lib/timeZone.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { LEVEL_IDS } from '../levels/schema.js';
import type { LevelId, Population } from '../levels/types.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import type { Policy } from '../policies/types.js';
import type { SessionStatus } from './types.js';
import { DEFAULT_COUNT_STATUSES, DEFAULT_WEEK_STARTS_ON, SESSION_STATUSES } from './data.js';
import { timeZoneIssues } from './timeZoneIssues.js';
import { isRecord } from '../_lib/isRecord.js';

/** What every schedule function needs once its options are read. */
export interface ScheduleSettings {
  readonly clock: ZoneClock;
  readonly weekStartsOn: number;
  readonly countStatuses: ReadonlySet<string>;
}

/** The stay as local day numbers; `last` is inclusive. */
export interface StayDays {
  readonly first: DayNumber;
  readonly last?: DayNumber;
}

/** Settings of {@link validateSchedule}. */
export interface ValidationSettings extends ScheduleSettings {
  readonly level: LevelId;
  readonly population: Population;
  readonly policy: Policy;
  readonly stay?: StayDays;
}

/** Settings of {@link billableDays}. */
export interface BillingSettings extends ScheduleSettings {
  readonly level: LevelId;
  readonly policy: Policy;
}


const isStayBound = (value: unknown): value is string | Date => dayNumberOf(value) !== undefined || !Number.isNaN(instantMs(value));

const statusSet: ReadonlySet<unknown> = /* @__PURE__ */ new Set(SESSION_STATUSES);
const levelSet: ReadonlySet<unknown> = /* @__PURE__ */ new Set(LEVEL_IDS);

/** The options of {@link validateSchedule} once read. */
export interface ValidateOptionsData {
  readonly timeZone: string;
  readonly level: LevelId;
  readonly weekStartsOn?: number | undefined;
  readonly countStatuses?: readonly SessionStatus[] | undefined;
  readonly population?: Population | undefined;
  readonly policy?: unknown;
  readonly stay?: { readonly start: string | Date; readonly end?: string | Date | undefined } | undefined;
}

/**
 * The fast path for the options of {@link validateSchedule}: a batch calls it once per patient, and
 * the options are nearly always valid. Reads each option once and accepts only what the schema
 * accepts; anything else (even a valid value it does not expect) goes to the schema, which writes
 * the issues.
 */
export function readValidOptions(options: unknown): ValidateOptionsData | undefined {
  if (!isRecord(options)) return undefined;
  const timeZone = options['timeZone'];
  const level = options['level'];
  const weekStartsOn = options['weekStartsOn'];
  const countStatuses = options['countStatuses'];
  const population = options['population'];
  const policy = options['policy'];
  const stay = options['stay'];
  if (typeof timeZone !== 'string' || !levelSet.has(level)) return undefined;
  if (weekStartsOn !== undefined && !(typeof weekStartsOn === 'number' && Number.isInteger(weekStartsOn) && weekStartsOn >= 0 && weekStartsOn <= 6)) {
    return undefined;
  }
  if (countStatuses !== undefined) {
    if (!Array.isArray(countStatuses)) return undefined;
    for (let i = 0; i < countStatuses.length; i += 1) if (!statusSet.has(countStatuses[i])) return undefined;
  }
  if (population !== undefined && population !== 'adult' && population !== 'adolescent') return undefined;
  let stayData: ValidateOptionsData['stay'];
  if (stay !== undefined) {
    if (!isRecord(stay)) return undefined;
    const start = stay['start'];
    const end = stay['end'];
    if (!isStayBound(start) || (end !== undefined && !isStayBound(end))) return undefined;
    stayData = { start, end };
  }
  return {
    timeZone,
    level: level as LevelId,
    weekStartsOn,
    countStatuses: countStatuses as readonly SessionStatus[] | undefined,
    population,
    policy,
    stay: stayData,
  };
}

// The options schemas are built on first use (see `lazy`) with zod/mini, and give the messages
// `LevelIdSchema`, `PopulationSchema` and `SessionStatusSchema` give.
const optionSchemas = /* @__PURE__ */ lazy(() => {
  const stayBound = z.custom<string | Date>(isStayBound, {
    error: (issue) => `expected a date "YYYY-MM-DD" or an instant with an offset, received ${describeReceived(issue.input)}`,
  });
  const timeZone = z.string({ error: 'expected an IANA time zone name such as "America/New_York"' });
  const weekStartsOn = z.optional(
    z.number().check(
      z.int(),
      z.minimum(0, { error: 'expected 0 (Sunday) to 6 (Saturday)' }),
      z.maximum(6, { error: 'expected 0 (Sunday) to 6 (Saturday)' }),
    ),
  );
  const countStatuses = z.optional(z.array(z.enum(SESSION_STATUSES)));
  const level = z.enum(LEVEL_IDS);
  const optionsError = (expected: string) => ({
    error: (issue: { readonly input?: unknown }) => `expected an options object ${expected}, received ${describeReceived(issue.input)}`,
  });
  return {
    summary: z.object({ timeZone, weekStartsOn, countStatuses }, optionsError('{ timeZone }')),
    validate: z.object(
      {
        timeZone,
        weekStartsOn,
        countStatuses,
        level,
        population: z.optional(z.enum(POPULATIONS)),
        policy: z.optional(z.unknown()),
        stay: z.optional(z.object({ start: stayBound, end: z.optional(stayBound) })),
      },
      optionsError('{ level, timeZone }'),
    ),
    billing: z.object({ timeZone, countStatuses, level, policy: z.optional(z.unknown()) }, optionsError('{ level, timeZone }')),
  };
});

function stayDay(value: string | Date, clock: ZoneClock): DayNumber {
  return dayNumberOf(value) ?? clock.localDay(instantMs(value));
}

function common(
  data: { readonly weekStartsOn?: number | undefined; readonly countStatuses?: readonly string[] | undefined },
  clock: ZoneClock,
): ScheduleSettings {
  return {
    clock,
    weekStartsOn: data.weekStartsOn ?? DEFAULT_WEEK_STARTS_ON,
    countStatuses: new Set(data.countStatuses ?? DEFAULT_COUNT_STATUSES),
  };
}

/** The schema of the options of {@link validateSchedule} (for tests of the fast path). */
export function validateOptionsSchema(): z.ZodMiniType {
  return optionSchemas().validate;
}

/**
 * Reads the options of {@link validateSchedule}: settings and the warnings about them (a time zone
 * that is not a place), or the issues that stop the check.
 */
export function readValidateOptions(options: unknown): { readonly settings?: ValidationSettings; readonly issues: Issue[] } {
  let data = readValidOptions(options);
  if (data === undefined) {
    const parsed = safeParseMini(optionSchemas().validate, options);
    if (!parsed.success) return { issues: issuesFromZod(parsed.error, ['options']) };
    data = parsed.data;
  }
  const clock = zoneClock(data.timeZone);
  const zoneIssues = timeZoneIssues(data.timeZone, clock);
  if (clock === undefined) return { issues: zoneIssues };
  const policyIssues: Issue[] = [];
  const policy = readPolicyOption(data.policy, policyIssues, ['options', 'policy']);
  if (policyIssues.length > 0) return { issues: policyIssues };
  let stay: StayDays | undefined;
  if (data.stay !== undefined) {
    const first = stayDay(data.stay.start, clock);
    const last = data.stay.end === undefined ? undefined : stayDay(data.stay.end, clock);
    if (last !== undefined && last < first) {
      const detail = `options.stay.end: the stay ends on ${dayNumberToDate(last)}, before it starts on ${dayNumberToDate(first)}.`;
      return { issues: [invalidInput(detail, { path: ['options', 'stay', 'end'] })] };
    }
    stay = last === undefined ? { first } : { first, last };
  }
  const settings: ValidationSettings = {
    ...common(data, clock),
    level: data.level,
    population: data.population ?? 'adult',
    policy,
    ...(stay === undefined ? {} : { stay }),
  };
  return { settings, issues: zoneIssues };
}

/** Reads the options of {@link summarizeSchedule}, or `undefined` when they are unusable. */
export function readSummaryOptions(options: unknown): ScheduleSettings | undefined {
  const parsed = safeParseMini(optionSchemas().summary, options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  return clock === undefined ? undefined : common(parsed.data, clock);
}

/** Reads the options of {@link billableDays}, or `undefined` when they are unusable. */
export function readBillingOptions(options: unknown): BillingSettings | undefined {
  const parsed = safeParseMini(optionSchemas().billing, options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  const policyIssues: Issue[] = [];
  const policy = readPolicyOption(parsed.data.policy, policyIssues, ['options', 'policy']);
  if (clock === undefined || policyIssues.length > 0) return undefined;
  return { ...common(parsed.data, clock), level: parsed.data.level, policy };
}
