import { describe, expect, it } from 'vitest';
import { defineRule, explainRecommendation, recommendLevel } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { known } from './helpers.js';

describe('explainRecommendation', () => {
  it('names the level and the rating that drives it, says ratings are not averaged, and that the table is a library default', () => {
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 })));
    expect(text).toBe(
      'Recommended level: Intensive outpatient (IOP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP) [library default].',
    );
  });

  it('names every driving rating, separated by semicolons: readiness 2 and relapse 2 both call for IOP, with the motivational caution', () => {
    expect(explainRecommendation(recommendLevel(known({ relapse: 2, readiness: 2 })))).toBe(
      'Recommended level: Intensive outpatient (IOP). The highest need sets the minimum, and ratings are never averaged: readiness and engagement rated 2 calls for at least Intensive outpatient (IOP) [library default]; relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP) [library default]. Cautions: Not yet motivated, or readiness rated 2 or more: build motivational work into the plan at the level the other needs call for, never more hours of a program [provider web page].',
    );
  });

  it('groups the levels ruled out by each rule, rules separated by semicolons, each with the kind of its evidence', () => {
    // An unstable medical condition rules out every level but inpatient; meal support IOP, OP and AC.
    const text = explainRecommendation(recommendLevel(known({}, { eatingDisorderNeedsMealSupport: true, unstableMedicalCondition: true })));
    expect(text).toBe(
      'Recommended level: Medically managed inpatient (IP). No rating calls for more than Outpatient (OP), the starting level for anyone assessed. Ruled out: A medical condition that must be treated first needs medically managed inpatient care: no other level has a medical team to treat it (unstable-medical-condition-first: WM, RES, PHP, IOP, OP and AC) [provider web page]; An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC) [provider web page].',
    );
  });

  it('lists every caution of the level as its own sentence, each with the kind of its evidence', () => {
    // PHP for relapse 2 with meal support: the meal-support caution and the missing support system.
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true })));
    expect(text).toBe(
      'Recommended level: Partial hospitalization (PHP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 2 calls for at least Intensive outpatient (IOP) [library default]. Ruled out: An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC) [provider web page]. Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals [provider web page]. Partial hospitalization expects an adequate support system outside program hours; none is recorded [state rule or payer policy].',
    );
  });

  it('answers "why not a lower level?" with the exclusions and their reasons', () => {
    const text = explainRecommendation(recommendLevel(known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true, supportSystem: true })));
    expect(text).toContain('Recommended level: Partial hospitalization (PHP).');
    expect(text).toContain('Ruled out: An eating disorder that needs support at meals rules out levels without supervised meals (eating-disorder-needs-meal-support: IOP, OP and AC) [provider web page].');
    expect(text).toContain('Cautions: An eating disorder that needs support at meals: choose a program that provides supervised meals [provider web page].');
  });

  it('says withdrawal that can be managed at home is ambulatory, alongside the program the other needs call for, and rules nothing out', () => {
    const text = explainRecommendation(recommendLevel(known({ withdrawal: 2, relapse: 3 }, { supportSystem: true })));
    expect(text).toBe(
      'Recommended level: Withdrawal management (WM). The highest need sets the minimum, and ratings are never averaged: withdrawal risk rated 2 calls for at least Withdrawal management (WM) [library default]. Withdrawal management is ambulatory — supervised visits every day while living at home — and runs alongside Partial hospitalization (PHP); no day or outpatient program is ruled out for withdrawal.',
    );
  });

  it('says when withdrawal needs a 24-hour residential setting, and when it is managed in hospital', () => {
    expect(explainRecommendation(recommendLevel(known({ withdrawal: 3 })))).toContain(
      'Withdrawal management needs a 24-hour residential setting; apart from it, the other needs call for Outpatient (OP).',
    );
    expect(explainRecommendation(recommendLevel(known({ withdrawal: 4 })))).toContain('Withdrawal management is medically managed in hospital.');
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
      'Recommended level: Partial hospitalization (PHP). The highest need sets the minimum, and ratings are never averaged: relapse and continued-use risk rated 3 calls for at least Partial hospitalization (PHP) [library default]. Partial hospitalization (PHP) is indicated but neither it nor an acceptable more intensive level is available, so it must be arranged by referral. Cautions: Partial hospitalization expects an adequate support system outside program hours; none is recorded [state rule or payer policy].',
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
      'Recommended level: Medically managed inpatient (IP). The highest need sets the minimum, and ratings are never averaged: withdrawal risk rated 2 calls for at least Withdrawal management (WM) [library default]. Withdrawal management is medically managed in hospital. Ruled out: A rating that calls for a 24-hour level (medical or psychiatric instability, early recovery) rules out programs without round-the-clock care; withdrawal goes by its setting (needs-round-the-clock-care: PHP, IOP, OP and AC) [provider web page]. Withdrawal management (WM) is indicated for withdrawal, but the other needs call for Medically managed inpatient (IP) with the levels available. Cautions: Arrange an escort to the inpatient unit [program’s own reference].',
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
