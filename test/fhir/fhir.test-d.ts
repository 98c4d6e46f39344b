import type * as R4 from 'fhir/r4.js';
import { expectTypeOf, test } from 'vitest';
import type { CdsCard, FhirCarePlan, FhirOperationOutcome } from '../../src/fhir/index.js';
import { planToCarePlan, toOperationOutcome } from '../../src/fhir/index.js';

test('an OperationOutcome fits the R4 type of @types/fhir', () => {
  expectTypeOf<FhirOperationOutcome>().toExtend<R4.OperationOutcome>();
  const outcome: R4.OperationOutcome = toOperationOutcome([]);
  expectTypeOf(outcome.issue).toExtend<R4.OperationOutcomeIssue[]>();
});

test('a CarePlan fits the R4 type of @types/fhir', () => {
  expectTypeOf<FhirCarePlan>().toExtend<R4.CarePlan>();
  const carePlan: R4.CarePlan = planToCarePlan({ phases: [] });
  expectTypeOf(carePlan.activity).toExtend<R4.CarePlanActivity[] | undefined>();
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
    end: '2026-03-02T12:00:00Z',
  };
  const bundle: R4.Bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: appointment }] };
  expectTypeOf(bundle).toExtend<unknown>();
});
