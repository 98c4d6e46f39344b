import { z } from 'zod';
import { type DayNumber, dayNumberOf, dayNumberToDate } from '../_lib/dayNumber.js';
import { describeReceived, instantMs } from '../_lib/instant.js';
import { type ZoneClock, zoneClock } from '../_lib/timeZone.js';
import { issuesFromZod } from '../_lib/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { LevelIdSchema, PopulationSchema } from '../levels/schema.js';
import type { LevelId, Population } from '../levels/types.js';
import { POLICIES } from '../policies/policies.js';
import type { Policy } from '../policies/types.js';
import { DEFAULT_COUNT_STATUSES, DEFAULT_WEEK_STARTS_ON } from './data.js';
import { SessionStatusSchema } from './schema.js';

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A policy from `POLICIES`, `definePolicy` or `extendPolicy` is already checked; this only keeps an
// untyped caller's stray value from being read as one.
const PolicyLikeSchema = z.custom<Policy>(
  (value) => isObject(value) && typeof value['id'] === 'string' && isObject(value['requirements']),
  { error: 'expected a policy such as POLICIES.general (built with definePolicy or extendPolicy)' },
);

const StayBoundSchema = z.custom<string | Date>(
  (value) => dayNumberOf(value) !== undefined || !Number.isNaN(instantMs(value)),
  {
    error: (issue) =>
      `expected a date "YYYY-MM-DD" or an instant with an offset, received ${describeReceived(issue.input)}`,
  },
);

const baseShape = {
  timeZone: z.string({ error: 'expected an IANA time zone name such as "America/New_York"' }),
  weekStartsOn: z
    .number()
    .int()
    .min(0, { error: 'expected 0 (Sunday) to 6 (Saturday)' })
    .max(6, { error: 'expected 0 (Sunday) to 6 (Saturday)' })
    .optional(),
  countStatuses: z.array(SessionStatusSchema).optional(),
};

const optionsError = (expected: string) => ({
  error: (issue: { readonly input?: unknown }) => `expected an options object ${expected}, received ${describeReceived(issue.input)}`,
});

const SummaryOptionsSchema = z.object(baseShape, optionsError('{ timeZone }'));

const ValidateOptionsSchema = z.object({
  ...baseShape,
  level: LevelIdSchema,
  population: PopulationSchema.optional(),
  policy: PolicyLikeSchema.optional(),
  stay: z.object({ start: StayBoundSchema, end: StayBoundSchema.optional() }).optional(),
}, optionsError('{ level, timeZone }'));

const BillingOptionsSchema = z.object({
  timeZone: baseShape.timeZone,
  countStatuses: baseShape.countStatuses,
  level: LevelIdSchema,
  policy: PolicyLikeSchema.optional(),
}, optionsError('{ level, timeZone }'));

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

const timeZoneIssue = (timeZone: string): Issue =>
  createIssue('invalid_time_zone', { timeZone }, { path: ['options', 'timeZone'], received: timeZone });

/** Reads the options of {@link validateSchedule}: settings, or the issues that stop the check. */
export function readValidateOptions(options: unknown): { readonly settings?: ValidationSettings; readonly issues: Issue[] } {
  const parsed = ValidateOptionsSchema.safeParse(options);
  if (!parsed.success) return { issues: issuesFromZod(parsed.error, ['options']) };
  const data = parsed.data;
  const clock = zoneClock(data.timeZone);
  if (clock === undefined) return { issues: [timeZoneIssue(data.timeZone)] };
  let stay: StayDays | undefined;
  if (data.stay !== undefined) {
    const first = stayDay(data.stay.start, clock);
    const last = data.stay.end === undefined ? undefined : stayDay(data.stay.end, clock);
    if (last !== undefined && last < first) {
      const detail = `options.stay.end: the stay ends on ${dayNumberToDate(last)}, before it starts on ${dayNumberToDate(first)}.`;
      return { issues: [createIssue('invalid_input', { detail }, { path: ['options', 'stay', 'end'] })] };
    }
    stay = last === undefined ? { first } : { first, last };
  }
  const settings: ValidationSettings = {
    ...common(data, clock),
    level: data.level,
    population: data.population ?? 'adult',
    policy: data.policy ?? POLICIES.general,
    ...(stay === undefined ? {} : { stay }),
  };
  return { settings, issues: [] };
}

/** Reads the options of {@link summarizeSchedule}, or `undefined` when they are unusable. */
export function readSummaryOptions(options: unknown): ScheduleSettings | undefined {
  const parsed = SummaryOptionsSchema.safeParse(options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  return clock === undefined ? undefined : common(parsed.data, clock);
}

/** Reads the options of {@link billableDays}, or `undefined` when they are unusable. */
export function readBillingOptions(options: unknown): BillingSettings | undefined {
  const parsed = BillingOptionsSchema.safeParse(options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  if (clock === undefined) return undefined;
  return {
    ...common(parsed.data, clock),
    level: parsed.data.level,
    policy: parsed.data.policy ?? POLICIES.general,
  };
}
