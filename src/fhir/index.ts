/**
 * FHIR R4 and CDS Hooks adapters for `level-of-care`: read sessions from Appointments and Encounters,
 * validate them into an `OperationOutcome` that points into the input, report issues as CDS Hooks
 * cards, and write a pathway plan as a `CarePlan`. The types are the library's own minimal R4 shapes;
 * there is no FHIR runtime dependency.
 *
 * @module level-of-care/fhir
 */
export type {
  FhirAnnotation,
  FhirCarePlan,
  FhirCarePlanActivity,
  FhirCodeableConcept,
  FhirCoding,
  FhirIssueType,
  FhirOperationOutcome,
  FhirOperationOutcomeIssue,
  FhirPeriod,
  FhirReference,
} from './types.js';
export type { CdsCard, CdsResponse, CdsSource } from './cdsTypes.js';
export {
  ACT_CODE_SYSTEM,
  CPT_SYSTEM,
  HCPCS_SYSTEM,
  ISSUE_CODE_SYSTEM,
  LEVEL_CODE_SYSTEM,
  PATIENT_CLASS_SYSTEM,
  PLACE_OF_SERVICE_SYSTEM,
  SERVICE_CODE_SYSTEM,
  SNOMED_SYSTEM,
} from './codeSystems.js';
export { SERVICE_CODES, type ServiceCode } from './serviceCodes.js';
export { ENCOUNTER_CLASSES, STAY_TYPES, type EncounterClassMeaning, type StayType } from './encounterClasses.js';
export { MODALITY_CODES, TELEHEALTH_MODIFIERS, type ModalityCode } from './modalityCodes.js';
export { levelFromCoding } from './levelFromCoding.js';
export { toFhirPath } from './fhirPath.js';
export { FHIR_ISSUE_TYPES } from './operationOutcomeData.js';
export { toOperationOutcome } from './toOperationOutcome.js';
export { sessionsFromFhir, type SessionsFromFhirOptions, type SessionsFromFhirResult } from './sessionsFromFhir.js';
export {
  validateFhirSchedule,
  type FhirScheduleValidationResult,
  type ValidateFhirScheduleOptions,
} from './validateFhirSchedule.js';
export { toCdsCards, type CdsCardOptions } from './toCdsCards.js';
export { planToCarePlan, type CarePlanOptions, type PlanLike } from './planToCarePlan.js';
