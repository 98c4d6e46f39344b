// The FHIR adapters take data back from EHRs and callers: resources without ids, Encounters with a
// serviceType but no type, plans with unknown levels, sparse or damaged issue lists.
import { describe, expect, it } from 'vitest';
import { createIssue, formatIssues, type Issue } from '../../src/index.js';
import { planToCarePlan, sessionsFromFhir, toCdsCards, toOperationOutcome } from '../../src/fhir/index.js';

describe('sessionsFromFhir edge cases', () => {
  it('reads an Appointment without an id (no id on the session) and an Encounter with serviceType only', () => {
    const { sessions, issues } = sessionsFromFhir([
      { resourceType: 'Appointment', status: 'booked', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:00:00-05:00' },
      {
        resourceType: 'Encounter',
        status: 'finished',
        period: { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T10:00:00-05:00' },
        serviceType: { text: 'x' },
      },
    ]);
    expect(issues).toEqual([]);
    expect(sessions).toHaveLength(2);
    expect(Object.hasOwn(sessions[0] ?? {}, 'id')).toBe(false);
    expect(sessions.map((session) => session.service)).toEqual(['other', 'other']);
  });

  it('reports each hole of a sparse list as not a resource, by index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const { issues } = sessionsFromFhir([, { resourceType: 'Patient' }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', [0]],
      ['fhir_resource_skipped', [1]],
    ]);
  });
});

describe('toOperationOutcome and toCdsCards with damaged issues', () => {
  const good = createIssue('schedule_empty', { counted: 0, total: 0 }, { path: [] });

  it('turns a hole and an issue with a broken path into `invalid` errors, keeping the good issue', () => {
    // eslint-disable-next-line no-sparse-arrays
    const list = [good, , { ...good, path: [{}] }] as unknown as Issue[];
    const outcome = toOperationOutcome(list);
    expect(outcome.issue.map((issue) => [issue.severity, issue.code])).toEqual([
      ['error', 'business-rule'],
      ['error', 'invalid'],
      ['error', 'invalid'],
    ]);
  });

  it('treats an unknown severity as an error (critical card), never as information', () => {
    const damaged = { ...good, severity: 'fatal' } as unknown as Issue;
    expect(toOperationOutcome([damaged]).issue[0]?.severity).toBe('error');
    expect(toCdsCards({ issues: [damaged] })[0]?.indicator).toBe('critical');
  });

  it('renders expected/received that JSON cannot write (a BigInt) by type, without throwing', () => {
    const issue = { ...good, expected: 10n, received: 3 } as unknown as Issue;
    expect(toCdsCards({ issues: [issue] })[0]?.detail).toContain('Expected: bigint · found: 3');
  });

  it('uses the default source when the given one has no label, and accepts null options', () => {
    expect(toCdsCards({ issues: [good] }, { source: {} as never })[0]?.source).toEqual({ label: 'level-of-care' });
    expect(toCdsCards({ issues: [good] }, null as never)[0]?.source).toEqual({ label: 'level-of-care' });
    expect(toCdsCards({ issues: [good] }, { source: { label: 'Program X' } })[0]?.source).toEqual({ label: 'Program X' });
  });
});

describe('planToCarePlan and formatIssues edge cases', () => {
  it('writes an empty CarePlan for a value without phases, and names an unknown level by its id', () => {
    expect(planToCarePlan(null as never).activity).toBeUndefined();
    const plan = planToCarePlan({ phases: [{ level: 'sober-living' as never, start: '2026-03-01', end: '2026-03-30', expectedDays: 30 }] });
    expect(plan.activity?.[0]?.detail?.description).toBe('sober-living: 30 days, 2026-03-01 to 2026-03-30.');
  });

  it('writes an issue with an empty path without an "at" part', () => {
    expect(formatIssues([createIssue('schedule_empty', { counted: 0, total: 0 }, { path: [] })])).toBe(
      'error   schedule_empty: The schedule has no sessions.',
    );
  });
});

describe('instants outside the years 0001–9999', () => {
  it('rejects a session Date in year 275760 with a message that says why', async () => {
    const { validateSchedule } = await import('../../src/index.js');
    const result = validateSchedule([{ start: new Date(8.64e15), end: new Date(8.64e15), service: 'group' }], { level: 'iop', timeZone: 'UTC' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('invalid_input');
    expect(result.issues[0]?.message).toContain('a Date outside the years 0001–9999');
  });
});
