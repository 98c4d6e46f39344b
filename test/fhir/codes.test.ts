// The codes EHRs send: services from HCPCS, CPT numbers and SNOMED CT, the caller's own codes, and
// the levels program per-diem codes name.
import { describe, expect, it } from 'vitest';
import { LEVELS, SOURCES } from '../../src/index.js';
import {
  CPT_SYSTEM,
  HCPCS_SYSTEM,
  levelFromCoding,
  SERVICE_CODE_SYSTEM,
  SERVICE_CODES,
  sessionsFromFhir,
  SNOMED_SYSTEM,
} from '../../src/fhir/index.js';

/** The service `sessionsFromFhir` reads from one Appointment coded with `coding` in `serviceType`. */
const serviceOf = (coding: Record<string, unknown>, options?: Parameters<typeof sessionsFromFhir>[1]) =>
  sessionsFromFhir(
    {
      resourceType: 'Appointment',
      id: 'a1',
      status: 'booked',
      start: '2026-03-02T09:00:00-05:00',
      end: '2026-03-02T10:00:00-05:00',
      serviceType: [{ coding: [coding] }],
    },
    options,
  ).sessions[0]?.service;

describe('the service code table', () => {
  it.each([
    [HCPCS_SYSTEM, 'H0004', 'individual'],
    [HCPCS_SYSTEM, 'H0005', 'group'],
    [HCPCS_SYSTEM, 'H0038', 'peer-support'],
    [HCPCS_SYSTEM, 'H0006', 'case-management'],
    [HCPCS_SYSTEM, 'T1016', 'case-management'],
    [HCPCS_SYSTEM, 'H2019', 'skills'],
    [HCPCS_SYSTEM, 'H0001', 'assessment'],
    [HCPCS_SYSTEM, 'H0020', 'medication-management'],
    [HCPCS_SYSTEM, 'G0410', 'group'],
    [CPT_SYSTEM, '90834', 'individual'],
    [CPT_SYSTEM, '90853', 'group'],
    [CPT_SYSTEM, '90847', 'family'],
    [CPT_SYSTEM, '90791', 'assessment'],
    [SNOMED_SYSTEM, '75516001', 'individual'],
    [SNOMED_SYSTEM, '76168009', 'group'],
    [SERVICE_CODE_SYSTEM, 'psychoeducation', 'psychoeducation'],
  ])('reads %s %s as %s', (system, code, service) => {
    expect(serviceOf({ system, code })).toBe(service);
  });

  it('reads HCPCS written without https or www, with a trailing slash, in capitals or as its OID', () => {
    for (const system of [
      'http://cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
      'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets/',
      'HTTPS://WWW.CMS.GOV/MEDICARE/CODING/HCPCSRELEASECODESETS',
      'urn:oid:2.16.840.1.113883.6.285',
    ]) {
      expect(serviceOf({ system, code: 'H0005' }), system).toBe('group');
    }
    expect(serviceOf({ system: 'urn:oid:2.16.840.1.113883.6.12', code: '90853' })).toBe('group');
  });

  it('looks a code with a modifier up without it (90853-95 is group psychotherapy)', () => {
    expect(serviceOf({ system: CPT_SYSTEM, code: '90853-95' })).toBe('group');
    expect(serviceOf({ system: HCPCS_SYSTEM, code: 'h0004 gt' })).toBe('individual');
  });

  it('does not read a CPT number sent under another system, or without one', () => {
    expect(serviceOf({ system: 'http://example.org/local', code: '90853' })).toBe('other');
    expect(serviceOf({ code: '90853' })).toBe('other');
  });

  it('still reads a library service id whatever its system, and service words in the display', () => {
    expect(serviceOf({ system: 'http://example.org/services', code: 'group' })).toBe('group');
    expect(serviceOf({ system: 'http://example.org/local', code: '17', display: 'Group psychotherapy' })).toBe('group');
    expect(serviceOf({ system: 'http://example.org/local', code: '18', display: 'Psychotherapy' })).toBe('individual');
  });

  it('takes the caller’s codes first: a state service identifier, or a code the table reads otherwise', () => {
    const colorado = 'http://bha.colorado.gov/fhir/bha-ig/CodeSystem/bha-service-identifier-cs';
    expect(serviceOf({ system: colorado, code: '09' })).toBe('other');
    expect(serviceOf({ system: colorado, code: '09' }, { serviceCodes: [{ system: colorado, code: '09', service: 'group' }] })).toBe('group');
    expect(serviceOf({ system: CPT_SYSTEM, code: '90853' }, { serviceCodes: [{ system: CPT_SYSTEM, code: '90853', service: 'skills' }] })).toBe('skills');
  });

  it('reports malformed serviceCodes with their path and leaves them out, reading the rest', () => {
    const issues = (serviceCodes: unknown) => sessionsFromFhir([], { serviceCodes } as never).issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues('x')).toEqual([['options.serviceCodes', expect.stringContaining('expected an array of service codes')]]);
    expect(issues([{ system: 'x', code: '1', service: 'yoga' }])).toEqual([['options.serviceCodes.0', expect.stringContaining('expected { system, code, service }')]]);
    const colorado = 'http://bha.colorado.gov/fhir/bha-ig/CodeSystem/bha-service-identifier-cs';
    expect(serviceOf({ system: colorado, code: '09' }, { serviceCodes: [null, { system: colorado, code: '09', service: 'group' }] as never })).toBe('group');
  });

  it('cites a known source on every row, and no CPT row carries more than a code number', () => {
    for (const row of SERVICE_CODES) {
      expect(row.sources?.length, `${row.system} ${row.code}`).toBeGreaterThan(0);
      for (const id of row.sources ?? []) expect(Object.hasOwn(SOURCES, id)).toBe(true);
      expect(Object.keys(row).sort()).toEqual(['code', 'service', 'sources', 'system']);
      if (row.system === CPT_SYSTEM) expect(row.code).toMatch(/^\d{5}$/);
    }
  });

  it('has one service per code', () => {
    const keys = SERVICE_CODES.map((row) => `${row.system}|${row.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('levelFromCoding', () => {
  it.each([
    ['H0015', 'iop'],
    ['S9480', 'iop'],
    ['H0035', 'php'],
    ['S0201', 'php'],
    ['H0010', 'detox'],
    ['H0014', 'detox'],
    ['H0019', 'residential'],
  ])('names the level %s identifies: %s', (code, level) => {
    expect(levelFromCoding({ system: HCPCS_SYSTEM, code })).toBe(level);
  });

  it('names no level for codes billed at more than one (H2036 per diem; G0410 and G0411 group psychotherapy in PHP or IOP)', () => {
    for (const code of ['H2036', 'G0410', 'G0411']) expect(levelFromCoding({ system: HCPCS_SYSTEM, code }), code).toBeUndefined();
    expect(LEVELS.filter((level) => level.hcpcs.some((row) => row.code === 'H2036')).map((level) => level.id)).toEqual(['php', 'iop']);
  });

  it('reads a code without a system or with a modifier, and nothing from another system or a service code', () => {
    expect(levelFromCoding({ code: 'h0015' })).toBe('iop');
    expect(levelFromCoding({ system: HCPCS_SYSTEM, code: 'H0015-HF' })).toBe('iop');
    expect(levelFromCoding({ system: HCPCS_SYSTEM, code: ' h0015:hf gt ' })).toBe('iop');
  });

  it('reads modifiers as the service lookup does: two characters each, after a -, : or space', () => {
    // "ABC" is no modifier, so "H0015 ABC" is no code of the table, for the level or the service.
    for (const code of ['H0015 ABC', 'H0015-A', 'H0015--HF', 'H0015HF']) {
      expect(levelFromCoding({ system: HCPCS_SYSTEM, code }), code).toBeUndefined();
    }
    expect(serviceOf({ system: HCPCS_SYSTEM, code: 'H0004 ABC' })).toBe('other');
    expect(serviceOf({ system: HCPCS_SYSTEM, code: 'H0004 HF' })).toBe('individual');
    expect(levelFromCoding({ system: CPT_SYSTEM, code: 'H0015' })).toBeUndefined();
    expect(levelFromCoding({ system: HCPCS_SYSTEM, code: 'H0005' })).toBeUndefined();
    expect(levelFromCoding({ system: HCPCS_SYSTEM })).toBeUndefined();
    expect(levelFromCoding(null as never)).toBeUndefined();
    expect(levelFromCoding({ system: 5, code: 'H0015' } as never)).toBeUndefined();
  });
});
