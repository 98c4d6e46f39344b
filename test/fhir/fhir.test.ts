import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIssue, validateSchedule, type Issue } from '../../src/index.js';
import {
  ACT_CODE_SYSTEM,
  ISSUE_CODE_SYSTEM,
  LEVEL_CODE_SYSTEM,
  planToCarePlan,
  sessionsFromFhir,
  toCdsCards,
  toFhirPath,
  toOperationOutcome,
} from '../../src/fhir/index.js';
import { appointment, encounter } from './helpers.js';

/** A service code the adapter reads as `group`. */
const GROUP = { serviceType: [{ coding: [{ system: 'http://example.org/services', code: 'group' }] }] };
/** Individual psychotherapy by video (class VR), 09:00–10:00 New York winter time on 2026-03-03. */
const VIDEO_THERAPY = {
  class: { system: ACT_CODE_SYSTEM, code: 'VR' },
  period: { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T10:00:00-05:00' },
  type: [{ text: 'Individual psychotherapy' }],
};

describe('sessionsFromFhir', () => {
  it('reads an Appointment with its service code, times and status, and names the resource as its source', () => {
    expect(sessionsFromFhir(appointment(GROUP))).toEqual({
      sessions: [
        {
          id: 'a1',
          start: '2026-03-02T09:00:00-05:00',
          end: '2026-03-02T12:00:00-05:00',
          service: 'group',
          status: 'scheduled',
          source: 'Appointment',
        },
      ],
      issues: [],
    });
  });

  it('reads an Encounter period, its type text and a telehealth class', () => {
    expect(sessionsFromFhir(encounter(VIDEO_THERAPY)).sessions).toEqual([
      {
        id: 'e1',
        start: '2026-03-03T09:00:00-05:00',
        end: '2026-03-03T10:00:00-05:00',
        service: 'individual',
        status: 'attended',
        modality: 'telehealth',
        source: 'Encounter',
      },
    ]);
  });

  it('maps every documented Appointment status', () => {
    const statuses: Record<string, string> = {
      proposed: 'scheduled',
      pending: 'scheduled',
      booked: 'scheduled',
      arrived: 'attended',
      'checked-in': 'attended',
      fulfilled: 'attended',
      cancelled: 'cancelled',
      noshow: 'no-show',
    };
    for (const [fhirStatus, status] of Object.entries(statuses)) {
      expect(sessionsFromFhir(appointment({ ...GROUP, status: fhirStatus })).sessions[0]?.status, fhirStatus).toBe(status);
    }
  });

  it('keeps cancelled and no-show appointments so validators can exclude them', () => {
    const { sessions } = sessionsFromFhir([appointment({ ...GROUP, status: 'cancelled' }), appointment({ ...GROUP, status: 'noshow' })]);
    expect(sessions.map((session) => session.status)).toEqual(['cancelled', 'no-show']);
  });

  it('skips entered-in-error, unknown-status and unrecognised resources with a warning at their path', () => {
    const { sessions, issues } = sessionsFromFhir({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: appointment({ ...GROUP, status: 'entered-in-error' }) },
        { resource: encounter({ ...VIDEO_THERAPY, status: 'unknown' }) },
        { resource: { resourceType: 'Observation', id: 'o1' } },
        { resource: appointment({ ...GROUP, status: 'rescheduled' }) },
        { resource: appointment(GROUP) },
      ],
    });
    expect(sessions).toHaveLength(1);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['fhir_resource_skipped', 'warning', ['entry', 0, 'resource']],
      ['fhir_resource_skipped', 'warning', ['entry', 1, 'resource']],
      ['fhir_resource_skipped', 'warning', ['entry', 2, 'resource']],
      ['fhir_resource_skipped', 'warning', ['entry', 3, 'resource']],
    ]);
    expect(issues[0]?.message).toBe('Skipped an Appointment resource "a1": it was entered in error.');
    expect(issues[3]?.message).toContain('"rescheduled"');
  });

  it('skips an appointment with neither an end nor a duration, saying so', () => {
    const { issues } = sessionsFromFhir([appointment({ ...GROUP, end: undefined })]);
    expect(issues[0]?.message).toBe('Skipped an Appointment resource "a1": it has neither an end time nor a duration (minutesDuration).');
  });

  it('falls back to words in the text, then to other', () => {
    const read = (serviceType: unknown) => sessionsFromFhir(appointment({ serviceType })).sessions[0]?.service;
    expect(read([{ text: 'Medication management visit' }])).toBe('medication-management');
    expect(read([{ coding: [{ display: 'Family session' }] }])).toBe('family');
    expect(read([{ text: 'Art' }])).toBe('other');
    expect(read(undefined)).toBe('other');
  });

  it('reports input that is not FHIR as invalid, never throwing', () => {
    for (const input of [null, 3, 'Bundle', {}, { resourceType: 'Bundle', entry: 'x' }, [null]]) {
      const result = sessionsFromFhir(input);
      expect(result.sessions).toEqual([]);
      expect(result.issues[0]?.code).toBe('invalid_input');
    }
  });

  it('feeds validateSchedule: a 3-day IOP week read from FHIR passes the general policy', () => {
    // Mon, Wed, Fri 09:00–12:00 New York = 3 days × 3 h = 9 h ≥ 9 h and 3 days ≥ 3.
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: ['02', '04', '06'].map((day, index) => ({
        resource: appointment({ ...GROUP, id: `a${index}`, start: `2026-03-${day}T09:00:00-05:00`, end: `2026-03-${day}T12:00:00-05:00` }),
      })),
    };
    const { sessions } = sessionsFromFhir(bundle);
    const result = validateSchedule(sessions, { level: 'iop', timeZone: 'America/New_York' });
    expect(result.ok).toBe(true);
    expect(result.weeks[0]?.hours).toBe(9);
  });

  it('does not mutate its input', () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: appointment(GROUP) }] };
    const before = JSON.stringify(bundle);
    sessionsFromFhir(bundle);
    expect(JSON.stringify(bundle)).toBe(before);
  });
});

