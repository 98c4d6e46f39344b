import { describe, expect, it } from 'vitest';
import { explainRecommendation, recommendLevel } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { known } from './helpers.js';

describe('explainRecommendation', () => {
  it('names the level and the rating that drives it, and says ratings are not averaged', () => {
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 })));
    expect(text).toBe(
      'Recommended level: Intensive outpatient (IOP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP).',
    );
  });

  it('answers "why not a lower level?" with the exclusions and their reasons', () => {
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true, supportSystem: true })));
    expect(text).toContain('Recommended level: Partial hospitalization (PHP).');
    expect(text).toContain('Ruled out: An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC).');
    expect(text).toContain('Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals.');
  });

  it('names findings that set a minimum of their own', () => {
    const text = explainRecommendation(recommendLevel(known({}, { needsMedicallyManagedWithdrawal: true })));
    expect(text).toContain('Withdrawal that needs medical management comes first');
  });

  it('says when no rating calls for more than outpatient care', () => {
    expect(explainRecommendation(recommendLevel(known()))).toContain('No rating calls for more than Outpatient (OP)');
  });

  it('explains an availability gap and a referral', () => {
    const gap = explainRecommendation(recommendLevel(known({ relapse: 2 }), { availableLevels: ['php'] }));
    expect(gap).toContain('Intensive outpatient (IOP) is indicated but not available, so Partial hospitalization (PHP)');
    const referral = explainRecommendation(recommendLevel(known({ relapse: 3 }), { availableLevels: ['op'] }));
    expect(referral).toContain('must be arranged by referral');
  });

  it('explains why withdrawal management does not lower the level', () => {
    const text = explainRecommendation(recommendLevel(known({ biomedical: 3, withdrawal: 2 }), { availableLevels: ['detox', 'inpatient'] }));
    expect(text).toContain('Withdrawal management (WM) is indicated for withdrawal, but the other needs call for Medically managed inpatient (IP)');
  });

  it('lists what is unknown and the range the level could take, and counts input problems', () => {
    const text = explainRecommendation(recommendLevel({ risk: { relapse: 2, withdrawal: 7 } } as unknown as Assessment));
    expect(text).toContain('Provisional recommendation: Intensive outpatient (IOP).');
    expect(text).toContain('Not yet known: risk.withdrawal, risk.biomedical');
    expect(text).toContain('the level could range from Intensive outpatient (IOP) to Medically managed inpatient (IP)');
    expect(text).toContain('1 input problem was found');
  });

  it('does not mutate the result', () => {
    const result = recommendLevel(known({ relapse: 2 }, { motivatedForTreatment: false }));
    const copy = structuredClone(result);
    explainRecommendation(result);
    expect(result).toEqual(copy);
  });
});
