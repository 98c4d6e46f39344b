import { describe, expect, it } from 'vitest';
import { POLICIES, defineRule, evaluateEligibility, extendPolicy, recommendLevel } from '../../src/index.js';
import type { Assessment, AssessmentField, LevelId, Rule, RuleEvaluation } from '../../src/index.js';
import { ids, known, withFinding, withRating } from './helpers.js';

describe('evaluateEligibility: vignettes from the seed pages', () => {
  const afterResidential = known(
    { relapse: 2, readiness: 1 },
    { recentlyCompletedLevel: 'residential', canAttendDaysPerWeek: 3, supportSystem: true },
  );

  it('finished residential, stable home, works full time, cravings: eligible for IOP, with the reasons', () => {
    const result = evaluateEligibility(afterResidential, 'iop');
    expect(result.status).toBe('eligible');
    expect(ids(result.indications)).toEqual([
      'placement-relapse',
      'iop-step-down-from-higher-level',
      'iop-no-round-the-clock-need',
      'iop-stable-home',
      'iop-support-system',
      'iop-fits-around-daily-duties',
      'iop-cravings-or-relapse-risk',
      'iop-milder-disorder',
    ]);
    expect(result.contraindications).toEqual([]);
    expect(result.missing).toEqual([]);
    const stepDown = result.indications.find((hit) => hit.id === 'iop-step-down-from-higher-level');
    expect(stepDown?.reason).toContain('findings.recentlyCompletedLevel = residential');
    expect(stepDown?.sources).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-004']);
  });

  it('the same person is not eligible for outpatient care: relapse 2 calls for at least IOP', () => {
    const result = evaluateEligibility(afterResidential, 'op');
    expect(result.status).toBe('ineligible');
    expect(ids(result.contraindications)).toEqual(['placement-relapse']);
    expect(result.contraindications[0]?.reason).toBe(
      'Relapse and continued-use risk rated 2 calls for at least iop in the placement table of policy "general" (risk.relapse = 2).',
    );
  });

  it('needs meal support for an eating disorder: not IOP; PHP with a caution about meal support', () => {
    const assessment = known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true, supportSystem: true });
    const iop = evaluateEligibility(assessment, 'iop');
    expect(iop.status).toBe('ineligible');
    expect(ids(iop.contraindications)).toEqual(['eating-disorder-needs-meal-support']);
    expect(iop.contraindications[0]?.reason).toContain('findings.eatingDisorderNeedsMealSupport = true');
    const php = evaluateEligibility(assessment, 'php');
    expect(php.status).toBe('eligible-with-cautions');
    expect(ids(php.cautions)).toEqual(['eating-disorder-meal-support-program']);
  });

  it('an imminent danger rules out PHP (not an imminent danger is a PHP criterion) and speaks for inpatient', () => {
    const assessment = known({}, { imminentDanger: true });
    const php = evaluateEligibility(assessment, 'php');
    expect(php.status).toBe('ineligible');
    expect(ids(php.contraindications)).toEqual(['php-not-imminent-danger']);
    const inpatient = evaluateEligibility(assessment, 'inpatient');
    expect(inpatient.status).toBe('eligible');
    expect(ids(inpatient.indications)).toEqual(['inpatient-imminent-danger']);
  });

  it('2 attendable days rule out IOP and PHP; 4 days leave PHP with a caution about its 5-day week', () => {
    expect(ids(evaluateEligibility(known({ relapse: 2 }, { canAttendDaysPerWeek: 2 }), 'iop').contraindications)).toEqual([
      'schedule-not-feasible',
    ]);
    const php = evaluateEligibility(known({ relapse: 3 }, { canAttendDaysPerWeek: 4, supportSystem: true }), 'php');
    expect(php.status).toBe('eligible-with-cautions');
    expect(ids(php.cautions)).toEqual(['php-fewer-days-than-program-week']);
    expect(php.cautions[0]?.reason).toContain('4 days a week');
    expect(php.cautions[0]?.reason).toContain('at least 5');
  });

  it('withdrawal risk 2 leaves IOP possible: ambulatory withdrawal management runs alongside it, a caution, not a bar', () => {
    const result = evaluateEligibility(known({ withdrawal: 2 }), 'iop');
    expect(result.status).toBe('eligible-with-cautions');
    expect(result.contraindications).toEqual([]);
    expect(ids(result.cautions)).toEqual(['placement-withdrawal']);
    expect(result.cautions[0]?.reason).toBe(
      'Withdrawal risk rated 2 calls for at least detox (ambulatory) in the placement table of policy "general" (risk.withdrawal = 2).',
    );
  });

  it('withdrawal risk 3 rules out IOP: withdrawal needs a 24-hour residential setting first', () => {
    const result = evaluateEligibility(known({ withdrawal: 3 }), 'iop');
    expect(result.status).toBe('ineligible');
    expect(ids(result.contraindications)).toEqual(['placement-withdrawal']);
  });

  it('withdrawal management is ineligible when nothing calls for it, eligible when it is needed', () => {
    const none = evaluateEligibility(known(), 'detox');
    expect(none.status).toBe('ineligible');
    expect(ids(none.contraindications)).toEqual(['withdrawal-management-not-indicated']);
    expect(none.contraindications[0]?.reason).toContain('risk.withdrawal = 0, findings.needsMedicallyManagedWithdrawal = false');
    const needed = evaluateEligibility(known({}, { needsMedicallyManagedWithdrawal: true }), 'detox');
    expect(needed.status).toBe('eligible');
    expect(ids(needed.indications)).toEqual(['withdrawal-management-first']);
  });

  it('a level more intensive than the assessment calls for is possible with a caution (least intensive safe level)', () => {
    const result = evaluateEligibility(known({ relapse: 2 }, { supportSystem: true }), 'php');
    expect(result.status).toBe('eligible-with-cautions');
    expect(ids(result.cautions)).toEqual(['more-intensive-than-indicated']);
    expect(result.cautions[0]?.reason).toContain('The assessment calls for iop');
  });

  it('not motivated is a caution on IOP, not a contraindication', () => {
    const result = evaluateEligibility(known({ relapse: 2 }, { motivatedForTreatment: false }), 'iop');
    expect(result.status).toBe('eligible-with-cautions');
    expect(ids(result.cautions)).toEqual(['not-yet-motivated']);
  });
});

