import { hasError } from '../issues/hasError.js';
import type { Issue } from '../issues/types.js';
import type { Session, ValidateScheduleOptions, Week } from '../schedule/types.js';
import { validateSchedule } from '../schedule/validateSchedule.js';
import { sessionsFromFhir, type SessionsFromFhirOptions } from './sessionsFromFhir.js';
import { outcomeOf, sourceOf } from './toOperationOutcome.js';
import type { FhirOperationOutcome } from './types.js';

/**
 * Options of {@link validateFhirSchedule}: those of `validateSchedule` and of {@link sessionsFromFhir}.
 *
 * @example
 * ```ts
 * import { validateFhirSchedule, type ValidateFhirScheduleOptions } from 'level-of-care/fhir';
 *
 * const options: ValidateFhirScheduleOptions = {
 *   level: 'iop',
 *   timeZone: 'America/New_York',
 *   serviceCodes: [{ system: 'https://clinic.example/codes', code: 'IOP-GRP', service: 'group' }],
 * };
 * const appointment = { resourceType: 'Appointment', id: 'a1', status: 'booked', start: '2026-03-02T09:00:00-05:00',
 *   minutesDuration: 180, serviceType: [{ coding: [{ system: 'https://clinic.example/codes', code: 'IOP-GRP' }] }] };
 * validateFhirSchedule(appointment, options).weeks[0]?.byService;
 * //=> { group: 180 }
 * ```
 *
 * @category FHIR
 */
export type ValidateFhirScheduleOptions = ValidateScheduleOptions & SessionsFromFhirOptions;

/**
 * What {@link validateFhirSchedule} returns.
 *
 * @example
 * ```ts
 * import { validateFhirSchedule, type FhirScheduleValidationResult } from 'level-of-care/fhir';
 *
 * const result: FhirScheduleValidationResult = validateFhirSchedule(
 *   { resourceType: 'Appointment', id: 'a1', status: 'booked', start: '2026-03-02T09:00:00-05:00',
 *     end: '2026-03-02T12:00:00-05:00', serviceType: [{ text: 'Group therapy' }] },
 *   { level: 'iop', timeZone: 'America/New_York' },
 * );
 * [result.ok, result.sessions[0]?.service, result.weeks[0]?.hours];
 * //=> [false, 'group', 3]
 * result.outcome.issue.map((issue) => issue.details?.coding?.[0]?.code);
 * //=> ['week_hours_below_minimum', 'week_days_below_minimum']
 * ```
 *
 * @category FHIR
 */
export interface FhirScheduleValidationResult {
  /** `true` exactly when no issue is an error. */
  readonly ok: boolean;
  /** The sessions read from the input, each with its `source`. */
  readonly sessions: readonly Session[];
  /** What reading found (skipped resources first), then what validation found. */
  readonly issues: readonly Issue[];
  /** The weeks, ascending, as `validateSchedule` reports them. */
  readonly weeks: readonly Week[];
  /** The issues as one R4 `OperationOutcome` whose every expression resolves inside the input. */
  readonly outcome: FhirOperationOutcome;
}

/**
 * Reads the sessions of FHIR R4 input with {@link sessionsFromFhir}, checks them with
 * `validateSchedule`, and reports everything found as one `OperationOutcome` for the input.
 *
 * R4 requires each `OperationOutcome.issue.expression` to resolve inside the resource or Bundle the
 * outcome is about, so: an issue about a session (or a skipped resource) points at its resource
 * (`Bundle.entry[3].resource`); an issue about a week names the week in its text and has no
 * expression, since no element of the input holds a week; so do issues about the options (an
 * unknown time zone). For a plain array of resources, which has no FHIR root, no issue has an
 * expression. Messages name sessions by their resource ids.
 *
 * @param input - A resource, a Bundle, or an array of resources, as parsed JSON.
 * @param options - Level, time zone and the other options of `validateSchedule`; more service codes.
 * @returns `{ ok, sessions, issues, weeks, outcome }`.
 *
 * @example
 * ```ts
 * import { validateFhirSchedule } from 'level-of-care/fhir';
 *
 * const appointment = (id: string, date: string) => ({
 *   resourceType: 'Appointment', id, status: 'booked',
 *   start: `${date}T09:00:00-05:00`, end: `${date}T12:00:00-05:00`,
 *   serviceType: [{ text: 'Group therapy' }],
 * });
 * const bundle = {
 *   resourceType: 'Bundle',
 *   type: 'searchset',
 *   entry: [
 *     { resource: { resourceType: 'Patient', id: 'p1' } },
 *     { resource: appointment('a1', '2026-03-02') },
 *     { resource: appointment('a2', '2026-03-04') },
 *   ],
 * };
 * const result = validateFhirSchedule(bundle, { level: 'iop', timeZone: 'America/New_York' });
 * result.ok;
 * //=> false
 * result.outcome.issue.map((issue) => [issue.severity, issue.expression]);
 * //=> [['warning', ['Bundle.entry[0].resource']], ['error', undefined], ['error', undefined]]
 * ```
 *
 * @category FHIR
 */
export function validateFhirSchedule(input: unknown, options: ValidateFhirScheduleOptions): FhirScheduleValidationResult {
  const read = sessionsFromFhir(input, options);
  const result = validateSchedule(read.sessions, options);
  const issues = [...read.issues, ...result.issues];
  return {
    ok: !hasError(issues),
    sessions: read.sessions,
    issues,
    weeks: result.weeks,
    outcome: outcomeOf(issues, sourceOf),
  };
}
