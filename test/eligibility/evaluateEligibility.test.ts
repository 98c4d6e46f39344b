import { describe, expect, it } from 'vitest';
import { POLICIES, defineRule, evaluateEligibility, extendPolicy } from '../../src/index.js';
import type { Assessment, LevelId } from '../../src/index.js';
import { known } from './helpers.js';

const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);

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

  it('withdrawal risk 2 rules out IOP: withdrawal management first', () => {
    const result = evaluateEligibility(known({ withdrawal: 2 }), 'iop');
    expect(result.status).toBe('ineligible');
    expect(ids(result.contraindications)).toEqual(['placement-withdrawal', 'needs-round-the-clock-care']);
  });

  it('withdrawal management is ineligible when nothing calls for it, eligible when it is needed', () => {
    const none = evaluateEligibility(known(), 'detox');
    expect(none.status).toBe('ineligible');
    expect(ids(none.contraindications)).toEqual(['withdrawal-management-not-indicated']);
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

  it('does not list a field that cannot change the answer: motivation is no caution for residential care', () => {
    const assessment = known({ biomedical: 3 });
    const { motivatedForTreatment: _omitted, ...findings } = assessment.findings ?? {};
    const result = evaluateEligibility({ ...assessment, findings }, 'residential');
    expect(result.status).toBe('eligible');
    expect(result.missing).toEqual([]);
  });

  it('an unknown rating matters only if its highest minimum is above the level: readiness (at most php) is no risk to residential', () => {
    const assessment = known({ biomedical: 3 });
    const result = evaluateEligibility({ ...assessment, risk: { ...assessment.risk, readiness: 'unknown' } }, 'residential');
    expect(result.status).toBe('eligible');
    const iop = evaluateEligibility({ ...known(), risk: { ...known().risk, readiness: 'unknown' } }, 'iop');
    expect(iop.status).toBe('insufficient-information');
    expect(iop.missing).toEqual(['risk.readiness']);
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

  it('reads the placement table of options.policy', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'clinic-relapse-php',
      placement: { minimumLevel: { relapse: ['op', 'op', 'php', 'php', 'residential'] } },
    });
    expect(evaluateEligibility(known({ relapse: 2 }), 'iop', { policy }).status).toBe('ineligible');
  });
});

describe('evaluateEligibility: bad input', () => {
  it('reports an unknown level and answers insufficient-information, without throwing', () => {
    const result = evaluateEligibility(known(), 'IOP' as LevelId);
    expect(result.status).toBe('insufficient-information');
    expect(result.issues.map((issue) => issue.path)).toEqual([['level']]);
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