describe('evaluateEligibility: missing information', () => {
  it('lists only the unknown fields that would change the answer: motivation alone for outpatient care', () => {
    const assessment = known();
    const { motivatedForTreatment: _omitted, ...findings } = assessment.findings ?? {};
    const result = evaluateEligibility({ ...assessment, findings }, 'op');
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toEqual(['findings.motivatedForTreatment']);
  });

  it('does not list a field that cannot change the answer: a home for between sessions is no caution for residential care', () => {
    const assessment = known({ biomedical: 3 });
    const { stableSubstanceFreeHome: _omitted, ...findings } = assessment.findings ?? {};
    const result = evaluateEligibility({ ...assessment, findings }, 'residential');
    expect(result.status).toBe('eligible');
    expect(result.missing).toEqual([]);
  });

  it('an unknown rating matters only if its highest minimum is above the level: relapse (at most residential) is no risk to residential', () => {
    const assessment = known({ biomedical: 3 });
    const result = evaluateEligibility({ ...assessment, risk: { ...assessment.risk, relapse: 'unknown' } }, 'residential');
    expect(result.status).toBe('eligible');
    const iop = evaluateEligibility({ ...known(), risk: { ...known().risk, relapse: 'unknown' } }, 'iop');
    expect(iop.status).toBe('insufficient-information');
    expect(iop.missing).toEqual(['risk.relapse']);
  });

  it('a known contraindication is final: unknown fields no longer matter', () => {
    const result = evaluateEligibility({ findings: { eatingDisorderNeedsMealSupport: true } }, 'iop');
    expect(result.status).toBe('ineligible');
    expect(result.missing).toEqual([]);
  });

  it('an empty assessment is insufficient for IOP, listing every required field', () => {
    const result = evaluateEligibility({}, 'iop');
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toHaveLength(13);
  });

  it('an unknown finding counts up to the most intensive level of its rule: the withdrawal need (rule level detox) for residential', () => {
    // withdrawal-management-first (levels: detox) could set a floor of detox, above residential.
    const result = evaluateEligibility(withFinding(known({ biomedical: 3 }), 'needsMedicallyManagedWithdrawal', undefined), 'residential');
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toEqual(['findings.needsMedicallyManagedWithdrawal']);
  });

  it('an unknown rating whose highest minimum equals the level cannot rule it out: relapse (at most residential) for residential', () => {
    // Relapse 4 calls for residential, not above it; biomedical 3 already calls for residential.
    const result = evaluateEligibility(withRating(known({ biomedical: 3 }), 'relapse', 'unknown'), 'residential');
    expect(result.status).toBe('eligible');
    expect(result.missing).toEqual([]);
  });

  it('an unknown finding read by a contraindication of the level is missing: meal support for IOP', () => {
    const result = evaluateEligibility(withFinding(known({ relapse: 2 }), 'eatingDisorderNeedsMealSupport', undefined), 'iop');
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toEqual(['findings.eatingDisorderNeedsMealSupport']);
  });

  it('lists missing fields in result order, not in rule order: motivation (a caution) before the days (a contraindication)', () => {
    const assessment = withFinding(withFinding(known({ relapse: 2 }), 'motivatedForTreatment', undefined), 'canAttendDaysPerWeek', undefined);
    expect(evaluateEligibility(assessment, 'iop').missing).toEqual(['findings.motivatedForTreatment', 'findings.canAttendDaysPerWeek']);
  });

  it('once a caution holds, a field that could only add another caution is not missing: PHP on 4 days, motivation unknown', () => {
    const assessment = withFinding(known({ relapse: 3 }, { canAttendDaysPerWeek: 4, supportSystem: true }), 'motivatedForTreatment', undefined);
    const result = evaluateEligibility(assessment, 'php');
    expect(result.status).toBe('eligible-with-cautions');
    expect(ids(result.cautions)).toEqual(['php-fewer-days-than-program-week']);
    expect(result.missing).toEqual([]);
  });
});