describe('toFhirPath', () => {
  it('writes indexes in brackets and quotes non-identifier keys with backticks', () => {
    expect(toFhirPath(['sessions', 3, 'end'])).toBe('sessions[3].end');
    expect(toFhirPath(['weeks', '2026-03-02'])).toBe('weeks.`2026-03-02`');
    expect(toFhirPath([])).toBe('%resource');
    expect(toFhirPath(['a`b'])).toBe('`a\\`b`');
  });
});

describe('toOperationOutcome', () => {
  it('gives one information issue for an empty list, since FHIR requires one', () => {
    expect(toOperationOutcome([])).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues found.' }],
    });
  });

  it('maps severity, IssueType, code, message and path', () => {
    const issues: Issue[] = [
      createIssue('week_hours_below_minimum', { weekStart: '2026-03-02', level: 'iop', hours: 7.5, minimum: 9, inclusive: true }, {
        path: ['weeks', '2026-03-02'],
        ruleId: 'general/iop/adult/hoursPerWeek.min',
      }),
      createIssue('session_too_long', { session: { position: 1, start: '2026-03-02 09:00' }, minutes: 540, maximum: 480 }, { path: ['sessions', 0] }),
      createIssue('week_partial', { weekStart: '2026-03-02', days: 3 }, { path: ['weeks', '2026-03-02'] }),
      createIssue('invalid_input', { detail: 'x.' }, { path: ['sessions', 1, 'start'] }),
    ];
    const outcome = toOperationOutcome(issues);
    expect(outcome.issue.map((issue) => [issue.severity, issue.code, issue.expression?.[0]])).toEqual([
      ['error', 'business-rule', 'weeks.`2026-03-02`'],
      ['warning', 'business-rule', 'sessions[0]'],
      ['information', 'informational', 'weeks.`2026-03-02`'],
      ['error', 'invalid', 'sessions[1].start'],
    ]);
    expect(outcome.issue[0]?.details).toEqual({
      coding: [{ system: ISSUE_CODE_SYSTEM, code: 'week_hours_below_minimum' }],
      text: 'Week of 2026-03-02 has 7.5 h of iop services; the policy requires at least 9 h.',
    });
    expect(outcome.issue[0]?.diagnostics).toBe(
      'Week of 2026-03-02 has 7.5 h of iop services; the policy requires at least 9 h. (rule general/iop/adult/hoursPerWeek.min)',
    );
  });

  it('turns anything that is not an issue into an error issue instead of throwing', () => {
    const outcome = toOperationOutcome([null, { code: 'nope' }] as unknown as Issue[]);
    expect(outcome.issue.map((issue) => [issue.severity, issue.code])).toEqual([
      ['error', 'invalid'],
      ['error', 'invalid'],
    ]);
    expect(toOperationOutcome('x' as unknown as Issue[]).issue).toHaveLength(1);
  });

  it('always has at least one issue (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (items) => {
        expect(toOperationOutcome(items as Issue[]).issue.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('toCdsCards', () => {
  it('orders cards by severity and maps error to critical', () => {
    const cards = toCdsCards({
      issues: [
        createIssue('week_partial', { weekStart: '2026-03-02', days: 3 }, { path: [] }),
        createIssue('schedule_empty', { counted: 0, total: 0 }, { path: [] }),
        createIssue(
          'continuity_gap',
          { episode: { position: 1, level: 'detox', start: '2026-02-25', end: '2026-03-01' }, level: 'detox', dischargeDate: '2026-03-01', days: 9, maximum: 7 },
          { path: [] },
        ),
      ],
    });
    expect(cards.map((card) => card.indicator)).toEqual(['critical', 'warning', 'info']);
    expect(cards[0]).toEqual({
      summary: 'The schedule has no sessions.',
      indicator: 'critical',
      detail: 'The schedule has no sessions.',
      source: { label: 'level-of-care' },
    });
  });

  it('shortens a long message at a word boundary, never mid-word', () => {
    const detail = `${'appointment '.repeat(20)}ends here.`;
    const [card] = toCdsCards({ issues: [createIssue('invalid_input', { detail }, { path: [] })] });
    expect(card?.summary.endsWith('appointment…')).toBe(true);
    expect(card?.summary.length).toBeLessThan(140);
    const [long] = toCdsCards({ issues: [createIssue('invalid_input', { detail: 'x'.repeat(300) }, { path: [] })] });
    expect(long?.summary).toHaveLength(139);
  });

  it('keeps every summary under 140 characters, cut after a whole word when it has spaces (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 60 }), (words) => {
        const message = `Invalid input: ${words.join(' ')}`;
        const [card] = toCdsCards({ issues: [createIssue('invalid_input', { detail: words.join(' ') }, { path: [] })] });
        const summary = card?.summary ?? '';
        expect(summary.length).toBeLessThan(140);
        if (summary.endsWith('…')) expect(message.charAt(summary.length - 1)).toBe(' ');
        else expect(summary).toBe(message);
      }),
    );
  });

  it('keeps every summary under 140 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (detail) => {
        const [card] = toCdsCards({ issues: [createIssue('invalid_input', { detail }, { path: [] })] });
        expect(card?.summary.length).toBeLessThan(140);
      }),
    );
  });

  it('says "library default" when only the library’s judgment supports a check, and cites provider pages by title and publisher, never by file name', () => {
    const issue = (sources: string[]) =>
      createIssue('week_days_below_minimum', { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 }, { path: [], sources: sources as never });
    const [editorial, seeds] = toCdsCards({ issues: [issue(['level-of-care-design']), issue(['seed-000', 'seed-002', 'seed-004'])] });
    expect(editorial?.detail).toContain('Evidence: library default\n\nSources:\n- level-of-care library defaults');
    expect(seeds?.detail).toContain(
      'Evidence: provider web page\n\nSources:\n- What Is an Intensive Outpatient Program (IOP)? A Complete Guide to Flexible Addiction Treatment — Greater Boston Addiction Centers (provider web page)',
    );
    expect(seeds?.detail).not.toMatch(/seeds\/|\.txt|seed-00/);
  });

  it('lists rule, values, the kind of evidence and source titles in the markdown detail', () => {
    const [card] = toCdsCards(
      {
        issues: [
          createIssue('week_days_below_minimum', { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 }, {
            path: [],
            ruleId: 'general/iop/adult/daysPerWeek.min',
            sources: ['encore-os-scheduling'],
            expected: 3,
            received: 2,
          }),
        ],
      },
      { source: { label: 'Clinic checker', url: 'https://example.org' } },
    );
    expect(card?.detail).toBe(
      [
        'Week of 2026-03-02 has 2 service days of iop; the policy requires at least 3.',
        '',
        'Rule: `general/iop/adult/daysPerWeek.min`',
        '',
        'Expected: 3 · found: 2',
        '',
        'Evidence: state rule or payer policy',
        '',
        'Sources:',
        '- Encore OS scheduling compliance documentation',
      ].join('\n'),
    );
    expect(card?.source).toEqual({ label: 'Clinic checker', url: 'https://example.org' });
  });

  it('gives no cards for a result without issues or for junk', () => {
    expect(toCdsCards({ issues: [] })).toEqual([]);
    expect(toCdsCards(null as unknown as { issues: Issue[] })).toEqual([]);
  });
});

