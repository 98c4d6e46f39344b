/**
 * The small part of FHIR R4 this adapter reads and writes. These are structural types of its own,
 * so the library has no FHIR dependency; type tests prove they fit `@types/fhir` (`fhir/r4`).
 */

/**
 * A code from a code system (R4 `Coding`).
 *
 * @example
 * ```ts
 * import { HCPCS_SYSTEM, levelFromCoding, type FhirCoding } from 'level-of-care/fhir';
 *
 * const coding: FhirCoding = { system: HCPCS_SYSTEM, code: 'S9480' };
 * levelFromCoding(coding);
 * //=> 'iop'
 * ```
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
 * @example
 * ```ts
 * import { planToCarePlan, type FhirCodeableConcept } from 'level-of-care/fhir';
 *
 * const carePlan = planToCarePlan({ phases: [{ level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 }] });
 * const concept: FhirCodeableConcept | undefined = carePlan.activity?.[0]?.detail.code;
 * [concept?.text, concept?.coding?.[0]?.code];
 * //=> ['Intensive outpatient', 'iop']
 * ```
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
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 * import { planToCarePlan, type FhirPeriod } from 'level-of-care/fhir';
 *
 * const period: FhirPeriod | undefined = planToCarePlan(planPathway('iop', '2026-03-02')).period;
 * period;
 * //=> { start: '2026-03-02', end: '2027-07-25' }
 * ```
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
 * @example
 * ```ts
 * import { planToCarePlan, type FhirReference } from 'level-of-care/fhir';
 *
 * const subject: FhirReference = { reference: 'Patient/123', display: 'Alex Doe' };
 * planToCarePlan({ phases: [] }, { subject }).subject;
 * //=> { reference: 'Patient/123', display: 'Alex Doe' }
 * planToCarePlan({ phases: [] }).subject;
 * //=> { display: 'Unspecified patient' }
 * ```
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
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toOperationOutcome, type FhirIssueType } from 'level-of-care/fhir';
 *
 * const badZone = createIssue('invalid_time_zone', { timeZone: 'Mars/Olympus_Mons' }, { path: ['options', 'timeZone'] });
 * const partial = createIssue('week_partial', { weekStart: '2026-03-02', days: 2 }, { path: ['weeks', '2026-03-02'] });
 * const types: FhirIssueType[] = toOperationOutcome([badZone, partial]).issue.map((issue) => issue.code);
 * types;
 * //=> ['value', 'informational']
 * ```
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
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toOperationOutcome, type FhirOperationOutcomeIssue } from 'level-of-care/fhir';
 *
 * const issue = createIssue('invalid_time_zone', { timeZone: 'Mars/Olympus_Mons' }, { path: ['options', 'timeZone'] });
 * const entry: FhirOperationOutcomeIssue | undefined = toOperationOutcome([issue]).issue[0];
 * [entry?.severity, entry?.code, entry?.expression];
 * //=> ['error', 'value', ['options.timeZone']]
 * ```
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
 * @example
 * ```ts
 * import { toOperationOutcome, type FhirOperationOutcome } from 'level-of-care/fhir';
 *
 * const outcome: FhirOperationOutcome = toOperationOutcome([]);
 * outcome;
 * //=> { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues found.' }] }
 * ```
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
 * @example
 * ```ts
 * import { planToCarePlan, type FhirCarePlanActivity } from 'level-of-care/fhir';
 *
 * const plan = { phases: [{ level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 }] } as const;
 * const activity: FhirCarePlanActivity | undefined = planToCarePlan(plan).activity?.[0];
 * [activity?.detail.status, activity?.detail.scheduledPeriod, activity?.detail.description];
 * //=> ['not-started', { start: '2026-03-02', end: '2026-04-26' }, 'Intensive outpatient: 56 days, 2026-03-02 to 2026-04-26.']
 * ```
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
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 * import { planToCarePlan, type FhirAnnotation } from 'level-of-care/fhir';
 *
 * const plan = planPathway('php', '2026-03-02', { availableLevels: ['php', 'op', 'aftercare'] });
 * const notes: FhirAnnotation[] | undefined = planToCarePlan(plan).note;
 * notes;
 * //=> [{ text: 'A level the program cannot offer is passed over: iop is not among the available levels, so php steps down to op.' }]
 * ```
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
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 * import { planToCarePlan, type FhirCarePlan } from 'level-of-care/fhir';
 *
 * const carePlan: FhirCarePlan = planToCarePlan(planPathway('iop', '2026-03-02'), { status: 'active' });
 * [carePlan.resourceType, carePlan.status, carePlan.intent, carePlan.title];
 * //=> ['CarePlan', 'active', 'plan', 'Level-of-care pathway']
 * carePlan.activity?.map((activity) => activity.detail.code.coding?.[0]?.code);
 * //=> ['iop', 'op', 'aftercare']
 * ```
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