describe('evaluateEligibility: a level above the indicated one with unknown fields', () => {
  it('cautions that the assessment calls for at most the level the unknown fields could reach: inpatient, motivation unknown → at most iop', () => {
    // Relapse 2 → iop; motivation only adds cautions, so even at its adverse value the indicated level stays iop.
    const result = evaluateEligibility(withFinding(known({ relapse: 2 }), 'motivatedForTreatment', undefined), 'inpatient');
    expect(result.status).toBe('eligible-with-cautions');
    expect(ids(result.cautions)).toEqual(['more-intensive-than-indicated']);
    expect(result.cautions[0]?.reason).toContain('The assessment calls for at most iop; inpatient is more intensive');
    expect(result.missing).toEqual([]);
  });

  it('an unknown rating counts: residential with readiness unknown is at most iop (readiness 4 calls for iop), not op', () => {
    const result = evaluateEligibility(withRating(known({ relapse: 1 }), 'readiness', 'unknown'), 'residential');
    expect(result.status).toBe('eligible-with-cautions');
    expect(result.cautions[0]?.reason).toContain('The assessment calls for at most iop; residential is more intensive');
  });

  it('no caution while an unknown finding could make the level the indicated one: residential, unstable condition unknown', () => {
    // Relapse 2 → iop; an unstable medical condition would rule out php and iop → residential (rank 2 = the level).
    const result = evaluateEligibility(withFinding(known({ relapse: 2 }), 'unstableMedicalCondition', undefined), 'residential');
    expect(result.status).toBe('insufficient-information');
    expect(result.cautions).toEqual([]);
    expect(result.missing).toEqual(['findings.unstableMedicalCondition']);
  });
});

