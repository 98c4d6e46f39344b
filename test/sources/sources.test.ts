import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/index.js';

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
});
