// Stays are not sessions, durations stand in for a missing end, and every resource that cannot be
// read is skipped with one warning in our own words: nothing is silently counted or dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../src/index.js';
import { ACT_CODE_SYSTEM, PATIENT_CLASS_SYSTEM, sessionsFromFhir } from '../../src/fhir/index.js';
import { appointment, encounter } from './helpers.js';

/** The one skip message for a resource, failing when it was read as a session. */
const skipOf = (resource: unknown): string | undefined => {
  const { sessions, issues } = sessionsFromFhir(resource);
  expect(sessions).toEqual([]);
  expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([['fhir_resource_skipped', 'warning']]);
  return issues[0]?.message;
};

describe('stays are not sessions', () => {
  it('skips a 12-day inpatient admission (class IMP) instead of reading 278 h on one day', () => {
    const admission = encounter({
      id: '97939518',
      class: { system: ACT_CODE_SYSTEM, code: 'IMP' },
      period: { start: '2019-12-26T15:38:02.000Z', end: '2020-01-07T06:00:00.000Z' },
    });
    expect(skipOf(admission)).toBe(
      'Skipped an Encounter resource "97939518": it is an inpatient stay (class IMP), not a session of a day or outpatient program.',
    );
  });

  it.each([
    ['ACUTE', 'an acute inpatient stay'],
    ['NONAC', 'a non-acute inpatient stay'],
    ['EMER', 'an emergency visit'],
    ['OBSENC', 'an observation stay'],
    ['PRENC', 'a pre-admission visit'],
    ['SS', 'a short stay'],
  ])('skips class %s as %s', (code, what) => {
    expect(skipOf(encounter({ class: { system: ACT_CODE_SYSTEM, code } }))).toContain(`it is ${what} (class ${code})`);
  });

  it('skips an admission recorded with another class: Synthea’s 23-day hospice admission has the home-health class HH', () => {
    const hospice = encounter({
      class: { system: ACT_CODE_SYSTEM, code: 'HH' },
      type: [{ coding: [{ system: 'http://snomed.info/sct', code: '305336008', display: 'Admission to hospice (procedure)' }] }],
      period: { start: '1971-09-08T12:31:08-04:00', end: '1971-10-01T13:44:40-04:00' },
    });
    expect(skipOf(hospice)).toContain('it is an admission to hospice (type 305336008)');
  });

  it('reads the HL7 v2 patient classes some EHRs send (I, E, P) as the same stays, and O as a visit', () => {
    expect(skipOf(encounter({ class: { system: PATIENT_CLASS_SYSTEM, code: 'I' } }))).toContain('an inpatient stay (class I)');
    expect(skipOf(encounter({ class: { system: PATIENT_CLASS_SYSTEM, code: 'E' } }))).toContain('an emergency visit (class E)');
    expect(sessionsFromFhir(encounter({ class: { system: PATIENT_CLASS_SYSTEM, code: 'O' } })).sessions).toHaveLength(1);
  });
});

