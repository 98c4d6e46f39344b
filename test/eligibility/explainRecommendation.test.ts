import { describe, expect, it } from 'vitest';
import { defineRule, explainRecommendation, recommendLevel } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { known } from './helpers.js';

describe('explainRecommendation', () => {
  it('names the level and the rating that drives it, and says ratings are not averaged', () => {
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 })));
    expect(text).toBe(
      'Recommended level: Intensive outpatient (IOP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP).',
    );
  });

  it('names every driving rating, separated by semicolons: readiness 2 and relapse 2 both call for IOP', () => {
    expect(explainRecommendation(recommendLevel(known({ relapse: 2, readiness: 2 })))).toBe(
      'Recommended level: Intensive outpatient (IOP). The highest need sets the minimum, and ratings are never averaged: readiness and engagement rated 2 calls for at least Intensive outpatient (IOP); relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP).',
    );
  });

  it('groups the levels ruled out by each rule, rules separated by semicolons', () => {
    // An unstable medical condition rules out PHP, IOP, OP and AC; meal support IOP, OP and AC: residential is left.
    const text = explainRecommendation(recommendLevel(known({}, { eatingDisorderNeedsMealSupport: true, unstableMedicalCondition: true })));
    expect(text).toBe(
      'Recommended level: Residential treatment (RES). No rating calls for more than Outpatient (OP), the starting level for anyone assessed. Ruled out: A medical condition that must be treated first rules out day and outpatient programs until it is stable (unstable-medical-condition-first: PHP, IOP, OP and AC); An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC). Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals.',
    );
  });

  it('lists every caution of the level as its own sentence', () => {
    // PHP for relapse 2 with meal support: the meal-support caution and the missing support system.
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true })));
    expect(text).toBe(
      'Recommended level: Partial hospitalization (PHP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP). Ruled out: An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC). Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals. Partial hospitalization expects an adequate support system outside program hours; none is recorded.',
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
    // The referral is said once, in its own sentence, not again among the cautions.
    expect(referral).toBe(
      'Recommended level: Partial hospitalization (PHP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 3 calls for at least Partial hospitalization (PHP). Partial hospitalization (PHP) is indicated but neither it nor an acceptable more intensive level is available, so it must be arranged by referral. Cautions: Partial hospitalization expects an adequate support system outside program hours; none is recorded.',
    );
  });

  it('explains why withdrawal management does not lower the level', () => {
    const text = explainRecommendation(recommendLevel(known({ biomedical: 3, withdrawal: 2 }), { availableLevels: ['detox', 'inpatient'] }));
    expect(text).toContain('Withdrawal management (WM) is indicated for withdrawal, but the other needs call for Medically managed inpatient (IP)');
  });

  it('explains withdrawal management beside other cautions of the level, and does not repeat it among them', () => {
    const escort = defineRule({
      id: 'clinic-inpatient-escort',
      levels: ['inpatient'],
      effect: 'caution',
      summary: 'Arrange an escort to the inpatient unit.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const result = recommendLevel(known({ biomedical: 3, withdrawal: 2 }), { availableLevels: ['detox', 'inpatient'], rules: [escort] });
    expect(result.cautions.map((caution) => caution.id)).toEqual(['clinic-inpatient-escort', 'withdrawal-management-does-not-replace-other-care']);
    expect(explainRecommendation(result)).toBe(
      'Recommended level: Medically managed inpatient (IP). The highest need sets the minimum, and ratings are never averaged: withdrawal risk rated 2 calls for at least Withdrawal management (WM). Ruled out: A rating that calls for a 24-hour level (medical or psychiatric instability, early recovery) rules out programs without round-the-clock care (needs-round-the-clock-care: PHP, IOP, OP and AC). Withdrawal management (WM) is indicated for withdrawal, but the other needs call for Medically managed inpatient (IP) with the levels available. Cautions: Arrange an escort to the inpatient unit.',
    );
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
