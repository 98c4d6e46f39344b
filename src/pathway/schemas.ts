import * as z from 'zod';
import { dayNumberOf } from '../_lib/dayNumber.js';
import { LevelIdSchema } from '../levels/schema.js';

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). Dates are compared as calendar
 * days, so they carry no time and no zone.
 */
export const CalendarDateSchema: z.ZodType<string> = /* @__PURE__ */ (() => z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine((value) => dayNumberOf(value) !== undefined, 'that day does not exist on the calendar'))();

/** The `availableLevels` option: level ids. */
export const AvailableLevelsSchema: z.ZodOptional<z.ZodArray<typeof LevelIdSchema>> = /* @__PURE__ */ (() => z.array(LevelIdSchema).optional())();