describe('evaluateEligibility: withdrawal management with unknown withdrawal data', () => {
  // A caution on detox that always holds, so that the fields listed are only those that could rule detox out.
  const detoxCaution: Rule = defineRule({
    id: 'clinic-detox-bed-check',
    levels: ['detox'],
    effect: 'caution',
    summary: 'Check that a withdrawal-management bed is free.',
    sources: ['clinic-manual'],
    predicate: () => ({ outcome: true, read: [] }),
  });
  // A policy whose withdrawal ratings call for detox at most, so that an unknown withdrawal rating cannot
  // rule detox out through the placement table.
  const policy = extendPolicy(POLICIES.general, {
    id: 'clinic-withdrawal-detox',
    placement: { minimumLevel: { withdrawal: ['op', 'op', 'detox', 'detox', 'detox'] } },
  });

  it('withdrawal 0 with the withdrawal need unknown: not yet ineligible, the need is missing', () => {
    const result = evaluateEligibility(withFinding(known(), 'needsMedicallyManagedWithdrawal', undefined), 'detox', {
      rules: [detoxCaution],
    });
    expect(result.status).toBe('insufficient-information');
    expect(result.contraindications).toEqual([]);
    expect(result.missing).toEqual(['findings.needsMedicallyManagedWithdrawal']);
  });

  it('the withdrawal rating unknown with no withdrawal need: not yet ineligible, the rating is missing', () => {
    const result = evaluateEligibility(withRating(known(), 'withdrawal', 'unknown'), 'detox', { rules: [detoxCaution], policy });
    expect(result.status).toBe('insufficient-information');
    expect(result.contraindications).toEqual([]);
    expect(result.missing).toEqual(['risk.withdrawal']);
  });

  it('both unknown: both are missing (with the catalog policy)', () => {
    const assessment = withRating(withFinding(known(), 'needsMedicallyManagedWithdrawal', undefined), 'withdrawal', 'unknown');
    const result = evaluateEligibility(assessment, 'detox');
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toEqual(['risk.withdrawal', 'findings.needsMedicallyManagedWithdrawal']);
  });
});

