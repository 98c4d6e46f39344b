// Provenance: each session carries the FHIRPath of its resource, issues about a session carry it,
// and validateFhirSchedule writes one OperationOutcome whose every expression resolves, to a single
// node, inside the input (R4: "The root of the FHIRPath is the resource or bundle that generated
// OperationOutcome. Each FHIRPath SHALL resolve to a single node.").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICIES, validateSchedule } from '../../src/index.js';
import { ACT_CODE_SYSTEM, sessionsFromFhir, toOperationOutcome, validateFhirSchedule } from '../../src/fhir/index.js';
import { fhirProblems, nodesAt } from './fhirValidator.js';

const appointment = (id: string, date: string, hours: [string, string] = ['09:00', '12:00'], extra: Record<string, unknown> = {}) => ({
  resourceType: 'Appointment',
  id,
  status: 'booked',
  start: `${date}T${hours[0]}:00-05:00`,
  end: `${date}T${hours[1]}:00-05:00`,
  serviceType: [{ text: 'Group therapy' }],
  ...extra,
});

const bundleOf = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });
const NEW_YORK = { level: 'iop' as const, timeZone: 'America/New_York' };

/** Every expression of the outcome selects exactly one node of `input`. */
function expectExpressionsResolve(outcome: { issue: { expression?: string[] }[] }, input: unknown): void {
  for (const issue of outcome.issue) {
    for (const expression of issue.expression ?? []) expect(nodesAt(expression, input), expression).toHaveLength(1);
  }
}

