import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS, SOURCES, citationsOf, evidenceOf, type SourceId } from '../../src/index.js';

describe('SOURCES', () => {
  it('gives every source a title, a publisher and a kind', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.publisher.length).toBeGreaterThan(0);
      expect(['primary', 'secondary', 'seed', 'editorial']).toContain(source.kind);
    }
  });

  it('names each seed page by its publisher and title, never by a file name', () => {
    const seeds = (['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const).map((id) => [SOURCES[id].publisher, SOURCES[id].title]);
    expect(seeds).toEqual([
      ['Greater Boston Addiction Centers', 'What Is an Intensive Outpatient Program (IOP)? A Complete Guide to Flexible Addiction Treatment'],
      ['Destination Hope', 'What Is Intensive Outpatient Treatment (IOP)?'],
      ['Greater Boston Addiction Centers', 'Is an Intensive Outpatient Program Right for You? Signs You Need One'],
      ['Anchored Recovery', 'Intensive Outpatient Program'],
      ['Footprints to Recovery', 'Intensive Outpatient Treatment'],
    ]);
    for (const source of Object.values(SOURCES)) expect(`${source.title} ${source.publisher}`).not.toMatch(/seeds\/|\.txt\b/);
  });

  it('cites the DC sections by their current numbers: 22-A6331 outpatient, 22-A6334 low- and 22-A6336 high-intensity residential', () => {
    expect(SOURCES['dc-22-a6331'].title).toContain('Level of care 1: outpatient');
    expect(SOURCES['dc-22-a6334'].title).toContain('22-A6334');
    expect(SOURCES['dc-22-a6334'].note).toContain('at least 5 hours');
    expect(SOURCES['dc-22-a6336'].note).toContain('at least 25 hours');
    expect(SOURCES).not.toHaveProperty(['dc-22-a6333']);
  });

  it('marks the sources no stored copy confirms as unverified (Encore OS, Kansas R03-704)', () => {
    expect(SOURCES['encore-os-scheduling'].verified).toBe(false);
    expect(SOURCES['kansas-r03-704'].verified).toBe(false);
  });

  it('points the CMS fact sheet at the final rule, not the proposed rule', () => {
    expect(SOURCES['cms-opps-2024-fact-sheet'].url).toMatch(/ambulatory-surgical-center-0$/);
  });

  it('flags the recertification rule REFERENCE §2 marks unverified', () => {
    expect(SOURCES['cfr-42-424-24'].verified).toBe(false);
    expect(SOURCES['cfr-42-410-43'].verified).toBe(true);
  });

  it('uses https URLs where a URL is given', () => {
    for (const source of Object.values(SOURCES)) {
      if ('url' in source && source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  // The placement engine reads the kinds from its own small table; this holds it to the catalog.
  it('gives every source, alone, the evidence of its kind', () => {
    for (const id of Object.keys(SOURCES) as SourceId[]) expect(evidenceOf([id])).toBe(SOURCES[id].kind);
  });
});

describe('evidenceOf', () => {
  it('takes the strongest kind: a regulation beside a library default is a regulation', () => {
    expect(evidenceOf(['level-of-care-design', 'cfr-42-410-43'])).toBe('primary');
    expect(evidenceOf(['seed-000', 'medicare-bpm-php'])).toBe('secondary');
  });

  it('says "provider web page" or "library default" when nothing stronger supports a rule', () => {
    expect(EVIDENCE_LABELS[evidenceOf(['seed-001', 'seed-004', 'level-of-care-design'])]).toBe('provider web page');
    expect(EVIDENCE_LABELS[evidenceOf(['level-of-care-design'])]).toBe('library default');
    expect(EVIDENCE_LABELS[evidenceOf([])]).toBe('library default');
  });

  it('counts a reference outside the catalog as the program’s own, above provider pages and below payer rules', () => {
    expect(evidenceOf(['clinic-manual', 'seed-001'])).toBe('program');
    expect(evidenceOf(['clinic-manual', 'dc-22-a6329'])).toBe('secondary');
  });
});

describe('citationsOf', () => {
  it('cites regulations by title and provider pages by title and publisher, never by an internal id or file name, without repeats', () => {
    const citations = citationsOf(['cfr-42-410-43', 'seed-001', 'seed-001', 'level-of-care-design', 'clinic-manual']);
    expect(citations).toEqual([
      '42 CFR 410.43 — Partial hospitalization services: Conditions and exclusions',
      'What Is Intensive Outpatient Treatment (IOP)? — Destination Hope (provider web page)',
      'level-of-care library defaults',
      'clinic-manual',
    ]);
    for (const id of Object.keys(SOURCES)) {
      const [citation] = citationsOf([id]);
      expect(citation).not.toMatch(/seeds\/|\.txt|seed-\d/);
    }
  });
});