describe('evaluateEligibility: options', () => {
  it('applies custom rules', () => {
    const rule = defineRule({
      id: 'clinic-no-iop-for-co-occurring',
      levels: ['iop'],
      effect: 'contraindication',
      summary: 'Our IOP does not treat co-occurring mental-health conditions.',
      sources: ['clinic-policy-7'],
      predicate: (a) => ({ outcome: a.findings.coOccurringMentalHealth, read: ['findings.coOccurringMentalHealth'] }),
    });
    const result = evaluateEligibility(known({ relapse: 2 }, { coOccurringMentalHealth: true }), 'iop', { rules: [rule] });
    expect(ids(result.contraindications)).toEqual(['clinic-no-iop-for-co-occurring']);
    expect(result.contraindications[0]?.sources).toEqual(['clinic-policy-7']);
  });

  it('agrees with recommendLevel on a program rule that sets withdrawal management as the floor: detox is eligible, not ruled out for want of a withdrawal need', () => {
    const rule = defineRule({
      id: 'clinic-detox-for-benzodiazepine-taper',
      levels: ['detox'],
      effect: 'minimum-level',
      summary: 'Our program starts every benzodiazepine taper in withdrawal management.',
      sources: ['clinic-policy-9'],
      predicate: (a) => ({ outcome: a.findings.severeLongStandingUse, read: ['findings.severeLongStandingUse'] }),
    });
    const assessment = known({}, { severeLongStandingUse: true });
    expect(recommendLevel(assessment, { rules: [rule] }).level).toBe('detox');
    const result = evaluateEligibility(assessment, 'detox', { rules: [rule] });
    expect(result.status).toBe('eligible');
    expect(ids(result.indications)).toEqual(['clinic-detox-for-benzodiazepine-taper']);
  });

  it('reads the placement table of options.policy', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'clinic-relapse-php',
      placement: { minimumLevel: { relapse: ['op', 'op', 'php', 'php', 'residential'] } },
    });
    expect(evaluateEligibility(known({ relapse: 2 }), 'iop', { policy }).status).toBe('ineligible');
  });

  it('a rule that answered false is final even if it read an unknown field (minimum-level, contraindication, caution)', () => {
    // Residential for biomedical 3: no catalog rule of residential reads the attendable days.
    const assessment = withFinding(known({ biomedical: 3 }), 'canAttendDaysPerWeek', undefined);
    expect(evaluateEligibility(assessment, 'residential').status).toBe('eligible');
    const reading = (id: string, effect: Rule['effect'], level: LevelId): Rule =>
      defineRule({
        id,
        levels: [level],
        effect,
        summary: 'A clinic rule that looked at the schedule and does not apply.',
        sources: ['clinic-manual'],
        predicate: () => ({ outcome: false, read: ['findings.canAttendDaysPerWeek'] }),
      });
    const rules = [
      // Inpatient: a floor above residential, if it held.
      reading('clinic-floor', 'minimum-level', 'inpatient'),
      reading('clinic-exclusion', 'contraindication', 'residential'),
      reading('clinic-caution', 'caution', 'residential'),
    ];
    const result = evaluateEligibility(assessment, 'residential', { rules });
    expect(result.status).toBe('eligible');
    expect(result.missing).toEqual([]);
  });

  it('an unknown custom minimum-level rule without its own minimum could set the most intensive of its levels', () => {
    // Levels listed out of intensity order: op, residential, iop → the highest possible floor is residential (rank 2):
    // it could rule out php (rank 3), not residential. No catalog rule of php or residential reads the home.
    const rule = defineRule({
      id: 'clinic-severe-use-floor',
      levels: ['op', 'residential', 'iop'],
      effect: 'minimum-level',
      summary: 'With severe, long-standing use, the clinic sets a minimum level.',
      sources: ['clinic-manual'],
      predicate: (a): RuleEvaluation => {
        const severe = a.findings.severeLongStandingUse;
        return { outcome: severe === 'unknown' ? 'unknown' : severe, read: ['findings.severeLongStandingUse'] };
      },
    });
    // An invalid answer is unknown; no catalog rule of php reads it.
    const php = withFinding(known({ relapse: 3 }, { supportSystem: true }), 'severeLongStandingUse', 'often' as never);
    expect(evaluateEligibility(php, 'php').status).toBe('eligible');
    const result = evaluateEligibility(php, 'php', { rules: [rule] });
    expect(result.status).toBe('insufficient-information');
    expect(result.missing).toEqual<AssessmentField[]>(['findings.severeLongStandingUse']);
    const residential = withFinding(known({ biomedical: 3 }), 'severeLongStandingUse', 'often' as never);
    expect(evaluateEligibility(residential, 'residential', { rules: [rule] }).status).toBe('eligible');
  });

  it('reads the round-the-clock need from the table of options.policy: biomedical 3 (→ residential) rules out php', () => {
    // A policy object made here, so its placement table is read in this test.
    const policy = extendPolicy(POLICIES.general, { id: 'clinic-copy' });
    const result = evaluateEligibility(known({ biomedical: 3 }), 'php', { policy });
    expect(ids(result.contraindications)).toEqual(['placement-biomedical', 'needs-round-the-clock-care']);
  });

  it('reports a custom rule with an effect outside the four and leaves it out', () => {
    const valid = defineRule({
      id: 'broken-effect',
      levels: ['iop'],
      effect: 'caution',
      summary: 'A rule whose effect is replaced below.',
      sources: ['test'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const broken = { ...valid, effect: 'bogus' } as unknown as Rule;
    const result = evaluateEligibility(known({ relapse: 2 }), 'iop', { rules: [broken] });
    expect(result.issues.map((issue) => issue.path)).toEqual([['options', 'rules', 0, 'effect']]);
    expect(result.status).toBe('eligible');
    // Fixed once the rule is: the same rule with a valid effect is taken.
    expect(ids(evaluateEligibility(known({ relapse: 2 }), 'iop', { rules: [valid] }).cautions)).toEqual(['broken-effect']);
  });
});

describe('evaluateEligibility: bad input', () => {
  it('reports an unknown level and answers insufficient-information, without throwing', () => {
    const result = evaluateEligibility(known(), 'IOP' as LevelId);
    expect(result).toEqual({
      level: 'IOP',
      status: 'insufficient-information',
      indications: [],
      contraindications: [],
      cautions: [],
      missing: [],
      issues: [expect.objectContaining({ code: 'invalid_input', path: ['level'] })],
    });
    // The message names the value received.
    expect(result.issues[0]?.message).toContain('"IOP"');
  });

  it('reads null or a stray value as options as no options', () => {
    const expected = evaluateEligibility(known({ relapse: 2 }), 'iop');
    for (const options of [null, 42, 'iop']) {
      expect(evaluateEligibility(known({ relapse: 2 }), 'iop', options as never)).toEqual(expected);
    }
  });

  it('never throws on junk assessments, and treats bad fields as unknown', () => {
    for (const input of [null, 7, 'x', [], { risk: { withdrawal: 9 } }, { findings: { imminentDanger: 'no' } }]) {
      const result = evaluateEligibility(input as Assessment, 'iop');
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.status).toBe('insufficient-information');
    }
  });

  it('does not mutate the input', () => {
    const assessment: Assessment = known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true });
    const copy = structuredClone(assessment);
    evaluateEligibility(assessment, 'php');
    expect(assessment).toEqual(copy);
  });
});
