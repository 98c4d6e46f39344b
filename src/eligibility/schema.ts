import * as z from 'zod';
import { LevelIdSchema, PopulationSchema } from '../levels/schema.js';
import type { Dimension } from '../policies/types.js';
import type { Assessment, FindingName, Risk } from './types.js';

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
export const RiskSchema: z.ZodType<Risk> = /* @__PURE__ */ z.literal([0, 1, 2, 3, 4, 'unknown']);

const flag = /* @__PURE__ */ z.boolean();

/** The schema of each finding; the assessment schema is built from these so both agree. */
const FINDING_SCHEMAS: { readonly [F in FindingName]-?: z.ZodType } = {
  imminentDanger: flag,
  needsMedicallyManagedWithdrawal: flag,
  unstableMedicalCondition: flag,
  eatingDisorderNeedsMealSupport: flag,
  motivatedForTreatment: flag,
  stableSubstanceFreeHome: flag,
  supportSystem: flag,
  canAttendDaysPerWeek: /* @__PURE__ */ z.number().int().min(0).max(7),
  lowerLevelTriedWithoutSuccess: flag,
  recentlyCompletedLevel: LevelIdSchema,
  coOccurringMentalHealth: flag,
  severeLongStandingUse: flag,
};

const optionalRisk = /* @__PURE__ */ RiskSchema.optional();
const riskShape: { readonly [D in Dimension]: typeof optionalRisk } = {
  withdrawal: optionalRisk,
  biomedical: optionalRisk,
  psychiatric: optionalRisk,
  readiness: optionalRisk,
  relapse: optionalRisk,
  environment: optionalRisk,
};

// Built inside a function marked pure so that a bundle that never uses the schema drops it.
const findingsShape = /* @__PURE__ */ (() => ({
  imminentDanger: FINDING_SCHEMAS.imminentDanger.optional(),
  needsMedicallyManagedWithdrawal: FINDING_SCHEMAS.needsMedicallyManagedWithdrawal.optional(),
  unstableMedicalCondition: FINDING_SCHEMAS.unstableMedicalCondition.optional(),
  eatingDisorderNeedsMealSupport: FINDING_SCHEMAS.eatingDisorderNeedsMealSupport.optional(),
  motivatedForTreatment: FINDING_SCHEMAS.motivatedForTreatment.optional(),
  stableSubstanceFreeHome: FINDING_SCHEMAS.stableSubstanceFreeHome.optional(),
  supportSystem: FINDING_SCHEMAS.supportSystem.optional(),
  canAttendDaysPerWeek: FINDING_SCHEMAS.canAttendDaysPerWeek.optional(),
  lowerLevelTriedWithoutSuccess: FINDING_SCHEMAS.lowerLevelTriedWithoutSuccess.optional(),
  recentlyCompletedLevel: FINDING_SCHEMAS.recentlyCompletedLevel.optional(),
  coOccurringMentalHealth: FINDING_SCHEMAS.coOccurringMentalHealth.optional(),
  severeLongStandingUse: FINDING_SCHEMAS.severeLongStandingUse.optional(),
}))();

/**
 * zod schema of an {@link Assessment}. Objects are strict: an unknown finding name, risk dimension or
 * top-level key is an error, never silently ignored. {@link recommendLevel} and
 * {@link evaluateEligibility} use it and report failures as `invalid_input` issues instead of throwing.
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
export const AssessmentSchema: z.ZodType<Assessment> = /* @__PURE__ */ z.strictObject({
  population: /* @__PURE__ */ PopulationSchema.optional(),
  risk: /* @__PURE__ */ z.strictObject(riskShape).optional(),
  findings: /* @__PURE__ */ z.strictObject(findingsShape).optional(),
}) as z.ZodType<Assessment>;
