// Every resource the library emits passes a real FHIR R4 validator (Medplum over the R4 definitions)
// and has no empty element (ele-1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIssue, ISSUE_CATALOG, LEVEL_IDS, planPathway, validateSchedule, type IssueCode, type IssueParams } from '../../src/index.js';
import { planToCarePlan, toOperationOutcome } from '../../src/fhir/index.js';
import { emptyElements, fhirProblems } from './fhirValidator.js';

describe('the validator the tests use', () => {
  it('finds what R4 forbids: a missing required element, a bad date, an unknown element, and empty elements', () => {
    expect(fhirProblems({ resourceType: 'CarePlan', intent: 'plan', subject: { display: 'x' } })).toEqual([expect.stringContaining('CarePlan.status')]);
    expect(fhirProblems({ resourceType: 'CarePlan', status: 'draft', intent: 'plan', subject: { display: 'x' }, period: { start: '2026-13-01' } })).toHaveLength(1);
    expect(fhirProblems({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', extra: 1 }] })).toHaveLength(1);
    expect(emptyElements({ resourceType: 'CarePlan', period: {}, activity: [], title: '', note: [{ text: null }] })).toEqual([
      '$.period',
      '$.activity',
      '$.title',
      '$.note[0].text',
    ]);
  });
});

describe('OperationOutcome', () => {
  it('is valid for no issues, and for one issue of every code with rule, sources and values', () => {
    expect(fhirProblems(toOperationOutcome([]))).toEqual([]);
    const codes = Object.keys(ISSUE_CATALOG) as IssueCode[];
    const issues = codes.map((code) =>
      createIssue(code, ISSUE_CATALOG[code].example as IssueParams[typeof code], {
        path: ['sessions', 0, 'end'],
        ruleId: 'general/iop/adult/hoursPerWeek.min',
        sources: ['cfr-42-410-44'],
        expected: 9,
        received: 7.5,
      }),
    );
    expect(fhirProblems(toOperationOutcome(issues))).toEqual([]);
  });

  it('is valid for damaged issues handed back by a caller', () => {
    expect(fhirProblems(toOperationOutcome([null, { code: 'nope' }, { code: 'schedule_empty', message: '', path: [] }] as never))).toEqual([]);
  });

  it('is valid for any schedule validateSchedule checks (property)', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-03-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    const session = fc.record({ start: instant, end: fc.oneof(instant, fc.constant('not a time')), service: fc.constantFrom('group', 'individual', 'yoga') });
    fc.assert(
      fc.property(fc.array(session, { maxLength: 10 }), fc.constantFrom(...LEVEL_IDS), (sessions, level) => {
        expect(fhirProblems(toOperationOutcome(validateSchedule(sessions, { level, timeZone: 'America/New_York' }).issues))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('CarePlan', () => {
  it('is valid for an empty plan and for a value that is not a plan (no period, no activity: ele-1)', () => {
    expect(fhirProblems(planToCarePlan({ phases: [] }))).toEqual([]);
    expect(fhirProblems(planToCarePlan(null as never))).toEqual([]);
    expect(fhirProblems(planToCarePlan({ phases: [] }, { subject: { reference: '' }, title: '' }))).toEqual([]);
  });

  it('is valid for the plan from every level, with notes, subject and status (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVEL_IDS),
        fc.integer({ min: 1, max: 28 }),
        fc.subarray([...LEVEL_IDS]),
        fc.boolean(),
        (start, day, availableLevels, active) => {
          const plan = planPathway(start, `2026-03-${String(day).padStart(2, '0')}`, { availableLevels });
          const carePlan = planToCarePlan(plan, { subject: { reference: 'Patient/p1' }, status: active ? 'active' : 'draft' });
          expect(fhirProblems(carePlan)).toEqual([]);
          expect(carePlan.note?.length ?? 0).toBe(plan.notes.length);
        },
      ),
      { numRuns: 80 },
    );
  });
});