describe('planToCarePlan', () => {
  const plan = {
    phases: [
      { level: 'detox' as const, start: '2026-03-01', end: '2026-03-05', expectedDays: 5 },
      { level: 'php' as const, start: '2026-03-06', end: '2026-04-04', expectedDays: 30 },
    ],
  };

  it('writes one not-started activity per phase, coded with the level', () => {
    const carePlan = planToCarePlan(plan, { subject: { reference: 'Patient/42' }, status: 'active' });
    expect(carePlan).toMatchObject({
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/42' },
      period: { start: '2026-03-01', end: '2026-04-04' },
    });
    expect(carePlan.activity?.[1]?.detail).toEqual({
      code: { coding: [{ system: LEVEL_CODE_SYSTEM, code: 'php', display: 'Partial hospitalization' }], text: 'Partial hospitalization' },
      status: 'not-started',
      scheduledPeriod: { start: '2026-03-06', end: '2026-04-04' },
      description: 'Partial hospitalization: 30 days, 2026-03-06 to 2026-04-04.',
    });
  });

  it('defaults to a draft for an unspecified patient, and writes no empty period or activity list for an empty plan (ele-1)', () => {
    const carePlan = planToCarePlan({ phases: [] });
    expect(carePlan).toEqual({
      resourceType: 'CarePlan',
      status: 'draft',
      intent: 'plan',
      title: 'Level-of-care pathway',
      subject: { display: 'Unspecified patient' },
    });
  });
});
