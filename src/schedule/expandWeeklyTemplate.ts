import { forEachEntry, listLength, unreadable } from '../issues/boundary.js';
import { LIMITS } from '../issues/limits.js';
import { MAX_SPAN_DAYS } from '../issues/maxSpanDays.js';
import * as z from 'zod/mini';
import { dayNumberOf, dayNumberToDate, weekdayOf } from '../_lib/dayNumber.js';
import { describeReceived, inInstantRange } from '../_lib/describeReceived.js';
import { bounded, safeParseMini } from '../_lib/miniZod.js';
import { zoneClock } from '../_lib/timeZone.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import type { ServiceType } from '../services/index.js';
import { pushAll } from './readSessions.js';
import { WeeklyTemplateEntrySchema } from './schema.js';
import { timeZoneIssues } from './timeZoneIssues.js';
import { formatCount } from '../_lib/formatCount.js';
import type {
  ExpandWeeklyTemplateOptions,
  ExpandWeeklyTemplateResult,
  SessionModality,
  TemplateSession,
} from './types.js';

const CalendarDateSchema = /* @__PURE__ */ (() => z.custom<string>((value) => dayNumberOf(value) !== undefined, {
  error: (issue) => `expected a calendar date "YYYY-MM-DD", received ${describeReceived(issue.input)}`,
}))();

const OptionsSchema = /* @__PURE__ */ (() => z.object({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  timeZone: z.string({ error: 'expected an IANA time zone name such as "America/New_York"' }),
  exceptions: z.optional(bounded(z.array(CalendarDateSchema), LIMITS.maxListEntries, 'maxListEntries')),
}))();

interface Slot {
  readonly entry: number;
  readonly start: string;
  readonly end: string;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly service: ServiceType;
  readonly modality: SessionModality | undefined;
}

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

const minuteOfDay = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Turns a weekly template into dated sessions between two dates, keeping wall-clock times fixed
 * across daylight-saving changes: a 09:00 group stays at 09:00 local time, so its UTC offset
 * changes. Each `start`/`end` is an ISO string with the offset in force; an entry whose `end` is
 * earlier than its `start` ends the next day. Sessions come by date, then in template order.
 *
 * - A wall time inside a spring-forward gap is moved forward by the gap and reported
 *   (`template_time_nonexistent`, a warning); one that occurs twice takes its first occurrence
 *   (`template_time_ambiguous`, info).
 * - Bad input never throws: a bad entry gets `invalid_input` at `['template', i, …]` and is skipped;
 *   bad options give `invalid_input` or `invalid_time_zone` and no sessions.
 *
 * The Schedule validation guide shows the clock-change cases.
 *
 * @param template - Weekly entries `{ dayOfWeek, start: 'HH:mm', end: 'HH:mm', service, modality? }`, `dayOfWeek` 0 = Sunday.
 * @param options - `from` and `to` (inclusive `YYYY-MM-DD`), the IANA `timeZone`, and `exceptions` (dates to skip).
 * @returns The sessions and the issues found.
 *
 * @example
 * ```ts
 * import { expandWeeklyTemplate } from 'level-of-care';
 *
 * // Mondays 09:00–12:00 in New York, across the 2026-03-08 spring-forward; 2026-03-16 is a holiday.
 * const { sessions, issues } = expandWeeklyTemplate(
 *   [{ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }],
 *   { from: '2026-03-02', to: '2026-03-16', timeZone: 'America/New_York', exceptions: ['2026-03-16'] },
 * );
 * sessions;
 * //=> [{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group' },
 * //    { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T12:00:00-04:00', service: 'group' }]
 * issues;
 * //=> []
 * ```
 *
 * @category Schedule
 */
export function expandWeeklyTemplate(template: unknown, options: ExpandWeeklyTemplateOptions): ExpandWeeklyTemplateResult {
  try {
    return expand(template, options);
  } catch (thrown) {
    return { sessions: [], issues: [unreadable([], thrown)] };
  }
}

/** How many sessions the slots make from day `from` to day `to` (exceptions not taken off). */
function sessionsPlanned(slotsByWeekday: readonly (readonly Slot[])[], from: number, to: number): number {
  const days = to - from + 1;
  let planned = 0;
  for (let offset = 0; offset < 7; offset++) {
    const weekdays = Math.floor(days / 7) + (offset < days % 7 ? 1 : 0);
    planned += weekdays * (slotsByWeekday[weekdayOf(from + offset)]?.length ?? 0);
  }
  return planned;
}

