/**
 * FHIR R4 and CDS Hooks adapters for `level-of-care`: read sessions from Appointments and Encounters,
 * report issues as an `OperationOutcome` or as CDS Hooks cards, and write a pathway plan as a
 * `CarePlan`. The types are the library's own minimal R4 shapes; there is no FHIR runtime dependency.
 *
 * @module level-of-care/fhir
 */
export type {
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
export { ISSUE_CODE_SYSTEM, LEVEL_CODE_SYSTEM, SERVICE_CODE_SYSTEM } from './codeSystems.js';
export { toFhirPath } from './fhirPath.js';
export { FHIR_ISSUE_TYPES } from './operationOutcomeData.js';
export { toOperationOutcome } from './toOperationOutcome.js';
export { sessionsFromFhir, type SessionsFromFhirResult } from './sessionsFromFhir.js';
export { toCdsCards, type CdsCardOptions } from './toCdsCards.js';
export { planToCarePlan, type CarePlanOptions, type PlanLike } from './planToCarePlan.js';
