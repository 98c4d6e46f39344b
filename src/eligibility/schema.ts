import * as z from 'zod/mini';
import { LevelIdSchema, PopulationSchema } from '../levels/schema.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldKind } from './fields.js';
import type { Assessment, Risk } from './types.js';

/**
 * zod schema of a {@link Risk}: a whole number 0–4 or `'unknown'`.
 *
 * @example
 * ```ts
 * import { RiskSchema } from 'level-of-care';
 *
 * RiskSchema.safeParse(3).success;
 * //=> true
 * RiskSchema.safeParse(5).success;
 * //=> false
 * ```
 *
 * @category Eligibility
 */
export const RiskSchema: z.ZodMiniType<Risk> = /* @__PURE__ */ z.literal([0, 1, 2, 3, 4, 'unknown']);

/** The schema of each kind of assessment field (see {@link ASSESSMENT_FIELDS}). */
export const KIND_SCHEMAS: { readonly [K in AssessmentFieldKind]: z.ZodMiniType } = {
  population: PopulationSchema,
  rating: RiskSchema,
  flag: /* @__PURE__ */ z.boolean(),
  days: /* @__PURE__ */ z.number().check(z.int(), z.minimum(0), z.maximum(7)),
  level: LevelIdSchema,
};

/** The strict object of one group's optional fields. */
const groupSchema = (group: 'risk' | 'findings'): z.ZodMiniType =>
  z.strictObject(
    Object.fromEntries(
      ASSESSMENT_FIELDS.filter((spec) => spec.group === group).map((spec) => [spec.name, z.optional(KIND_SCHEMAS[spec.kind])]),
    ),
  );

/**
 * zod schema of an {@link Assessment}, built from {@link ASSESSMENT_FIELDS}. Objects are strict: an
 * unknown finding name, risk dimension or top-level key is an error, never silently ignored.
 * {@link recommendLevel} and {@link evaluateEligibility} read assessments field by field with the same
 * field schemas and report problems as `invalid_input` issues instead of throwing. Like every schema of
 * this library it is a `zod/mini` schema; its messages are zod's English ones once an application
 * loads a locale (`z.config(z.locales.en())`).
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'level-of-care';
 *
 * AssessmentSchema.safeParse({ risk: { relapse: 2 }, findings: { canAttendDaysPerWeek: 3 } }).success;
 * //=> true
 * AssessmentSchema.safeParse({ findings: { cravings: true } }).success;
 * //=> false
 * ```
 *
 * @category Eligibility
 */
export const AssessmentSchema: z.ZodMiniType<Assessment> = /* @__PURE__ */ (() =>
  z.strictObject({
    population: z.optional(PopulationSchema),
    risk: z.optional(groupSchema('risk')),
    findings: z.optional(groupSchema('findings')),
  }) as z.ZodMiniType<Assessment>)();
