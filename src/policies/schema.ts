import { z } from 'zod';
import { LEVEL_IDS, LevelIdSchema } from '../levels/schema.js';
import { ServiceTypeSchema } from '../services/index.js';

const sources = z.array(z.string().min(1)).min(1, 'cite at least one source');
const nonNegative = z.number().finite().nonnegative();

const threshold = z.strictObject({ value: nonNegative, sources, verified: z.boolean().optional() });
const hoursBound = threshold.extend({ inclusive: z.boolean() });
const range = <T extends z.ZodType<{ value: number }>>(bound: T) =>
  z
    .strictObject({ min: bound.optional(), max: bound.optional() })
    .refine((r) => r.min === undefined || r.max === undefined || r.min.value <= r.max.value, {
      message: 'min must not exceed max',
    });

const levelRequirements = z.strictObject({
  hoursPerWeek: range(hoursBound).optional(),
  daysPerWeek: range(threshold.refine((t) => t.value <= 7, { message: 'a week has at most 7 days' })).optional(),
  minHoursPerServiceDay: threshold.refine((t) => t.value <= 24, { message: 'a day has at most 24 hours' }).optional(),
  sessionMinutes: range(threshold).optional(),
  requiredServicesPerWeek: z
    .array(z.strictObject({ service: ServiceTypeSchema, minSessions: z.number().int().positive(), sources }))
    .optional(),
});

const perLevel = <T extends z.ZodType>(value: T) => z.partialRecord(LevelIdSchema, value);

const placementRow = z.tuple([LevelIdSchema, LevelIdSchema, LevelIdSchema, LevelIdSchema, LevelIdSchema]);

const perDiemTier = z
  .strictObject({
    id: z.string().min(1),
    minServices: z.number().int().nonnegative(),
    maxServices: z.number().int().nonnegative().optional(),
    sources,
    verified: z.boolean().optional(),
  })
  .refine((t) => t.maxServices === undefined || t.minServices <= t.maxServices, {
    message: 'minServices must not exceed maxServices',
  });

const rank = (level: string): number => LEVEL_IDS.indexOf(level as (typeof LEVEL_IDS)[number]);

/** zod schema of a policy, with the cross-field checks `definePolicy` applies. */
export const PolicySchema: z.ZodType = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, 'use lower-case letters, digits, ".", "+" and "-"'),
  version: z.string().min(1),
  title: z.string().min(1),
  sources,
  requirements: perLevel(z.strictObject({ adult: levelRequirements.optional(), adolescent: levelRequirements.optional() })),
  typicalStayDays: perLevel(threshold.refine((t) => t.value >= 1, { message: 'a stay lasts at least 1 day' })),
  lengthOfStayReviewFactor: threshold.refine((t) => t.value >= 1, { message: 'the review factor must be at least 1' }),
  maxGapDays: threshold,
  placement: z.strictObject({
    minimumLevel: z.strictObject({
      withdrawal: placementRow,
      biomedical: placementRow,
      psychiatric: placementRow,
      readiness: placementRow,
      relapse: placementRow,
      environment: placementRow,
    }),
    sources,
  }).superRefine((table, ctx) => {
    // A higher rating must never call for a less intensive floor, or raising a risk could lower care.
    for (const [dimension, row] of Object.entries(table.minimumLevel)) {
      row.forEach((level, rating) => {
        const previous = row[rating - 1];
        if (previous !== undefined && rank(level) > rank(previous)) {
          ctx.addIssue({
            code: 'custom',
            path: ['minimumLevel', dimension, rating],
            message: `rating ${rating} calls for ${level}, less intensive than ${previous} at rating ${rating - 1}`,
          });
        }
      });
    }
  }),
  stepDown: z.strictObject({
    minAttendanceRate: threshold.refine((t) => t.value <= 1, { message: 'a rate is between 0 and 1' }),
    minDaysAtLevel: perLevel(threshold),
    minDaysAbstinent: perLevel(threshold),
  }),
  billing: perLevel(
    z.strictObject({ code: z.string().min(1).optional(), minMinutes: threshold.optional(), tiers: z.array(perDiemTier).optional() }),
  ),
  recertification: perLevel(
    z.strictObject({
      firstWithinDays: threshold.optional(),
      everyDays: threshold.refine((t) => t.value >= 1, { message: 'an interval lasts at least 1 day' }),
    }),
  ),
});
