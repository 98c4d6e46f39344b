/**
 * The small part of FHIR R4 this adapter reads and writes. These are structural types of its own,
 * so the library has no FHIR dependency; type tests prove they fit `@types/fhir` (`fhir/r4`).
 */

/**
 * A code from a code system (R4 `Coding`).
 *
 * @category FHIR
 */
export interface FhirCoding {
  /** Identity of the code system. */
  system?: string;
  /** The code. */
  code?: string;
  /** Human text for the code. */
  display?: string;
}

/**
 * A concept given by codes and/or text (R4 `CodeableConcept`).
 *
 * @category FHIR
 */
export interface FhirCodeableConcept {
  /** Codes for the concept. */
  coding?: FhirCoding[];
  /** Plain text for the concept. */
  text?: string;
}

/**
 * A time range (R4 `Period`).
 *
 * @category FHIR
 */
export interface FhirPeriod {
  /** Start, inclusive. */
  start?: string;
  /** End, inclusive. */
  end?: string;
}

/**
 * A reference to another resource (R4 `Reference`).
 *
 * @category FHIR
 */
export interface FhirReference {
  /** Literal reference, e.g. `Patient/123`. */
  reference?: string;
  /** Text alternative. */
  display?: string;
}

/**
 * An R4 IssueType code (the subset this library uses).
 *
 * @category FHIR
 */
export type FhirIssueType =
  | 'invalid'
  | 'structure'
  | 'value'
  | 'invariant'
  | 'business-rule'
  | 'not-supported'
  | 'informational';

/**
 * An R4 `OperationOutcome.issue`.
 *
 * @category FHIR
 */
export interface FhirOperationOutcomeIssue {
  /** `fatal`, `error`, `warning` or `information`. */
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** The R4 IssueType, such as `business-rule` or `invalid`. */
  code: FhirIssueType;
  /** Machine-readable detail: the library's issue code. */
  details?: FhirCodeableConcept;
  /** The library's message. */
  diagnostics?: string;
  /** FHIRPath of the element the issue is about. */
  expression?: string[];
}

/**
 * An R4 `OperationOutcome` resource.
 *
 * @category FHIR
 */
export interface FhirOperationOutcome {
  /** Always `OperationOutcome`. */
  resourceType: 'OperationOutcome';
  /** At least one issue (FHIR requires one). */
  issue: FhirOperationOutcomeIssue[];
}

/**
 * One planned activity of an R4 `CarePlan`.
 *
 * @category FHIR
 */
export interface FhirCarePlanActivity {
  /** The activity in detail. */
  detail: {
    /** What is planned: the level of care. */
    code: FhirCodeableConcept;
    /** Always `not-started` for a new plan. */
    status: 'not-started';
    /** When the phase runs. */
    scheduledPeriod: FhirPeriod;
    /** Plain-text description. */
    description: string;
  };
}

/**
 * A note (R4 `Annotation`).
 *
 * @category FHIR
 */
export interface FhirAnnotation {
  /** The note, in markdown. */
  text: string;
}

/**
 * An R4 `CarePlan` resource.
 *
 * @category FHIR
 */
export interface FhirCarePlan {
  /** Always `CarePlan`. */
  resourceType: 'CarePlan';
  /** `draft` or `active`. */
  status: 'draft' | 'active';
  /** Always `plan`. */
  intent: 'plan';
  /** Title of the plan. */
  title: string;
  /** Who the plan is for. */
  subject: FhirReference;
  /** From the first phase's start to the last phase's end; absent for a plan without phases. */
  period?: FhirPeriod;
  /** One activity per phase; absent for a plan without phases (FHIR allows no empty list). */
  activity?: FhirCarePlanActivity[];
  /** The plan's notes; absent when it has none. */
  note?: FhirAnnotation[];
}