describe('sources', () => {
  it('gives each session the FHIRPath of its resource in a Bundle, and the resource type for a single resource', () => {
    const { sessions } = sessionsFromFhir(bundleOf({ resourceType: 'Patient' }, appointment('a1', '2026-03-02')));
    expect(sessions.map((session) => [session.id, session.source])).toEqual([['a1', 'Bundle.entry[1].resource']]);
    expect(sessionsFromFhir(appointment('a1', '2026-03-02')).sessions[0]?.source).toBe('Appointment');
  });

  it('gives no source inside a plain array, which has no FHIR root', () => {
    expect(Object.hasOwn(sessionsFromFhir([appointment('a1', '2026-03-02')]).sessions[0] ?? {}, 'source')).toBe(false);
  });

  it('makes validateSchedule put a session’s source on each issue about it', () => {
    const sessions = [
      { start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'group' as const, source: 'Bundle.entry[0].resource' },
      { start: '2026-03-02T11:00:00Z', end: '2026-03-02T13:00:00Z', service: 'group' as const, source: 'Bundle.entry[1].resource' },
      { start: '2026-03-02T14:00:00Z', end: '2026-03-02T13:00:00Z', service: 'group' as const },
    ];
    const issues = validateSchedule(sessions, { level: 'iop', timeZone: 'UTC' }).issues;
    expect(issues.find((issue) => issue.code === 'session_overlap')?.source).toBe('Bundle.entry[1].resource');
    expect(Object.hasOwn(issues.find((issue) => issue.code === 'session_end_before_start') ?? {}, 'source')).toBe(false);
    expect(issues.filter((issue) => issue.code.startsWith('week_')).every((issue) => issue.source === undefined)).toBe(true);
  });

  it('refuses a source that is not text, as bad session input', () => {
    const result = validateSchedule([{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T12:00:00Z', service: 'group', source: 3 }], { level: 'iop', timeZone: 'UTC' });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['sessions', 0, 'source']]]);
  });
});

describe('validateFhirSchedule', () => {
  it('reads, validates and reports: Mon + Wed 3 h = 6 h on 2 days fails both IOP minimums, named by week and without expressions', () => {
    const input = bundleOf({ resourceType: 'Patient', id: 'p1' }, appointment('a1', '2026-03-02'), appointment('a2', '2026-03-04'));
    const result = validateFhirSchedule(input, NEW_YORK);
    expect(result.ok).toBe(false);
    expect(result.sessions.map((session) => session.source)).toEqual(['Bundle.entry[1].resource', 'Bundle.entry[2].resource']);
    expect(result.weeks).toMatchObject([{ weekStart: '2026-03-02', minutes: 360, days: 2 }]);
    expect(result.outcome.issue.map((issue) => [issue.severity, issue.details?.coding?.[0]?.code, issue.expression])).toEqual([
      ['warning', 'fhir_resource_skipped', ['Bundle.entry[0].resource']],
      ['error', 'week_hours_below_minimum', undefined],
      ['error', 'week_days_below_minimum', undefined],
    ]);
    expect(result.outcome.issue[1]?.diagnostics).toContain('Week of 2026-03-02');
    expectExpressionsResolve(result.outcome, input);
  });

  it('points an issue about a session at its resource: an overlap at the Bundle entry of the later appointment', () => {
    const input = bundleOf(appointment('a1', '2026-03-02'), appointment('a2', '2026-03-02', ['11:00', '13:00']));
    const result = validateFhirSchedule(input, NEW_YORK);
    const overlap = result.outcome.issue.find((issue) => issue.details?.coding?.[0]?.code === 'session_overlap');
    expect(overlap?.expression).toEqual(['Bundle.entry[1].resource']);
    expect(overlap?.diagnostics).toContain('a2');
    expectExpressionsResolve(result.outcome, input);
  });

  it('points at the resource itself for a single resource, and writes no expression for a plain array', () => {
    const single = appointment('a1', '2026-03-02', ['09:00', '19:00']);
    const tooLong = validateFhirSchedule(single, NEW_YORK).outcome.issue.find((issue) => issue.details?.coding?.[0]?.code === 'session_too_long');
    expect(tooLong?.expression).toEqual(['Appointment']);
    const fromArray = validateFhirSchedule([single], NEW_YORK).outcome.issue;
    expect(fromArray.every((issue) => issue.expression === undefined)).toBe(true);
  });

  it('writes no expression for issues about the options (an unknown time zone)', () => {
    const result = validateFhirSchedule(bundleOf(appointment('a1', '2026-03-02')), { level: 'iop', timeZone: 'Mars/Olympus_Mons' });
    expect(result.ok).toBe(false);
    expect(result.outcome.issue.map((issue) => [issue.details?.coding?.[0]?.code, issue.expression])).toEqual([['invalid_time_zone', undefined]]);
  });

  it('points invalid input at the Bundle element that holds it', () => {
    const input = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: 'x' }] };
    const result = validateFhirSchedule(input, NEW_YORK);
    expect(result.outcome.issue[0]).toMatchObject({ code: 'invalid', expression: ['Bundle.entry[0]'] });
    expectExpressionsResolve(result.outcome, input);
    const broken = { resourceType: 'Bundle', type: 'collection', entry: 'x' };
    expect(validateFhirSchedule(broken, NEW_YORK).outcome.issue[0]?.expression).toEqual(['Bundle.entry']);
  });

  it('hands the policy the modality it needs: a VR encounter reaches validateSchedule as telehealth', () => {
    const visit = {
      resourceType: 'Encounter',
      id: 'e1',
      status: 'finished',
      class: { system: ACT_CODE_SYSTEM, code: 'VR' },
      period: { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00' },
    };
    const result = validateFhirSchedule(bundleOf(visit), { ...NEW_YORK, policy: POLICIES.medicare2024 });
    expect(result.sessions).toEqual([
      { id: 'e1', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'other', status: 'attended', modality: 'telehealth', source: 'Bundle.entry[0].resource' },
    ]);
  });

  it('gives an outcome that is valid R4 and resolves in its input, for any schedule of appointments (property)', () => {
    const day = fc.integer({ min: 2, max: 15 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
    const hour = fc.integer({ min: 6, max: 20 }).map((h) => String(h).padStart(2, '0'));
    const resource = fc.oneof(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), date: day, from: hour, to: hour }).map(({ id, date, from, to }) => appointment(id, date, [`${from}:00`, `${to}:30`])),
      fc.constant({ resourceType: 'Patient', id: 'p1' }),
      fc.constant({ resourceType: 'Encounter', status: 'finished', class: { code: 'IMP' }, period: { start: '2026-03-01', end: '2026-03-09' } }),
    );
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 12 }), (resources) => {
        const input = bundleOf(...resources);
        const { outcome } = validateFhirSchedule(input, NEW_YORK);
        expect(fhirProblems(outcome)).toEqual([]);
        expectExpressionsResolve(outcome, input);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps toOperationOutcome’s own paths for issues without a source', () => {
    const { issues } = validateSchedule([{ start: '2026-03-02T09:00:00Z', end: 'x', service: 'group' }], { level: 'iop', timeZone: 'UTC' });
    expect(toOperationOutcome(issues).issue[0]?.expression).toEqual(['sessions[0].end']);
  });
});
