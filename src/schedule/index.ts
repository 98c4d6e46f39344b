export type {
  BillableDay,
  BillableDaysOptions,
  ExpandWeeklyTemplateOptions,
  ExpandWeeklyTemplateResult,
  ScheduleStay,
  ScheduleValidationResult,
  Session,
  SessionModality,
  SessionStatus,
  SummarizeScheduleOptions,
  TemplateSession,
  ValidateScheduleOptions,
  Week,
  WeeklyTemplateEntry,
} from './types.js';
export { DEFAULT_COUNT_STATUSES, DEFAULT_WEEK_STARTS_ON, SESSION_MODALITIES, SESSION_STATUSES } from './data.js';
export {
  InstantSchema,
  SessionModalitySchema,
  SessionSchema,
  SessionStatusSchema,
  WeeklyTemplateEntrySchema,
  type SessionSchemaShape,
  type WeeklyTemplateEntrySchemaShape,
} from './schema.js';
export { validateSchedule } from './validateSchedule.js';
export { summarizeSchedule } from './summarizeSchedule.js';
export { billableDays } from './billableDays.js';
export { expandWeeklyTemplate } from './expandWeeklyTemplate.js';
