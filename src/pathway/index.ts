export type {
  Episode,
  EpisodeValidation,
  FollowUp,
  FollowUpVisit,
  FollowUpVisitKind,
  NextStepDownOptions,
  PathwayPlan,
  PlannedPhase,
  PlanPathwayOptions,
  ProgressField,
  ProgressFlag,
  ReadinessCheck,
  ReadinessCriteria,
  ReadinessCriterion,
  ReadinessDecision,
  ReadinessOptions,
  StepDownProgress,
  StepDownReadiness,
  StepUpTrigger,
  TransitionContext,
  TransitionKind,
  TransitionValidation,
  ValidateEpisodesOptions,
} from './types.js';
export {
  FOLLOW_UP_LEVELS,
  FOLLOW_UP_RULES,
  FOLLOW_UP_WINDOWS,
  STEP_DOWN_PATHWAY,
  STEP_DOWN_PATHWAY_SOURCES,
  STEP_UP_TARGETS,
  TRANSITION_SKIP_WARNING,
  type FollowUpRule,
  type FollowUpWindow,
  type SkipWarningRule,
} from './data.js';
export { READINESS_CRITERIA, STEP_UP_TRIGGERS } from './readinessData.js';
export { classifyTransition } from './classifyTransition.js';
export { validateTransition } from './validateTransition.js';
export { nextStepDown } from './nextStepDown.js';
export { assessStepDownReadiness } from './assessStepDownReadiness.js';
export { planPathway } from './planPathway.js';
export { validateEpisodes } from './validateEpisodes.js';
