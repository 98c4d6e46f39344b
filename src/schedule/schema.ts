import * as z from 'zod/mini';
import { describeReceived } from '../_lib/describeReceived.js';
import { describeInvalidInstant, instantMs } from '../_lib/instant.js';
import { type ServiceType, ServiceTypeSchema } from '../services/index.js';
import { SESSION_MODALITIES, SESSION_STATUSES } from './data.js';
import type { SessionModality, SessionStatus } from './types.js';

/**
 * zod schema of an instant: a valid `Date`, or an ISO 8601 string with an offset or `Z`. A local
 * time without an offset fails with a message saying why (the moment it names is ambiguous).
 *
 * @example
 * ```ts
 * import { InstantSchema } from 'level-of-care';
 *
 * InstantSchema.safeParse('2026-03-02T09:00:00-05:00').success;
 * //=> true
 * InstantSchema.safeParse('2026-03-02T09:00:00').success;
 * //=> false
 * ```
 *
 * @category Schedule
 */
export const InstantSchema: z.ZodMiniCustom<string | Date, string | Date> = /* @__PURE__ */ (() => z.custom<string | Date>(
  (value) => !Number.isNaN(instantMs(value)),
  { error: (issue) => describeInvalidInstant(issue.input) },
))();

/**
 * zod schema of a {@link SessionStatus}.
 *
 * @example
 * ```ts
 * import { SessionStatusSchema } from 'level-of-care';
 *
 * SessionStatusSchema.safeParse('no-show').success;
 * //=> true
 * ```
 *
 * @category Schedule
 */
export const SessionStatusSchema: z.ZodMiniEnum<{ [K in SessionStatus]: K }> = /* @__PURE__ */ (() => z.enum(SESSION_STATUSES))();

/**
 * zod schema of a {@link SessionModality}.
 *
 * @example
 * ```ts
 * import { SessionModalitySchema } from 'level-of-care';
 *
 * SessionModalitySchema.safeParse('video').success;
 * //=> false
 * ```
 *
 * @category Schedule
 */
export const SessionModalitySchema: z.ZodMiniEnum<{ [K in SessionModality]: K }> = /* @__PURE__ */ (() => z.enum(SESSION_MODALITIES))();

/**
 * The shape of {@link SessionSchema}.
 *
 * @example
 * ```ts
 * import { SessionSchema, type SessionSchemaShape } from 'level-of-care';
 *
 * const shape: SessionSchemaShape = SessionSchema.shape;
 * [Object.keys(shape), shape.status.safeParse('no-show').success];
 * //=> [['id', 'start', 'end', 'service', 'status', 'modality', 'source'], true]
 * ```
 *
 * @category Schedule
 */
export type SessionSchemaShape = {
  /** Schema of {@link Session.id}. */
  id: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** Schema of {@link Session.start}. */
  start: typeof InstantSchema;
  /** Schema of {@link Session.end}. */
  end: typeof InstantSchema;
  /** Schema of {@link Session.service}. */
  service: z.ZodMiniEnum<{ [K in ServiceType]: K }>;
  /** Schema of {@link Session.status}. */
  status: z.ZodMiniOptional<typeof SessionStatusSchema>;
  /** Schema of {@link Session.modality}. */
  modality: z.ZodMiniOptional<typeof SessionModalitySchema>;
  /** Schema of {@link Session.source}. */
  source: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

/**
 * zod schema of one {@link Session}: the source of truth for its shape and for the wording of
 * `invalid_input` issues. Unknown keys are ignored (records from other systems carry extra fields).
 * That `end` comes after `start` is checked by {@link validateSchedule}, not here.
 *
 * @example
 * ```ts
 * import { SessionSchema } from 'level-of-care';
 *
 * SessionSchema.safeParse({ start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'group' }).success;
 * //=> true
 * SessionSchema.safeParse({ start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'yoga' }).success;
 * //=> false
 * ```
 *
 * @category Schedule
 */
export const SessionSchema: z.ZodMiniObject<SessionSchemaShape, z.core.$strip> = /* @__PURE__ */ (() => z.object(
  {
    id: z.optional(z.string()),
    start: InstantSchema,
    end: InstantSchema,
    service: ServiceTypeSchema,
    status: z.optional(SessionStatusSchema),
    modality: z.optional(SessionModalitySchema),
    source: z.optional(z.string()),
  },
  { error: (issue) => `expected a session object { start, end, service }, received ${describeReceived(issue.input)}` },
))();

const wallTime = /* @__PURE__ */ (() => z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour wall-clock time "HH:mm", e.g. "09:00"' })))();

/**
 * The shape of {@link WeeklyTemplateEntrySchema}.
 *
 * @example
 * ```ts
 * import { WeeklyTemplateEntrySchema, type WeeklyTemplateEntrySchemaShape } from 'level-of-care';
 *
 * const shape: WeeklyTemplateEntrySchemaShape = WeeklyTemplateEntrySchema.shape;
 * [shape.dayOfWeek.safeParse(7).success, shape.start.safeParse('09:00').success];
 * //=> [false, true]
 * ```
 *
 * @category Schedule
 */
export type WeeklyTemplateEntrySchemaShape = {
  /** Schema of {@link WeeklyTemplateEntry.dayOfWeek}. */
  dayOfWeek: z.ZodMiniNumber<number>;
  /** Schema of {@link WeeklyTemplateEntry.start}. */
  start: z.ZodMiniString<string>;
  /** Schema of {@link WeeklyTemplateEntry.end}. */
  end: z.ZodMiniString<string>;
  /** Schema of {@link WeeklyTemplateEntry.service}. */
  service: z.ZodMiniEnum<{ [K in ServiceType]: K }>;
  /** Schema of {@link WeeklyTemplateEntry.modality}. */
  modality: z.ZodMiniOptional<typeof SessionModalitySchema>;
};

/**
 * zod schema of one {@link WeeklyTemplateEntry}. An entry whose `end` equals its `start` is
 * rejected (a session must last); an `end` earlier than `start` crosses midnight.
 *
 * @example
 * ```ts
 * import { WeeklyTemplateEntrySchema } from 'level-of-care';
 *
 * WeeklyTemplateEntrySchema.safeParse({ dayOfWeek: 1, start: '09:00', end: '12:00', service: 'group' }).success;
 * //=> true
 * WeeklyTemplateEntrySchema.safeParse({ dayOfWeek: 7, start: '9:00', end: '12:00', service: 'group' }).success;
 * //=> false
 * ```
 *
 * @category Schedule
 */
export const WeeklyTemplateEntrySchema: z.ZodMiniObject<WeeklyTemplateEntrySchemaShape, z.core.$strip> = /* @__PURE__ */ (() => {
  const weekday = { error: 'expected a day of the week from 0 (Sunday) to 6 (Saturday)' };
  return z
    .object(
      {
        dayOfWeek: z.number().check(z.int(), z.minimum(0, weekday), z.maximum(6, weekday)),
        start: wallTime,
        end: wallTime,
        service: ServiceTypeSchema,
        modality: z.optional(SessionModalitySchema),
      },
      {
        error: (issue) =>
          `expected a template entry { dayOfWeek, start, end, service }, received ${describeReceived(issue.input)}`,
      },
    )
    .check(
      z.refine((entry) => entry.start !== entry.end, {
        error: 'end equals start; a session must last (an end earlier than start means the next day)',
        path: ['end'],
      }),
    );
})();
