import * as z from 'zod/mini';
import { bounded } from '../_lib/miniZod.js';
import { DIMENSION_CEILINGS } from '../eligibility/data.js';
import { LIMITS } from '../issues/limits.js';
import { LEVEL_IDS } from '../levels/schema.js';
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from '../levels/withdrawalSettings.js';
import { SESSION_MODALITIES } from '../schedule/data.js';
import { SERVICE_TYPES } from '../services/index.js';

// Written with zod/mini (the same zod 4 core and messages as `zod`, see src/_lib/miniZod.ts) and built
// inside a function marked pure: every validator that takes a `policy` option checks it against this
// schema, and a page that imports one validator should carry neither all of zod nor an unused schema.
const rank = (level: string): number => LEVEL_IDS.indexOf(level as (typeof LEVEL_IDS)[number]);

function buildPolicySchema() {
  const level = z.enum(LEVEL_IDS);
  // Every list is turned down past LIMITS.maxListEntries before an entry is read.
  const list = <T extends z.core.$ZodType>(schema: T) => bounded(schema, LIMITS.maxListEntries, 'maxListEntries');
  const sources = list(z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'cite at least one source')));
  const nonNegative = z.number().check(z.nonnegative());

  const threshold = z.strictObject({ value: nonNegative, sources, verified: z.optional(z.boolean()) });
  const hoursBound = z.strictObject({ value: nonNegative, sources, verified: z.optional(z.boolean()), inclusive: z.boolean() });
  const range = <T extends z.ZodMiniType<{ value: number }>>(bound: T) =>
    z.strictObject({ min: z.optional(bound), max: z.optional(bound) }).check(
      z.refine((r) => r.min === undefined || r.max === undefined || r.min.value <= r.max.value, {
        message: 'min must not exceed max',
      }),
    );
  const atMost = (limit: number, message: string) => threshold.check(z.refine((t) => t.value <= limit, { message, path: ['value'] }));
  const atLeast = (limit: number, message: string) => threshold.check(z.refine((t) => t.value >= limit, { message, path: ['value'] }));
  // Days of an episode and recertification intervals are counted in whole days or months.
  const whole = z.refine<{ value: number }>((t) => Number.isInteger(t.value) && t.value >= 1, {
    message: 'expected a whole number of at least 1',
    path: ['value'],
  });
  // A real day: the date reads back unchanged from the instant it names (2023-02-29 reads back as
  // 2023-03-01). Such dates compare in calendar order as strings. (Not dayNumberOf: this schema is in
  // the bundle of every function that takes a policy, and the Date built-in costs no bytes.)
  const calendarDate = z.string().check(
    z.refine((value) => {
      const ms = value.length === 10 ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
      return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value) && !value.startsWith('0000');
    }, 'expected a real calendar date "YYYY-MM-DD" from 0001-01-01'),
  );
  const effective = z.strictObject({ from: calendarDate, to: z.optional(calendarDate) }).check(
    z.superRefine((dates, ctx) => {
      if (dates.to !== undefined && dates.to < dates.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `${dates.to} is before the first date ${dates.from}` });
      }
    }),
  );
  // Shapes are written out rather than extended from `threshold`: zod's extend machinery would weigh
  // on every page that takes a policy.
  const countsModalities = z.strictObject({
    value: list(z.array(z.enum(SESSION_MODALITIES)).check(z.minLength(1, 'name at least one modality that counts'))),
    sources,
    verified: z.optional(z.boolean()),
  });

  const levelRequirements = z.strictObject({
    hoursPerWeek: z.optional(range(hoursBound)),
    daysPerWeek: z.optional(range(atMost(7, 'a week has at most 7 days'))),
    minHoursPerServiceDay: z.optional(atMost(24, 'a day has at most 24 hours')),
    sessionMinutes: z.optional(range(threshold)),
    requiredServicesPerWeek: z.optional(
      list(z.array(z.strictObject({ service: z.enum(SERVICE_TYPES), minSessions: z.number().check(z.int(), z.positive()), sources }))),
    ),
    countsModalities: z.optional(countsModalities),
  });

  // A strict object with one optional key per level rather than a record: the same checks (an unknown
  // level is an unrecognized key) without bundling zod's record and extend machinery.
  const perLevel = <T extends z.ZodMiniType>(value: T) => z.strictObject(Object.fromEntries(LEVEL_IDS.map((id) => [id, z.optional(value)])));

  const placementRow = list(z.array(level).check(z.length(5, 'a placement row has one level for each rating 0–4')));

  const count = z.number().check(z.int(), z.nonnegative());
  const perDiemTier = z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      minServices: count,
      maxServices: z.optional(count),
      sources,
      verified: z.optional(z.boolean()),
    })
    .check(
      z.refine((t) => t.maxServices === undefined || t.minServices <= t.maxServices, {
        message: 'minServices must not exceed maxServices',
      }),
    );

  return z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.+-]*$/, 'use lower-case letters, digits, ".", "+" and "-"')),
    version: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    sources,
    effective,
    requirements: perLevel(z.strictObject({ adult: z.optional(levelRequirements), adolescent: z.optional(levelRequirements) })),
    typicalStayDays: perLevel(atLeast(1, 'a stay lasts at least 1 day')),
    lengthOfStayReviewFactor: atLeast(1, 'the review factor must be at least 1'),
    maxGapDays: threshold,
    placement: z
      .strictObject({
        minimumLevel: z.strictObject({
          withdrawal: placementRow,
          biomedical: placementRow,
          psychiatric: placementRow,
          readiness: placementRow,
          relapse: placementRow,
          environment: placementRow,
        }),
        withdrawalManagement: z.strictObject({
          ambulatoryThrough: z.number().check(z.int(), z.minimum(0), z.maximum(4)),
          forFinding: z.enum(WITHDRAWAL_MANAGEMENT_SETTINGS),
          sources,
        }),
        sources,
      })
      .check(
        z.superRefine((table, ctx) => {
          // A higher rating must never call for a less intensive floor, or raising a risk could lower care.
          for (const [dimension, row] of Object.entries(table.minimumLevel)) {
            const ceiling = DIMENSION_CEILINGS[dimension as keyof typeof DIMENSION_CEILINGS]?.level;
            row.forEach((level, rating) => {
              const previous = row[rating - 1];
              if (previous !== undefined && rank(level) > rank(previous)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['minimumLevel', dimension, rating],
                  message: `rating ${rating} calls for ${level}, less intensive than ${previous} at rating ${rating - 1}`,
                });
              }
              // Readiness, relapse risk and the living environment never call for medical care on their own.
              if (ceiling !== undefined && rank(level) < rank(ceiling)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['minimumLevel', dimension, rating],
                  message: `rating ${rating} calls for ${level}, but ${dimension} alone never calls for more than ${ceiling}`,
                });
              }
            });
          }
        }),
      ),
    stepDown: z.strictObject({
      minAttendanceRate: atMost(1, 'a rate is between 0 and 1'),
      minDaysAtLevel: perLevel(threshold),
      minDaysAbstinent: perLevel(threshold),
    }),
    billing: perLevel(
      z.strictObject({
        code: z.optional(z.string().check(z.minLength(1))),
        minMinutes: z.optional(threshold),
        tiers: z.optional(list(z.array(perDiemTier))),
      }),
    ),
    recertification: perLevel(
      z.strictObject({
        firstWithinDays: z.optional(threshold.check(whole)),
        every: z.strictObject({ value: nonNegative, sources, verified: z.optional(z.boolean()), unit: z.enum(['days', 'months']) }).check(whole),
      }),
    ),
    iopBeforePhpDays: z.optional(threshold.check(whole)),
  });
}

/**
 * zod/mini schema of a policy, with the cross-field checks `definePolicy` applies. Parse it with
 * `safeParseMini` (src/_lib/miniZod.ts) wherever its messages are shown.
 */
export const PolicySchema: z.ZodMiniType = /* @__PURE__ */ buildPolicySchema();
