import * as z from 'zod/mini';
import { lazy } from '../_lib/miniZod.js';
import { POPULATIONS } from '../_lib/populations.js';
import { LEVEL_IDS } from '../levels/schema.js';
import type { Population } from '../levels/types.js';
import type { Assessment, FindingName, Risk } from './types.js';

/** The zod/mini schemas of an assessment and its parts. */
export interface AssessmentShapes {
  readonly assessment: z.core.$ZodType<Assessment>;
  readonly population: z.core.$ZodType<Population>;
  readonly risk: z.core.$ZodType<Risk>;
  readonly findings: { readonly [F in FindingName]-?: z.core.$ZodType };
}

/**
 * {@link AssessmentSchema}, {@link RiskSchema} and the finding schemas as zod/mini twins, so that
 * `recommendLevel` does not bring all of zod into a page. They give the same issues (a test holds
 * them to the public schemas), and are built on first use.
 */
export const assessmentShapes: () => AssessmentShapes = /* @__PURE__ */ lazy(() => {
  const risk = z.literal([0, 1, 2, 3, 4, 'unknown']);
  const flag = z.boolean();
  const findings = {
    imminentDanger: flag,
    needsMedicallyManagedWithdrawal: flag,
    unstableMedicalCondition: flag,
    eatingDisorderNeedsMealSupport: flag,
    motivatedForTreatment: flag,
    stableSubstanceFreeHome: flag,
    supportSystem: flag,
    canAttendDaysPerWeek: z.number().check(z.int(), z.minimum(0), z.maximum(7)),
    lowerLevelTriedWithoutSuccess: flag,
    recentlyCompletedLevel: z.enum(LEVEL_IDS),
    coOccurringMentalHealth: flag,
    severeLongStandingUse: flag,
  };
  const population = z.enum(POPULATIONS);
  const optionalRisk = z.optional(risk);
  const assessment = z.strictObject({
    population: z.optional(population),
    risk: z.optional(
      z.strictObject({
        withdrawal: optionalRisk,
        biomedical: optionalRisk,
        psychiatric: optionalRisk,
        readiness: optionalRisk,
        relapse: optionalRisk,
        environment: optionalRisk,
      }),
    ),
    findings: z.optional(
      z.strictObject({
        imminentDanger: z.optional(findings.imminentDanger),
        needsMedicallyManagedWithdrawal: z.optional(findings.needsMedicallyManagedWithdrawal),
        unstableMedicalCondition: z.optional(findings.unstableMedicalCondition),
        eatingDisorderNeedsMealSupport: z.optional(findings.eatingDisorderNeedsMealSupport),
        motivatedForTreatment: z.optional(findings.motivatedForTreatment),
        stableSubstanceFreeHome: z.optional(findings.stableSubstanceFreeHome),
        supportSystem: z.optional(findings.supportSystem),
        canAttendDaysPerWeek: z.optional(findings.canAttendDaysPerWeek),
        lowerLevelTriedWithoutSuccess: z.optional(findings.lowerLevelTriedWithoutSuccess),
        recentlyCompletedLevel: z.optional(findings.recentlyCompletedLevel),
        coOccurringMentalHealth: z.optional(findings.coOccurringMentalHealth),
        severeLongStandingUse: z.optional(findings.severeLongStandingUse),
      }),
    ),
  });
  return { assessment: assessment as z.core.$ZodType<Assessment>, population, risk, findings };
});
