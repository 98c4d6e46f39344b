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
});
