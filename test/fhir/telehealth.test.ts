// How a session was delivered: telehealth when anything says so, in person only when something says
// that, and otherwise nothing. A wrong `in-person` would count a video visit toward a Medicare
// PHP or IOP week, where telehealth does not count.
import { describe, expect, it } from 'vitest';
import {
  ACT_CODE_SYSTEM,
  CPT_SYSTEM,
  HCPCS_SYSTEM,
  PLACE_OF_SERVICE_SYSTEM,
  sessionsFromFhir,
  SNOMED_SYSTEM,
} from '../../src/fhir/index.js';
import { appointment, encounter } from './helpers.js';

const modalityOf = (resource: unknown) => {
  const { sessions, issues } = sessionsFromFhir(resource);
  expect(issues).toEqual([]);
  return sessions[0]?.modality;
};

const typed = (system: string, code: string, display?: string) => ({ type: [{ coding: [{ system, code, ...(display === undefined ? {} : { display }) }] }] });

describe('telehealth', () => {
  it('reads Synthea’s "Telemedicine consultation" (SNOMED CT 448337001, class AMB) and telephone encounters (185317003) as telehealth', () => {
    expect(modalityOf(encounter(typed(SNOMED_SYSTEM, '448337001', 'Telemedicine consultation with patient (procedure)')))).toBe('telehealth');
    expect(modalityOf(encounter(typed(SNOMED_SYSTEM, '185317003')))).toBe('telehealth');
  });

  it('reads the class VR as telehealth', () => {
    expect(modalityOf(encounter({ class: { system: ACT_CODE_SYSTEM, code: 'VR' } }))).toBe('telehealth');
  });

  it('reads places of service 02 and 10 as telehealth, from a type or a location', () => {
    expect(modalityOf(encounter(typed(PLACE_OF_SERVICE_SYSTEM, '02')))).toBe('telehealth');
    expect(modalityOf(encounter({ location: [{ physicalType: { coding: [{ system: PLACE_OF_SERVICE_SYSTEM, code: '10' }] } }] }))).toBe('telehealth');
  });

  it('reads modifiers 95 and GT, after a code or as a coding of their own', () => {
    expect(modalityOf(encounter(typed(CPT_SYSTEM, '90834-95')))).toBe('telehealth');
    expect(modalityOf(encounter(typed(HCPCS_SYSTEM, 'H0004:GT')))).toBe('telehealth');
    expect(modalityOf(encounter({ type: [{ coding: [{ system: CPT_SYSTEM, code: '90834' }, { system: CPT_SYSTEM, code: '95' }] }] }))).toBe('telehealth');
    expect(modalityOf(encounter(typed('http://example.org/local', '95')))).toBeUndefined();
  });

  it('reads a vendor’s "Video Visit" appointment and telephone wording as telehealth', () => {
    expect(modalityOf(appointment({ serviceType: [{ text: 'Video Visit' }] }))).toBe('telehealth');
    expect(modalityOf(appointment({ appointmentType: { coding: [{ display: 'Telephone follow-up' }] } }))).toBe('telehealth');
    expect(modalityOf(appointment({ serviceCategory: [{ text: 'Telehealth' }] }))).toBe('telehealth');
    for (const text of ['Phone call with counselor', 'Phone visit', 'Check-in by phone', 'Session over the phone', 'Telephonic assessment']) {
      expect(modalityOf(appointment({ serviceType: [{ text }] })), text).toBe('telehealth');
    }
  });

  it('does not read "phone" alone as telehealth: a "phone-free zone" group meets in the room', () => {
    expect(modalityOf(appointment({ serviceType: [{ text: 'Group therapy (phone-free zone)' }] }))).toBeUndefined();
    expect(modalityOf(appointment({ serviceType: [{ text: 'Group therapy, phones off, in person' }] }))).toBe('in-person');
  });

  it('prefers telehealth when a record says both (an AMB home-visit class with a video type)', () => {
    expect(modalityOf(encounter({ class: { system: ACT_CODE_SYSTEM, code: 'HH' }, type: [{ text: 'Video visit' }] }))).toBe('telehealth');
  });
});

describe('in person, only when something says so', () => {
  it('gives no modality to a plain ambulatory encounter: AMB covers telehealth visits too', () => {
    expect(modalityOf(encounter({}))).toBeUndefined();
    expect(modalityOf(appointment({ serviceType: [{ text: 'Group therapy' }] }))).toBeUndefined();
  });

  it('reads home health and field classes, in-person places of service and in-person wording', () => {
    expect(modalityOf(encounter({ class: { system: ACT_CODE_SYSTEM, code: 'HH' } }))).toBe('in-person');
    expect(modalityOf(encounter({ class: { code: 'FLD' } }))).toBe('in-person');
    expect(modalityOf(encounter(typed(PLACE_OF_SERVICE_SYSTEM, '57')))).toBe('in-person');
    expect(modalityOf(appointment({ serviceType: [{ text: 'Group therapy, in person' }] }))).toBe('in-person');
  });

  it('does not read a class code sent under another system', () => {
    expect(modalityOf(encounter({ class: { system: 'http://example.org/classes', code: 'VR' } }))).toBeUndefined();
  });
});