function expand(template: unknown, options: unknown): ExpandWeeklyTemplateResult {
  const issues: Issue[] = [];
  const parsedOptions = safeParseMini(OptionsSchema, options);
  if (!parsedOptions.success) pushAll(issues, issuesFromZod(parsedOptions.error, ['options']));
  const clock = parsedOptions.success ? zoneClock(parsedOptions.data.timeZone) : undefined;
  if (parsedOptions.success) pushAll(issues, timeZoneIssues(parsedOptions.data.timeZone, clock));

  const slotsByWeekday: Slot[][] = [[], [], [], [], [], [], []];
  const entries = listLength(template, ['template'], 'weekly entries', LIMITS.maxListEntries, 'maxListEntries', issues);
  if (entries !== undefined) {
    forEachEntry(template, entries, ['template'], issues, (raw, i) => {
      const parsed = safeParseMini(WeeklyTemplateEntrySchema, raw);
      if (!parsed.success) {
        pushAll(issues, issuesFromZod(parsed.error, ['template', i]));
        return;
      }
      const entry = parsed.data;
      slotsByWeekday[entry.dayOfWeek]?.push({
        entry: i,
        start: entry.start,
        end: entry.end,
        startMinute: minuteOfDay(entry.start),
        endMinute: minuteOfDay(entry.end),
        service: entry.service,
        modality: entry.modality,
      });
    });
  }

  if (!parsedOptions.success || clock === undefined) return { sessions: [], issues };
  const from = dayNumberOf(parsedOptions.data.from) ?? 0;
  const to = dayNumberOf(parsedOptions.data.to) ?? 0;
  if (to < from) {
    const detail = `options.to: ${parsedOptions.data.to} is before options.from ${parsedOptions.data.from}.`;
    issues.push(invalidInput(detail, { path: ['options', 'to'] }));
    return { sessions: [], issues };
  }
  if (to - from > MAX_SPAN_DAYS) {
    const detail = `options.to: ${parsedOptions.data.from} to ${parsedOptions.data.to} spans more than ${LIMITS.maxSpanYears} years (LIMITS.maxSpanYears); no session was made.`;
    issues.push(invalidInput(detail, { path: ['options', 'to'], expected: MAX_SPAN_DAYS, received: to - from }));
    return { sessions: [], issues };
  }
  const planned = sessionsPlanned(slotsByWeekday, from, to);
  if (planned > LIMITS.maxSessions) {
    const detail = `template: ${formatCount(planned)} sessions from ${parsedOptions.data.from} to ${parsedOptions.data.to} are more than a call makes (at most ${formatCount(LIMITS.maxSessions)}, LIMITS.maxSessions); no session was made.`;
    issues.push(invalidInput(detail, { path: ['template'], expected: LIMITS.maxSessions, received: planned }));
    return { sessions: [], issues };
  }
  const skipped = new Set<number>();
  for (const date of parsedOptions.data.exceptions ?? []) skipped.add(dayNumberOf(date) ?? Number.NaN);

  const sessions: TemplateSession[] = [];
  const timeZone = clock.timeZone;
  for (let day = from; day <= to; day++) {
    if (skipped.has(day)) continue;
    for (const slot of slotsByWeekday[weekdayOf(day)] ?? []) {
      const endDay = slot.endMinute < slot.startMinute ? day + 1 : day;
      const resolvedStart = clock.wallTimeToInstant(day, slot.startMinute);
      const resolvedEnd = clock.wallTimeToInstant(endDay, slot.endMinute);
      // A start pushed out of a spring-forward gap can land after an end that exists (02:30–03:00
      // in New York becomes 03:30–03:00); the session then keeps its planned length.
      const plannedMs = (((slot.endMinute - slot.startMinute + MINUTES_PER_DAY) % MINUTES_PER_DAY) || MINUTES_PER_DAY) * MINUTE_MS;
      const endInstant =
        resolvedEnd.instant > resolvedStart.instant ? resolvedEnd.instant : resolvedStart.instant + plannedMs;
      if (!inInstantRange(resolvedStart.instant) || !inInstantRange(endInstant)) {
        // Sessions no validator of this library reads: their dates leave the years 0001–9999 in some
        // zone. One before the range (a negative instant) is skipped; at the far end, none is made.
        const field = resolvedStart.instant < 0 ? 'from' : 'to';
        const outcome = field === 'from' ? 'it was not made' : 'no later session was made';
        const detail = `options.${field}: a session on ${dayNumberToDate(day)} would fall outside the instants this library reads (0001-01-02 to 9999-12-30); ${outcome}.`;
        issues.push(invalidInput(detail, { path: ['options', field] }));
        if (field === 'from') continue;
        return { sessions, issues };
      }
      const start = clock.formatInstant(resolvedStart.instant);
      const end = clock.formatInstant(endInstant);
      for (const [resolution, time, onDay, resolved, field] of [
        [resolvedStart, slot.start, day, start, 'start'],
        [resolvedEnd, slot.end, endDay, end, 'end'],
      ] as const) {
        if (resolution.kind === 'exact') continue;
        const code = resolution.kind === 'nonexistent' ? 'template_time_nonexistent' : 'template_time_ambiguous';
        issues.push(
          createIssue(
            code,
            { date: dayNumberToDate(onDay), time, timeZone, resolved },
            { path: ['template', slot.entry, field], received: resolved },
          ),
        );
      }
      sessions.push(
        slot.modality === undefined
          ? { start, end, service: slot.service }
          : { start, end, service: slot.service, modality: slot.modality },
      );
    }
  }
  return { sessions, issues };
}