describe('durations stand in for a missing end', () => {
  it('ends an Appointment with start and minutesDuration but no end (valid R4) minutesDuration later, at the start’s offset', () => {
    const { sessions } = sessionsFromFhir(appointment({ end: undefined, minutesDuration: 180 }));
    expect(sessions[0]).toMatchObject({ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00' });
    expect(sessionsFromFhir(appointment({ start: '2026-03-02T14:00:00Z', end: undefined, minutesDuration: 50 })).sessions[0]?.end).toBe(
      '2026-03-02T14:50:00Z',
    );
    expect(sessionsFromFhir(appointment({ start: '2026-03-02T09:00:00.250+01:00', end: undefined, minutesDuration: 1 })).sessions[0]?.end).toBe(
      '2026-03-02T09:01:00.250+01:00',
    );
  });

  it('counts the 3 h of such an appointment toward the week: Mon and Wed with ends, Fri with only minutesDuration = 9 h, and IOP passes', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: appointment({ id: 'mon' }) },
        { resource: appointment({ id: 'wed', start: '2026-03-04T09:00:00-05:00', end: '2026-03-04T12:00:00-05:00' }) },
        { resource: appointment({ id: 'fri', start: '2026-03-06T09:00:00-05:00', end: undefined, minutesDuration: 180 }) },
      ],
    };
    const result = validateSchedule(sessionsFromFhir(bundle).sessions, { level: 'iop', timeZone: 'America/New_York' });
    expect(result.weeks[0]).toMatchObject({ minutes: 540, hours: 9, days: 3 });
    expect(result.ok).toBe(true);
  });

  it('ends an Encounter with a period start and a length but no end (90 min, 1.5 h, 5400 s)', () => {
    const endOf = (length: unknown) =>
      sessionsFromFhir(encounter({ period: { start: '2026-03-02T09:00:00-05:00' }, length })).sessions[0]?.end;
    expect(endOf({ value: 90, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' })).toBe('2026-03-02T10:30:00-05:00');
    expect(endOf({ value: 1.5, unit: 'hours' })).toBe('2026-03-02T10:30:00-05:00');
    expect(endOf({ value: 5400, code: 's' })).toBe('2026-03-02T10:30:00-05:00');
  });

  it('reads the unit of a length when its code is not a unit of time: 60 minutes with a SNOMED CT code ends at 10:00', () => {
    const { sessions, issues } = sessionsFromFhir(
      encounter({ period: { start: '2026-03-02T09:00:00-05:00' }, length: { value: 60, unit: 'minutes', system: 'http://snomed.info/sct', code: '258701004' } }),
    );
    expect(issues).toEqual([]);
    expect(sessions[0]?.end).toBe('2026-03-02T10:00:00-05:00');
    // A code or unit named like an Object method is no unit of time.
    expect(skipOf(encounter({ period: { start: '2026-03-02T09:00:00-05:00' }, length: { value: 60, unit: 'toString', code: 'constructor' } }))).toContain(
      'its period has no end, and it has no length',
    );
  });

  it.each([
    // 1e11 minutes is about 190,000 years; 1e15 is past what a Date can hold.
    ['an appointment whose minutesDuration of 1e11 ends in the year 192158', appointment({ end: undefined, minutesDuration: 1e11 }), 'minutesDuration'],
    ['an appointment whose minutesDuration of 1e15 ends past any Date', appointment({ end: undefined, minutesDuration: 1e15 }), 'minutesDuration'],
    ['an encounter whose length of 1e15 minutes ends past any Date', encounter({ period: { start: '2026-03-02T09:00:00-05:00' }, length: { value: 1e15, code: 'min' } }), 'length'],
  ])('skips %s, naming the duration instead of writing a broken end', (_name, resource, field) => {
    expect(skipOf(resource)).toMatch(new RegExp(`: its ${field} puts the end past the years 0001–9999 that times are read in\\.$`));
  });

  it('still ends a duration on the last day read: 9999-12-30 at 23:00 UTC', () => {
    expect(sessionsFromFhir(appointment({ start: '9999-12-30T22:00:00Z', end: undefined, minutesDuration: 60 })).sessions[0]?.end).toBe('9999-12-30T23:00:00Z');
  });
});

describe('resources without usable times are skipped with a reason that names what is missing', () => {
  it.each([
    ['a date-only period', encounter({ period: { start: '2013-03-11', end: '2013-03-20' } }), 'its period gives dates only (2013-03-11 to 2013-03-20), not times.'],
    ['a one-date period', encounter({ period: { start: '2013-03-11' } }), 'its period gives a date only (2013-03-11), not times.'],
    ['no period', encounter({ period: undefined }), 'it has no period.'],
    [
      'a length without a period',
      encounter({ period: undefined, length: { value: 140, code: 'min' } }),
      'it has no period: its length alone does not say when it took place.',
    ],
    ['a period without a start', encounter({ period: { end: '2026-03-02T10:00:00-05:00' } }), 'its period has no start.'],
    ['a period without an end or a length', encounter({ period: { start: '2026-03-02T09:00:00-05:00' } }), 'its period has no end, and it has no length to stand in for one.'],
    ['a length in unknown units', encounter({ period: { start: '2026-03-02T09:00:00-05:00' }, length: { value: 2, unit: 'sessions' } }), 'its period has no end, and it has no length'],
    ['a date-only end', encounter({ period: { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02' } }), 'its period end "2026-03-02" is a date without a time.'],
    ['a start without an offset', encounter({ period: { start: '2026-03-02T09:00:00', end: '2026-03-02T10:00:00-05:00' } }), 'its period start "2026-03-02T09:00:00" is not a date and time with a time-zone offset.'],
    ['an appointment with only a requested period', appointment({ start: undefined, end: undefined, requestedPeriod: [{ start: '2016-06-02' }] }), 'it has no start time.'],
    ['an appointment with a date for a start', appointment({ start: '2026-03-02' }), 'its start "2026-03-02" is a date without a time.'],
    ['an appointment with an impossible end', appointment({ end: '2026-02-30T10:00:00Z' }), 'its end "2026-02-30T10:00:00Z" is not a date and time'],
    ['an appointment without an end or a duration', appointment({ end: undefined }), 'it has neither an end time nor a duration (minutesDuration).'],
    ['an appointment with a zero duration', appointment({ end: undefined, minutesDuration: 0 }), 'it has neither an end time nor a duration'],
  ])('%s', (_name, resource, reason) => {
    expect(skipOf(resource)).toContain(reason);
  });

  it('speaks of "an Encounter" and "an Appointment" in its own words, never in schema text', () => {
    expect(skipOf(encounter({ period: undefined }))).toBe('Skipped an Encounter resource "e1": it has no period.');
    expect(skipOf({ resourceType: 'Observation' })).toBe('Skipped an Observation resource: only Appointment and Encounter resources describe sessions.');
    expect(skipOf({ resourceType: 'Patient', id: '' })).toBe('Skipped a Patient resource: only Appointment and Encounter resources describe sessions.');
  });

  it.each([
    ['no status', encounter({ status: undefined }), 'it has no status.'],
    ['a numeric start', appointment({ start: 1 }), 'its start is 1, not text.'],
    ['a coding that is not a list', appointment({ serviceType: [{ coding: 'H0005' }] }), 'its serviceType[0].coding is "H0005", not a list.'],
    ['a duration that is text', appointment({ minutesDuration: '180' }), 'its minutesDuration is "180", not a number.'],
    ['a class that is a list', encounter({ class: [] }), 'its class is an array, not an object.'],
  ])('names a malformed element in a sentence of its own: %s', (_name, resource, reason) => {
    const message = skipOf(resource);
    expect(message).toContain(reason);
    expect(message).not.toMatch(/Invalid input|expected .+ received/);
  });
});

describe('statuses that do not count', () => {
  it('skips a waitlisted appointment instead of adding its hours', () => {
    expect(skipOf(appointment({ status: 'waitlist' }))).toBe(
      'Skipped an Appointment resource "a1": it is on the waitlist, not booked, so it does not count.',
    );
  });
});

describe('any JSON value', () => {
  it('never throws, never counts a resource it skipped, and warns exactly once per resource it did not read', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ resourceType: fc.constantFrom('Appointment', 'Encounter'), status: fc.anything(), start: fc.anything(), end: fc.anything(), period: fc.anything(), class: fc.anything(), minutesDuration: fc.anything() }))), (entries) => {
        const bundle = { resourceType: 'Bundle', type: 'collection', entry: entries.map((resource) => ({ resource })) };
        const { sessions, issues } = sessionsFromFhir(bundle);
        expect(sessions.length + issues.length).toBe(entries.length);
        for (const issue of issues) expect(issue.message).not.toMatch(/Invalid input: Invalid|expected \w+, received/);
      }),
    );
  });
});
