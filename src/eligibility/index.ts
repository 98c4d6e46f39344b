export type {
  Assessment,
  AssessmentField,
  AssessmentFindings,
  Driver,
  EligibilityResult,
  EligibilityStatus,
  EvaluateEligibilityOptions,
  Exclusion,
  FindingName,
  NormalizedAssessment,
  NormalizedFindings,
  ProvisionalRange,
  Recommendation,
  RecommendationStatus,
  RecommendLevelOptions,
  Risk,
  Rule,
  RuleContext,
  RuleEffect,
  RuleEvaluation,
  RuleHit,
  RuleOutcome,
  TraceEntry,
} from './types.js';
export { AssessmentSchema, RiskSchema } from './schema.js';
export { ELIGIBILITY_THRESHOLDS, type EligibilityThresholds } from './data.js';
export { ASSESSMENT_FIELDS, type AssessmentFieldKind, type AssessmentFieldSpec } from './fields.js';
export { RULES } from './rules.js';
export { defineRule } from './defineRule.js';
export { RuleError } from './ruleError.js';
export { normalizeAssessment, type NormalizedAssessmentResult } from './normalizeAssessment.js';
export { evaluateEligibility } from './evaluateEligibility.js';
export { recommendLevel } from './recommendLevel.js';
export { explainRecommendation } from './explainRecommendation.js';
