import * as z from 'zod/mini';
import { bounded } from '../_lib/miniZod.js';
import { LIMITS } from '../issues/limits.js';
import { dayNumberOf } from '../_lib/dayNumber.js';
import { LevelIdSchema } from '../levels/schema.js';

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). Dates are compared as calendar
 * days, so they carry no time and no zone.
 */
export const CalendarDateSchema: z.ZodMiniType<string> = /* @__PURE__ */ (() => z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true }),
    z.refine((value) => dayNumberOf(value) !== undefined, 'that day does not exist on the calendar'),
  ))();

/** The `availableLevels` option: level ids. */
export const AvailableLevelsSchema: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniCustom<unknown, unknown>, z.ZodMiniArray<typeof LevelIdSchema>>> = /* @__PURE__ */ (() =>
  z.optional(bounded(z.array(LevelIdSchema), LIMITS.maxListEntries, 'maxListEntries')))();
