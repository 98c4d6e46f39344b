// The adapter on real, public R4 data (origins in test/fixtures/fhir/ORIGINS.md): the official HL7
// examples, Synthea patients and a large EHR vendor's published examples. Minutes, services and
// skip reasons below are worked out by hand from the files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sessionsFromFhir, validateFhirSchedule } from '../../src/fhir/index.js';
import { fhirProblems, nodesAt } from './fhirValidator.js';

const dir = fileURLToPath(new URL('../fixtures/fhir/', import.meta.url));
const json = (file: string): unknown => JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));
const collection = (resources: readonly unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

const hl7 = collection(readdirSync(`${dir}hl7-r4-examples`).sort().map((file) => json(`hl7-r4-examples/${file}`)));
const synthea = collection(readFileSync(`${dir}synthea-encounters.ndjson`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown));
const cernerEncounters = json('cerner-r4-encounter-bundle.json');
const cernerVideoVisit = json('cerner-r4-appointment-video-visit.json');

const minutesOf = (session: { start: string | Date; end: string | Date } | undefined) =>
  session === undefined ? Number.NaN : (Date.parse(String(session.end)) - Date.parse(String(session.start))) / 60_000;

/** Skip reasons counted by their wording, ids left out. */
function skipsByReason(issues: readonly { code: string; message: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const issue of issues) {
    const reason = issue.message.replace(/^Skipped an? \w+ resource( "[^"]*")?: /, '');
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
}

/** The outcome is valid R4, and each of its expressions selects one node of the input. */
function expectSoundOutcome(outcome: { issue: { expression?: string[] }[] }, input: unknown): void {
  expect(fhirProblems(outcome)).toEqual([]);
  for (const expression of outcome.issue.flatMap((issue) => issue.expression ?? [])) expect(nodesAt(expression, input), expression).toHaveLength(1);
}

describe('the HL7 R4 examples (8 resources)', () => {
  const read = sessionsFromFhir(hl7);

  it('reads 3 sessions: two 2-hour appointments (09:00–11:00 Z) and a 30-minute home visit, in person', () => {
    expect(read.sessions.map((session) => [session.id, minutesOf(session), session.service, session.status, session.modality, session.source])).toEqual([
      ['2docs', 120, 'other', 'scheduled', undefined, 'Bundle.entry[0].resource'],
      ['example', 120, 'other', 'scheduled', undefined, 'Bundle.entry[1].resource'],
      ['home', 30, 'other', 'attended', 'in-person', 'Bundle.entry[7].resource'],
    ]);
  });

  it('skips 5: three inpatient encounters (class IMP), a requested appointment with no start, and an encounter with a length but no period', () => {
    expect(skipsByReason(read.issues)).toEqual({
      'it is an inpatient stay (class IMP), not a session of a day or outpatient program.': 3,
      'it has no start time.': 1,
      'it has no period: its length alone does not say when it took place.': 1,
    });
  });

  it('validates into a valid OperationOutcome pointing into the Bundle: 270 minutes in two weeks pass outpatient', () => {
    const result = validateFhirSchedule(hl7, { level: 'op', timeZone: 'UTC' });
    expect(result.ok).toBe(true);
    expect(result.weeks.map((week) => [week.weekStart, week.minutes])).toEqual([
      ['2013-12-09', 240],
      ['2015-01-12', 30],
    ]);
    expect(result.outcome.issue).toHaveLength(5);
    expectSoundOutcome(result.outcome, hl7);
  });
});

describe('Synthea (94 encounters of 3 patients)', () => {
  const read = sessionsFromFhir(synthea);

  it('reads 86 sessions and skips 8 stays: 6 emergency visits, 1 inpatient stay, 1 hospice admission of 23 days', () => {
    expect(read.sessions).toHaveLength(86);
    expect(skipsByReason(read.issues)).toEqual({
      'it is an emergency visit (class EMER), not a session of a day or outpatient program.': 6,
      'it is an inpatient stay (class IMP), not a session of a day or outpatient program.': 1,
      'it is an admission to hospice (type 305336008), not a session of a day or outpatient program.': 1,
    });
  });

  it('reads the one virtual follow-up (class VR, 11:46:59–12:01:59) as 15 minutes of telehealth, and no ambulatory visit as in person', () => {
    const virtual = read.sessions.filter((session) => session.modality === 'telehealth');
    expect(virtual.map((session) => [session.id, minutesOf(session)])).toEqual([['72487535-4be7-58db-44f6-7780245494c2', 15]]);
    expect(read.sessions.filter((session) => session.modality !== undefined)).toHaveLength(1);
  });

  it('reads an encounter of 10:39:25–11:42:22 as 62.95 minutes, attended, with service other (no behavioral-health code)', () => {
    const visit = read.sessions.find((session) => session.id === '03f224ec-f8fb-a3eb-d3e9-c718ac2f5f62');
    expect(minutesOf(visit)).toBeCloseTo(62.95, 10);
    expect(visit).toMatchObject({ service: 'other', status: 'attended', source: 'Bundle.entry[1].resource' });
    expect(new Set(read.sessions.map((session) => session.service))).toEqual(new Set(['other']));
  });

  it('validates into a valid OperationOutcome pointing into the Bundle', () => {
    const result = validateFhirSchedule(synthea, { level: 'op', timeZone: 'America/New_York' });
    expect(result.issues.map((issue) => issue.code)).toEqual(Array(8).fill('fhir_resource_skipped'));
    expectSoundOutcome(result.outcome, synthea);
  });
});

describe('a large EHR vendor’s published R4 examples', () => {
  it('skips the 12-day admission (2019-12-26 to 2020-01-07, class IMP) instead of reading 278.37 h on one day', () => {
    const read = sessionsFromFhir(cernerEncounters);
    expect(read.issues.map((issue) => issue.message)).toEqual([
      'Skipped an Encounter resource "97939518": it is an inpatient stay (class IMP), not a session of a day or outpatient program.',
    ]);
    // The outpatient encounter (HL7 v2 class O) runs 16:31:51–05:59:59 the next day: 13 h 28 min 8 s.
    expect(read.sessions.map((session) => [session.id, minutesOf(session), session.service, session.modality])).toEqual([
      ['97939539', 808 + 8 / 60, 'other', undefined],
    ]);
  });

  it('validates the encounter Bundle into a valid OperationOutcome pointing into it', () => {
    const result = validateFhirSchedule(cernerEncounters, { level: 'iop', timeZone: 'UTC' });
    expect(result.issues.map((issue) => [issue.code, issue.source])).toEqual([
      ['fhir_resource_skipped', 'Bundle.entry[0].resource'],
      ['session_too_long', 'Bundle.entry[1].resource'],
      ['week_days_below_minimum', undefined],
    ]);
    expectSoundOutcome(result.outcome, cernerEncounters);
  });

  it('reads the "Video Visit" appointment (13:00–13:15 Z, no-show) as 15 minutes of telehealth that does not count', () => {
    const read = sessionsFromFhir(cernerVideoVisit);
    expect(read.sessions).toEqual([
      { id: '4817572', start: '2020-07-10T13:00:00.000Z', end: '2020-07-10T13:15:00.000Z', service: 'other', status: 'no-show', modality: 'telehealth', source: 'Appointment' },
    ]);
    const result = validateFhirSchedule(cernerVideoVisit, { level: 'iop', timeZone: 'UTC' });
    expect(result.issues.map((issue) => issue.code)).toEqual(['schedule_empty']);
    expectSoundOutcome(result.outcome, cernerVideoVisit);
  });
});
