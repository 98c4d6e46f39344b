export type {
  Bounds,
  CountedModalities,
  DayBilling,
  Dimension,
  EffectiveDates,
  HoursBound,
  LevelRequirements,
  PerDiemTier,
  PlacementRow,
  PlacementTable,
  PerLevel,
  Policy,
  PopulationRequirements,
  Recertification,
  RecertificationInterval,
  RequiredService,
  RiskRating,
  SourceRef,
  StepDownThresholds,
  Threshold,
} from './types.js';
export { POLICIES, getPolicy, type BuiltInPolicies } from './policies.js';
export { definePolicy } from './definePolicy.js';
export { extendPolicy, type PolicyOverrides, type PolicyPatch } from './extendPolicy.js';
export { requirementsFor } from './requirementsFor.js';
export { isVerified } from './isVerified.js';
export { DIMENSIONS } from './dimensions.js';
export { policyFor, type PolicyFamily } from './policyFor.js';
export { HIGH_INTENSITY_RESIDENTIAL } from './highIntensityResidential.js';
export {
  certificationSchedule,
  type CertificationDate,
  type CertificationScheduleOptions,
  type CertificationScheduleResult,
  type CertifiedEpisode,
} from './certificationSchedule.js';
