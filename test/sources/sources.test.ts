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

  it('names each seed page by its file name', () => {
    const files = [
      '000_da4e42c65b9769dd.txt',
      '001_1b28b8df4ed6684b.txt',
      '002_f2400e626920090b.txt',
      '003_1759ee238768e52c.txt',
      '004_6c02e241b7ffa732.txt',
    ];
    files.forEach((file, index) => expect(SOURCES[`seed-00${index}` as keyof typeof SOURCES].title).toContain(file));
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
  it('cites regulations by title and provider pages by publisher, never by an internal id or file name, without repeats', () => {
    const citations = citationsOf(['dc-22-a6329', 'seed-000', 'seed-002', 'level-of-care-design', 'clinic-manual']);
    expect(citations).toEqual([
      'DC Municipal Regulations 22-A6329 — Intensive outpatient services',
      'Greater Boston Addiction Centers (provider web page)',
      'level-of-care library defaults',
      'clinic-manual',
    ]);
    for (const id of Object.keys(SOURCES)) {
      const [citation] = citationsOf([id]);
      expect(citation).not.toMatch(/seeds\/|\.txt|seed-\d/);
    }
  });
});
