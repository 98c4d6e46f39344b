import * as z from 'zod/mini';
import { type DayNumber, dayNumberOf, dayNumberToDate } from '../_lib/dayNumber.js';
import { describeReceived } from '../_lib/describeReceived.js';
import { instantMs } from '../_lib/instant.js';
import { bounded, lazy, safeParseMini } from '../_lib/miniZod.js';
import { type ZoneClock, zoneClock } from '../_lib/timeZone.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { formatPath } from '../issues/formatPath.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { LEVEL_IDS, POPULATIONS } from '../levels/schema.js';
import type { LevelId, Population } from '../levels/types.js';
import { LIMITS } from '../issues/limits.js';
import { MAX_SPAN_DAYS } from '../issues/maxSpanDays.js';
import { readPolicyOption } from '../policies/readPolicyOption.js';
import type { Policy } from '../policies/types.js';
import { DEFAULT_COUNT_STATUSES, DEFAULT_WEEK_STARTS_ON, SESSION_STATUSES } from './data.js';
import { timeZoneIssues } from './timeZoneIssues.js';

/** What every schedule function needs once its options are read. */
interface ScheduleSettings {
  readonly clock: ZoneClock;
  readonly countStatuses: ReadonlySet<string>;
}

/** Settings of the functions that group days into weeks. */
export interface WeekSettings extends ScheduleSettings {
  readonly weekStartsOn: number;
}

/** The stay as local day numbers; `last` is inclusive. */
export interface StayDays {
  readonly first: DayNumber;
  readonly last: DayNumber | undefined;
}

/** Settings of {@link validateSchedule}. */
export interface ValidationSettings extends WeekSettings {
  readonly level: LevelId;
  readonly population: Population;
  readonly policy: Policy;
  readonly stay: StayDays | undefined;
}

/** Settings of {@link billableDays}. */
export interface BillingSettings extends ScheduleSettings {
  readonly level: LevelId;
  readonly policy: Policy;
}

const isStayBound = (value: unknown): value is string | Date => dayNumberOf(value) !== undefined || !Number.isNaN(instantMs(value));

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
  const countStatuses = z.optional(bounded(z.array(z.enum(SESSION_STATUSES)), LIMITS.maxListEntries, 'maxListEntries'));
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

// Most calls count the default statuses: they share one set instead of building one per call.
const defaultCountStatuses: ReadonlySet<string> = /* @__PURE__ */ new Set(DEFAULT_COUNT_STATUSES);

const countStatusesOf = (statuses: readonly string[] | undefined): ReadonlySet<string> =>
  statuses === undefined ? defaultCountStatuses : new Set(statuses);

/** The issue for a stay longer than {@link LIMITS}.maxSpanYears: every week of it would be reported. */
export function stayTooLong(first: DayNumber, last: DayNumber, path: readonly (string | number)[]): Issue {
  const detail = `${formatPath(path)}: the stay from ${dayNumberToDate(first)} to ${dayNumberToDate(last)} spans more than ${LIMITS.maxSpanYears} years (LIMITS.maxSpanYears); no week was checked.`;
  return invalidInput(detail, { path: [...path], expected: MAX_SPAN_DAYS, received: last - first });
}

/**
 * Reads the options of {@link validateSchedule}: settings and the warnings about them (a time zone
 * that is not a place), or the issues that stop the check, after those warnings.
 */
export function readValidateOptions(options: unknown): { readonly settings?: ValidationSettings; readonly issues: Issue[] } {
  const parsed = safeParseMini(optionSchemas().validate, options);
  if (!parsed.success) return { issues: issuesFromZod(parsed.error, ['options']) };
  const data = parsed.data;
  const clock = zoneClock(data.timeZone);
  const zoneIssues = timeZoneIssues(data.timeZone, clock);
  if (clock === undefined) return { issues: zoneIssues };
  const policyIssues: Issue[] = [];
  const policy = readPolicyOption(data.policy, policyIssues, ['options', 'policy']);
  if (policyIssues.length > 0) return { issues: [...zoneIssues, ...policyIssues] };
  let stay: StayDays | undefined;
  if (data.stay !== undefined) {
    const first = stayDay(data.stay.start, clock);
    const last = data.stay.end === undefined ? undefined : stayDay(data.stay.end, clock);
    if (last !== undefined && last < first) {
      const detail = `options.stay.end: the stay ends on ${dayNumberToDate(last)}, before it starts on ${dayNumberToDate(first)}.`;
      return { issues: [...zoneIssues, invalidInput(detail, { path: ['options', 'stay', 'end'] })] };
    }
    if (last !== undefined && last - first > MAX_SPAN_DAYS) return { issues: [...zoneIssues, stayTooLong(first, last, ['options', 'stay', 'end'])] };
    stay = { first, last };
  }
  // One flat literal: a batch builds settings on every call.
  const settings: ValidationSettings = {
    clock,
    weekStartsOn: data.weekStartsOn ?? DEFAULT_WEEK_STARTS_ON,
    countStatuses: countStatusesOf(data.countStatuses),
    level: data.level,
    population: data.population ?? 'adult',
    policy,
    stay,
  };
  return { settings, issues: zoneIssues };
}

/** Reads the options of {@link summarizeSchedule}, or `undefined` when they are unusable. */
export function readSummaryOptions(options: unknown): WeekSettings | undefined {
  const parsed = safeParseMini(optionSchemas().summary, options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  if (clock === undefined) return undefined;
  return { clock, weekStartsOn: parsed.data.weekStartsOn ?? DEFAULT_WEEK_STARTS_ON, countStatuses: countStatusesOf(parsed.data.countStatuses) };
}

/** Reads the options of {@link billableDays}, or `undefined` when they are unusable. */
export function readBillingOptions(options: unknown): BillingSettings | undefined {
  const parsed = safeParseMini(optionSchemas().billing, options);
  if (!parsed.success) return undefined;
  const clock = zoneClock(parsed.data.timeZone);
  const policyIssues: Issue[] = [];
  const policy = readPolicyOption(parsed.data.policy, policyIssues, ['options', 'policy']);
  if (clock === undefined || policyIssues.length > 0) return undefined;
  return { clock, countStatuses: countStatusesOf(parsed.data.countStatuses), level: parsed.data.level, policy };
}
