import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  LEVEL_IDS,
  LevelIdSchema,
  POLICIES,
  RULES,
  SOURCES,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  compareIntensity,
  evaluateEligibility,
  extendPolicy,
  getLevel,
  normalizeAssessment,
  recommendLevel,
  type LevelId,
} from '../../src/index.js';
import { known } from '../eligibility/helpers.js';

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

  it('marks inpatient and residential as 24-hour care, and withdrawal management as 24-hour only in its residential and hospital settings', () => {
    expect(LEVELS.filter((level) => level.twentyFourHour === true).map((level) => level.id)).toEqual(['inpatient', 'residential']);
    expect(getLevel('detox')?.twentyFourHour).toBe('by-setting');
    expect(getLevel('detox')?.settings?.map((setting) => [setting.id, setting.twentyFourHour, setting.placedAt])).toEqual([
      ['ambulatory', false, 'detox'],
      ['residential', true, 'detox'],
      ['hospital', true, 'inpatient'],
    ]);
    expect(getLevel('detox')?.settings?.map((setting) => setting.id)).toEqual([...WITHDRAWAL_MANAGEMENT_SETTINGS]);
    expect(LEVELS.filter((level) => level.settings !== undefined).map((level) => level.id)).toEqual(['detox']);
  });

  it('identifies each withdrawal-management setting by its own HCPCS codes: H0014 and the outpatient H0012/H0013 ambulatory, H0010/H0011 residential', () => {
    const detox = getLevel('detox');
    expect(detox?.settings?.map((setting) => setting.hcpcs)).toEqual([['H0012', 'H0013', 'H0014'], ['H0010', 'H0011'], []]);
    const codes = new Set(detox?.hcpcs.map((entry) => entry.code));
    for (const setting of detox?.settings ?? []) for (const code of setting.hcpcs) expect(codes.has(code)).toBe(true);
  });

  // The placement engine keeps its own small table of round-the-clock care; these hold it to LEVELS.
  it('rules out part-day programs for a 24-hour need exactly where LEVELS says the level is not 24-hour care', () => {
    const partDay = RULES.find((rule) => rule.id === 'needs-round-the-clock-care')?.levels;
    expect(partDay).toEqual(LEVELS.filter((level) => level.twentyFourHour === false).map((level) => level.id));
    const table = POLICIES.general.placement.minimumLevel;
    for (const level of LEVEL_IDS) {
      // A custom table whose every biomedical rating calls for `level`.
      const policy = extendPolicy(POLICIES.general, { id: `biomedical-${level}`, placement: { minimumLevel: { ...table, biomedical: [level, level, level, level, level] } } });
      const rule = RULES.find((entry) => entry.id === 'needs-round-the-clock-care')!;
      const outcome = rule.predicate(normalizeAssessment(known({ biomedical: 3 })).assessment, { policy }).outcome;
      // A withdrawal-management floor outside the withdrawal row has no setting: it counts as 24-hour care.
      expect(outcome).toBe(getLevel(level)?.twentyFourHour !== false);
    }
  });

  it('places each withdrawal-management setting where LEVELS says, and rules out part-day programs only for a 24-hour setting', () => {
    for (const setting of getLevel('detox')?.settings ?? []) {
      const rating = ({ ambulatory: 2, residential: 3, hospital: 4 } as const)[setting.id];
      const result = recommendLevel(known({ withdrawal: rating }));
      expect([result.level, result.withdrawalManagement]).toEqual([setting.placedAt, setting.id]);
      expect(evaluateEligibility(known({ withdrawal: rating }), 'iop').status === 'ineligible').toBe(setting.twentyFourHour);
    }
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

  // A comparator that ranked an unknown id (say, as more intensive than inpatient) would put garbage
  // among real levels without a word: it is a programmer error and throws.
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
