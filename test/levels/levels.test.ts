import { describe, expect, it } from 'vitest';
import { LEVELS, LEVEL_IDS, LevelIdSchema, SOURCES, compareIntensity, getLevel, type LevelId } from '../../src/index.js';

describe('LEVELS', () => {
  it('lists the seven levels from most to least intensive (REFERENCE §1)', () => {
    expect(LEVELS.map((level) => level.id)).toEqual([
      'inpatient',
      'detox',
      'residential',
      'php',
      'iop',
      'op',
      'aftercare',
    ]);
    expect(LEVELS.map((level) => level.id)).toEqual([...LEVEL_IDS]);
  });

  it('marks exactly inpatient, detox and residential as 24-hour care', () => {
    expect(LEVELS.filter((level) => level.twentyFourHour).map((level) => level.id)).toEqual([
      'inpatient',
      'detox',
      'residential',
    ]);
  });

  it('carries the typical stays of REFERENCE §6 as soft ranges', () => {
    expect(getLevel('detox')?.typicalStay).toMatchObject({ minDays: 3, maxDays: 7 });
    expect(getLevel('residential')?.typicalStay).toMatchObject({ minDays: 28, maxDays: 90 });
    // IOP 8–12 weeks (seed 000): 8 × 7 = 56 and 12 × 7 = 84 days.
    expect(getLevel('iop')?.typicalStay).toMatchObject({ minDays: 56, maxDays: 84 });
    expect(getLevel('aftercare')?.typicalStay.maxDays).toBeUndefined();
  });

  it('identifies levels by the HCPCS codes of REFERENCE §8', () => {
    const codes = (id: LevelId) => getLevel(id)?.hcpcs.map((entry) => entry.code);
    expect(codes('iop')).toEqual(['H0015', 'S9480', 'H2036']);
    expect(codes('php')).toEqual(['H0035', 'S0201', 'H2036']);
    expect(codes('residential')).toEqual(['H0018', 'H0019']);
    expect(codes('detox')).toEqual(['H0010', 'H0011', 'H0012', 'H0013', 'H0014']);
  });

  it('keeps the ASAM crosswalk to level numbers only, in both editions', () => {
    for (const level of LEVELS) {
      for (const entry of [...level.asamCrosswalk.thirdEdition, ...level.asamCrosswalk.fourthEdition]) {
        expect(entry).toMatch(/^\d(\.\d)?(-WM)?$/);
      }
    }
  });

  it('crosswalks every level to the 3rd- and 4th-edition numbers of REFERENCE §11', () => {
    // The 4th edition folds withdrawal management into 1.7, 2.7, 3.7 and 4, so detox has no -WM numbers
    // there, and 2.7 and 1.7 also name day and outpatient programs that manage withdrawal.
    const crosswalk = Object.fromEntries(LEVELS.map((level) => [level.id, level.asamCrosswalk]));
    expect(crosswalk).toEqual({
      inpatient: { thirdEdition: ['4', '4-WM'], fourthEdition: ['4'] },
      detox: { thirdEdition: ['1-WM', '2-WM', '3.2-WM', '3.7-WM', '4-WM'], fourthEdition: ['1.7', '2.7', '3.7', '4'] },
      residential: { thirdEdition: ['3.1', '3.3', '3.5', '3.7'], fourthEdition: ['3.1', '3.5', '3.7'] },
      php: { thirdEdition: ['2.5'], fourthEdition: ['2.5', '2.7'] },
      iop: { thirdEdition: ['2.1'], fourthEdition: ['2.1'] },
      op: { thirdEdition: ['1'], fourthEdition: ['1.0', '1.5', '1.7'] },
      aftercare: { thirdEdition: [], fourthEdition: [] },
    });
  });

  it('cites only known sources', () => {
    for (const level of LEVELS) {
      for (const id of [...level.sources, ...level.typicalStay.sources]) expect(SOURCES).toHaveProperty([id]);
    }
  });

  it('uses neutral names without trademarked wording', () => {
    for (const level of LEVELS) {
      const { asamCrosswalk: _crosswalk, ...described } = level;
      expect(JSON.stringify(described)).not.toMatch(/\bASAM\b/i);
    }
  });
});

describe('getLevel', () => {
  it('finds a level by id', () => {
    expect(getLevel('php')?.name).toBe('Partial hospitalization');
  });

  it('returns undefined for an id that is not a level', () => {
    expect(getLevel('IOP' as LevelId)).toBeUndefined();
  });
});

describe('compareIntensity', () => {
  it('is positive when the first level is more intensive', () => {
    expect(compareIntensity('php', 'iop')).toBeGreaterThan(0);
    expect(compareIntensity('inpatient', 'aftercare')).toBe(6);
  });

  it('is negative when the first level is less intensive, zero when equal', () => {
    expect(compareIntensity('op', 'detox')).toBeLessThan(0);
    expect(compareIntensity('iop', 'iop')).toBe(0);
  });

  it('sorts levels into intensity order', () => {
    const shuffled: LevelId[] = ['op', 'inpatient', 'iop', 'aftercare', 'detox', 'php', 'residential'];
    expect(shuffled.sort((a, b) => compareIntensity(b, a))).toEqual([...LEVEL_IDS]);
  });

  // A comparator that ranked an unknown id (it used to sort as more intensive than inpatient) would
  // put garbage among real levels without a word: it is a programmer error and throws.
  it.each([
    ['x', 'iop', '"x"'],
    ['iop', 'IOP', '"IOP"'],
    ['php', undefined, 'undefined'],
    [3, 'op', '3'],
  ])('throws a TypeError naming the unknown id in compareIntensity(%j, %j)', (a, b, named) => {
    expect(() => compareIntensity(a as LevelId, b as LevelId)).toThrow(TypeError);
    expect(() => compareIntensity(a as LevelId, b as LevelId)).toThrow(
      `compareIntensity: ${named} is not a level id; expected one of inpatient, detox, residential, php, iop, op, aftercare.`,
    );
  });
});

describe('LevelIdSchema', () => {
  it('accepts level ids and rejects anything else', () => {
    expect(LevelIdSchema.safeParse('residential').success).toBe(true);
    expect(LevelIdSchema.safeParse('Residential').success).toBe(false);
    expect(LevelIdSchema.safeParse(3).success).toBe(false);
  });
});
