import type * as R4 from 'fhir/r4.js';
import { expectTypeOf, test } from 'vitest';
import type { Session } from '../../src/index.js';
import type { CdsCard, FhirAnnotation, FhirCarePlan, FhirOperationOutcome } from '../../src/fhir/index.js';
import { levelFromCoding, planToCarePlan, sessionsFromFhir, toOperationOutcome, validateFhirSchedule } from '../../src/fhir/index.js';

test('an OperationOutcome fits the R4 type of @types/fhir', () => {
  expectTypeOf<FhirOperationOutcome>().toExtend<R4.OperationOutcome>();
  const outcome: R4.OperationOutcome = toOperationOutcome([]);
  expectTypeOf(outcome.issue).toExtend<R4.OperationOutcomeIssue[]>();
});

test('validateFhirSchedule writes an R4 OperationOutcome and reads R4 input typed with @types/fhir', () => {
  const bundle: R4.Bundle = { resourceType: 'Bundle', type: 'searchset', entry: [] };
  const result = validateFhirSchedule(bundle, { level: 'iop', timeZone: 'America/New_York' });
  expectTypeOf(result.outcome).toExtend<R4.OperationOutcome>();
  expectTypeOf(result.sessions).toExtend<readonly Session[]>();
});

test('a CarePlan, its notes included, fits the R4 type of @types/fhir', () => {
  expectTypeOf<FhirCarePlan>().toExtend<R4.CarePlan>();
  expectTypeOf<FhirAnnotation>().toExtend<R4.Annotation>();
  const carePlan: R4.CarePlan = planToCarePlan({ phases: [] });
  expectTypeOf(carePlan.activity).toExtend<R4.CarePlanActivity[] | undefined>();
});

test('an R4 Coding is what levelFromCoding reads', () => {
  const coding: R4.Coding = { system: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'H0015' };
  expectTypeOf(levelFromCoding(coding)).toEqualTypeOf<'inpatient' | 'detox' | 'residential' | 'php' | 'iop' | 'op' | 'aftercare' | undefined>();
});

test('a CDS card has the required CDS Hooks fields', () => {
  expectTypeOf<CdsCard['indicator']>().toEqualTypeOf<'info' | 'warning' | 'critical'>();
  expectTypeOf<CdsCard['source']['label']>().toEqualTypeOf<string>();
});

test('sessionsFromFhir reads R4 resources typed with @types/fhir', () => {
  const appointment: R4.Appointment = {
    resourceType: 'Appointment',
    status: 'booked',
    participant: [{ status: 'accepted' }],
    start: '2026-03-02T09:00:00Z',
    minutesDuration: 180,
  };
  const bundle: R4.Bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: appointment }] };
  expectTypeOf(sessionsFromFhir(bundle).sessions).toExtend<Session[]>();
});
