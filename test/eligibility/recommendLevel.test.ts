import { describe, expect, it } from 'vitest';
import { POLICIES, RULES, compareIntensity, defineRule, evaluateEligibility, extendPolicy, recommendLevel } from '../../src/index.js';
import type { Assessment, LevelId, RecommendLevelOptions, Rule } from '../../src/index.js';
import { ids, known, withFinding, withRating } from './helpers.js';

describe('recommendLevel: vignettes from the seed pages', () => {
  it('finished residential, stable home, works full time (3 evenings a week), cravings → IOP (seeds 000, 001, 002)', () => {
    const result = recommendLevel(
      known({ relapse: 2, readiness: 1 }, { recentlyCompletedLevel: 'residential', canAttendDaysPerWeek: 3, supportSystem: true }),
    );
    expect(result.level).toBe('iop');
    expect(result.indicatedLevel).toBe('iop');
    expect(result.status).toBe('recommended');
    expect(result.availabilityGap).toBe(false);
    expect(result.drivers).toEqual([{ dimension: 'relapse', rating: 2, minimumLevel: 'iop' }]);
    expect(result.excluded).toEqual([]);
    expect(result.cautions).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.provisionalRange).toBeUndefined();
  });

  it('an eating disorder that needs meal support is never placed in IOP: the next level up, PHP, with a caution (seed 001)', () => {
    const result = recommendLevel(known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true, supportSystem: true }));
    expect(result.level).toBe('php');
    expect(result.excluded).toEqual([
      { level: 'iop', ruleIds: ['eating-disorder-needs-meal-support'] },
      { level: 'op', ruleIds: ['eating-disorder-needs-meal-support'] },
      { level: 'aftercare', ruleIds: ['eating-disorder-needs-meal-support'] },
    ]);
    expect(ids(result.cautions)).toEqual(['eating-disorder-meal-support-program']);
  });

  it('an imminent danger to self or others → inpatient, every other level excluded (Medicare PHP criteria)', () => {
    const result = recommendLevel(known({}, { imminentDanger: true }));
    expect(result.level).toBe('inpatient');
    expect(result.indicatedLevel).toBe('inpatient');
    expect(result.excluded.map((exclusion) => exclusion.level)).toEqual(['detox', 'residential', 'php', 'iop', 'op', 'aftercare']);
    expect(result.excluded.find((exclusion) => exclusion.level === 'php')?.ruleIds).toEqual(['php-not-imminent-danger']);
  });

  it('needs medically managed withdrawal first → withdrawal management, at home alongside IOP for relapse 2 (seeds 002, 004)', () => {
    const result = recommendLevel(known({ relapse: 2 }, { needsMedicallyManagedWithdrawal: true }));
    expect(result).toMatchObject({ level: 'detox', withdrawalManagement: 'ambulatory', programLevel: 'iop', excluded: [] });
  });

  it('a medical condition to treat first needs medically managed inpatient care: no other level has a medical team, residential included', () => {
    const result = recommendLevel(known({ relapse: 2 }, { unstableMedicalCondition: true }));
    expect(result.level).toBe('inpatient');
    expect(result.excluded.map((exclusion) => exclusion.level)).toEqual(['detox', 'residential', 'php', 'iop', 'op', 'aftercare']);
    expect(result.withdrawalManagement).toBeUndefined();
  });

  it('a medical condition to treat first with withdrawal to manage → inpatient, withdrawal managed in hospital', () => {
    const result = recommendLevel(known({ withdrawal: 2 }, { unstableMedicalCondition: true }));
    expect(result).toMatchObject({ level: 'inpatient', withdrawalManagement: 'hospital' });
  });

  it('only 2 attendable days (fewer than 3) rule out IOP and PHP: relapse 2 then needs residential care (seed 004)', () => {
    const result = recommendLevel(known({ relapse: 2 }, { canAttendDaysPerWeek: 2 }));
    expect(result.level).toBe('residential');
    expect(result.excluded).toEqual([
      { level: 'php', ruleIds: ['schedule-not-feasible'] },
      { level: 'iop', ruleIds: ['schedule-not-feasible'] },
    ]);
  });

  it('2 attendable days with low risk stay in outpatient care, which the schedule does not rule out', () => {
    expect(recommendLevel(known({ relapse: 1 }, { canAttendDaysPerWeek: 2 })).level).toBe('op');
  });

  it('not yet motivated and no substance-free home are cautions on IOP, not exclusions (seeds 000, 001, 004)', () => {
    const result = recommendLevel(known({ relapse: 2 }, { motivatedForTreatment: false, stableSubstanceFreeHome: false }));
    expect(result.level).toBe('iop');
    expect(ids(result.cautions)).toEqual(['not-yet-motivated', 'no-stable-substance-free-home']);
    expect(result.cautions[1]?.summary).toContain('recovery housing');
    expect(result.cautions.map((hit) => hit.evidence)).toEqual(['seed', 'seed']);
  });

  it('a co-occurring condition with psychiatric risk 3 → PHP, with a caution to integrate both treatments', () => {
    const result = recommendLevel(known({ psychiatric: 3 }, { coOccurringMentalHealth: true, supportSystem: true }));
    expect(result.level).toBe('php');
    expect(ids(result.cautions)).toEqual(['co-occurring-needs-integrated-program']);
  });
});

describe('recommendLevel: the placement table', () => {
  it('with no risk at all the result is outpatient, driven by no rating', () => {
    const result = recommendLevel(known());
    expect(result.level).toBe('op');
    expect(result.drivers).toEqual([]);
  });

  it('the highest minimum wins, never the average: five ratings of 0 and relapse 3 → PHP (the mean 0.5 would be OP)', () => {
    const result = recommendLevel(known({ relapse: 3 }));
    expect(result.level).toBe('php');
    expect(result.drivers).toEqual([{ dimension: 'relapse', rating: 3, minimumLevel: 'php' }]);
  });

  it('environment 3 → IOP with the recovery-housing caution, not PHP: a day program sends the person home every night', () => {
    const result = recommendLevel(known({ environment: 3 }));
    expect(result.level).toBe('iop');
    expect(result.drivers).toEqual([{ dimension: 'environment', rating: 3, minimumLevel: 'iop' }]);
    expect(ids(result.cautions)).toEqual(['no-stable-substance-free-home']);
  });

  it('environment 4 → residential: only a change of where the person lives meets it', () => {
    expect(recommendLevel(known({ environment: 4 })).level).toBe('residential');
  });

  it('readiness 4 alone → IOP with a caution for motivational work, never PHP: 20 hours a week for someone who does not want treatment defeats itself', () => {
    const result = recommendLevel(known({ readiness: 4 }));
    expect(result.level).toBe('iop');
    expect(ids(result.cautions)).toEqual(['not-yet-motivated']);
    expect(result.cautions[0]?.evidence).toBe('seed');
  });

  it('lists every rating that ties for the highest minimum as a driver', () => {
    expect(recommendLevel(known({ psychiatric: 3, relapse: 3, environment: 2 })).drivers).toEqual([
      { dimension: 'psychiatric', rating: 3, minimumLevel: 'php' },
      { dimension: 'relapse', rating: 3, minimumLevel: 'php' },
    ]);
  });

  it('withdrawal 2 → withdrawal management; withdrawal 4 → inpatient; biomedical 3 → residential', () => {
    expect(recommendLevel(known({ withdrawal: 2 })).level).toBe('detox');
    expect(recommendLevel(known({ withdrawal: 4 })).level).toBe('inpatient');
    expect(recommendLevel(known({ biomedical: 3 })).level).toBe('residential');
  });
});

describe('recommendLevel: where withdrawal is managed', () => {
  it('withdrawal 2 alone is managed at home: ambulatory withdrawal management alongside outpatient care, and none of php, iop, op or aftercare excluded', () => {
    const result = recommendLevel(known({ withdrawal: 2 }));
    expect(result).toMatchObject({ level: 'detox', indicatedLevel: 'detox', withdrawalManagement: 'ambulatory', programLevel: 'op', excluded: [] });
    expect(result.drivers).toEqual([{ dimension: 'withdrawal', rating: 2, minimumLevel: 'detox' }]);
    expect(result.trace.find((entry) => entry.ruleId === 'placement-withdrawal')).toMatchObject({ minimumLevel: 'detox', withdrawalManagement: 'ambulatory' });
    expect(result.trace.find((entry) => entry.ruleId === 'needs-round-the-clock-care')?.outcome).toBe(false);
  });

  it('withdrawal 2 with relapse 3 runs ambulatory withdrawal management alongside partial hospitalization', () => {
    expect(recommendLevel(known({ withdrawal: 2, relapse: 3 }, { supportSystem: true }))).toMatchObject({
      level: 'detox',
      withdrawalManagement: 'ambulatory',
      programLevel: 'php',
      excluded: [],
    });
  });

  it('medically managed withdrawal needed on its own is ambulatory, like a withdrawal rating of 2', () => {
    expect(recommendLevel(known({}, { needsMedicallyManagedWithdrawal: true }))).toMatchObject({
      level: 'detox',
      withdrawalManagement: 'ambulatory',
      programLevel: 'op',
    });
  });

  it('withdrawal 3 needs a 24-hour residential setting; withdrawal 4 is managed in hospital at inpatient', () => {
    expect(recommendLevel(known({ withdrawal: 3 }))).toMatchObject({ level: 'detox', withdrawalManagement: 'residential', programLevel: 'op' });
    expect(recommendLevel(known({ withdrawal: 4 }))).toMatchObject({ level: 'inpatient', withdrawalManagement: 'hospital', programLevel: 'op' });
  });

  it('withdrawal 2 with a need for 24-hour care (biomedical 3) is managed in the residential setting, never at home', () => {
    expect(recommendLevel(known({ withdrawal: 2, biomedical: 3 }))).toMatchObject({
      level: 'detox',
      withdrawalManagement: 'residential',
      programLevel: 'residential',
    });
  });

  it('withdrawal 2 with psychiatric 4 → inpatient, withdrawal managed in hospital', () => {
    expect(recommendLevel(known({ withdrawal: 2, psychiatric: 4 }))).toMatchObject({ level: 'inpatient', withdrawalManagement: 'hospital' });
  });

  it('no withdrawal need, no setting: withdrawal 1 with relapse 2 is plain IOP', () => {
    const result = recommendLevel(known({ withdrawal: 1, relapse: 2 }));
    expect(result.level).toBe('iop');
    expect('withdrawalManagement' in result).toBe(false);
    expect('programLevel' in result).toBe(false);
  });

  it('ambulatory withdrawal management not offered here: detox kept, to arrange by referral, alongside the available IOP', () => {
    const result = recommendLevel(known({ withdrawal: 2, relapse: 2 }), { availableLevels: ['iop', 'op'] });
    expect(result).toMatchObject({ level: 'detox', withdrawalManagement: 'ambulatory', programLevel: 'iop', availabilityGap: true });
    expect(ids(result.cautions)).toEqual(['arrange-by-referral']);
  });

  it('the program that runs alongside is never lowered for lack of it: PHP missing and nothing above acceptable → PHP by referral', () => {
    const result = recommendLevel(known({ withdrawal: 2, relapse: 3 }, { supportSystem: true }), { availableLevels: ['detox', 'iop', 'op'] });
    expect(result).toMatchObject({ level: 'detox', withdrawalManagement: 'ambulatory', programLevel: 'php' });
    expect(ids(result.cautions)).toEqual(['arrange-by-referral']);
    expect(result.cautions[0]?.reason).toContain('php');
  });

  it('reads the setting from the policy: a program that manages withdrawal 3 at home keeps it ambulatory', () => {
    const placement = POLICIES.general.placement;
    const policy = extendPolicy(POLICIES.general, {
      id: 'home-through-3',
      placement: { withdrawalManagement: { ...placement.withdrawalManagement, ambulatoryThrough: 3 } },
    });
    expect(recommendLevel(known({ withdrawal: 3, relapse: 2 }), { policy })).toMatchObject({ withdrawalManagement: 'ambulatory', programLevel: 'iop' });
  });

  it('inpatient reached from its own floor or by walking up is no "every level excluded" case (withdrawal 4; imminent danger)', () => {
    for (const assessment of [known({ withdrawal: 4 }), known({}, { imminentDanger: true })]) {
      const result = recommendLevel(assessment);
      expect(result.level).toBe('inpatient');
      expect(result.cautions).toEqual([]);
    }
  });

  it('readiness, relapse and environment all at 4 → residential, never inpatient or withdrawal management', () => {
    expect(recommendLevel(known({ readiness: 4, relapse: 4, environment: 4 })).level).toBe('residential');
  });

  it('reads the placement table of options.policy', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'clinic-relapse-php',
      placement: { minimumLevel: { relapse: ['op', 'op', 'php', 'php', 'residential'] } },
    });
    expect(recommendLevel(known({ relapse: 2 }), { policy }).level).toBe('php');
    expect(recommendLevel(known({ relapse: 2 })).level).toBe('iop');
  });
});

describe('recommendLevel: availability', () => {
  it('uses the next more intensive available level when the indicated one is missing (IOP → PHP), never a lower one', () => {
    const result = recommendLevel(known({ relapse: 2 }, { supportSystem: true }), { availableLevels: ['op', 'php'] });
    expect(result.level).toBe('php');
    expect(result.indicatedLevel).toBe('iop');
    expect(result.availabilityGap).toBe(true);
    expect(result.cautions).toEqual([]);
  });

  it('keeps the indicated level with a referral caution when nothing acceptable above it is available', () => {
    const result = recommendLevel(known({ relapse: 3 }, { supportSystem: true }), { availableLevels: ['iop', 'op'] });
    expect(result.level).toBe('php');
    expect(result.availabilityGap).toBe(true);
    expect(ids(result.cautions)).toEqual(['arrange-by-referral']);
    expect(result.cautions[0]?.reason).toContain('php');
    expect(result.cautions[0]?.sources).toEqual(['level-of-care-design']);
  });

  it('with no level available at all, keeps the indicated level and asks for a referral', () => {
    const result = recommendLevel(known({ relapse: 2 }), { availableLevels: [] });
    expect(result.level).toBe('iop');
    expect(result.availabilityGap).toBe(true);
    expect(ids(result.cautions)).toContain('arrange-by-referral');
  });

  it('skips withdrawal management when moving up unless it is indicated: residential missing → inpatient, not detox', () => {
    const result = recommendLevel(known({ biomedical: 3 }), { availableLevels: ['detox', 'inpatient'] });
    expect(result.level).toBe('inpatient');
    expect(result.indicatedLevel).toBe('residential');
  });

  it('with no available level but skipped withdrawal management, refers out instead of using detox', () => {
    const result = recommendLevel(known({ biomedical: 3 }), { availableLevels: ['detox', 'op'] });
    expect(result.level).toBe('residential');
    expect(ids(result.cautions)).toEqual(['arrange-by-referral']);
  });

  it('does use withdrawal management when it is indicated (withdrawal 2) and an available level meets the other needs', () => {
    // Relapse 2 alone calls for IOP, which is available; withdrawal 2 puts withdrawal management first.
    const result = recommendLevel(known({ withdrawal: 2, relapse: 2 }), { availableLevels: ['detox', 'iop', 'inpatient'] });
    expect(result.level).toBe('detox');
    expect(result.availabilityGap).toBe(false);
  });

  it('moves past an unavailable detox to inpatient when medically managed withdrawal is needed', () => {
    const result = recommendLevel(known({}, { needsMedicallyManagedWithdrawal: true }), { availableLevels: ['residential', 'inpatient'] });
    expect(result.level).toBe('inpatient');
    expect(result.indicatedLevel).toBe('detox');
  });

  it('never lets withdrawal management lower the level the other needs call for (biomedical 3 + withdrawal 2, residential missing)', () => {
    // Without the withdrawal need: residential is missing, detox is skipped → inpatient. Raising withdrawal
    // from 1 to 2 must not turn that into the less intensive detox.
    const options: RecommendLevelOptions = { availableLevels: ['detox', 'inpatient'] };
    expect(recommendLevel(known({ biomedical: 3, withdrawal: 1 }), options).level).toBe('inpatient');
    const result = recommendLevel(known({ biomedical: 3, withdrawal: 2 }), options);
    expect(result.level).toBe('inpatient');
    expect(result.indicatedLevel).toBe('detox');
    expect(result.availabilityGap).toBe(true);
    expect(ids(result.cautions)).toEqual(['withdrawal-management-does-not-replace-other-care']);
    expect(result.cautions[0]?.reason).toContain('Withdrawal management alone would give detox');
    expect(result.cautions[0]?.reason).toContain('lead to inpatient');
  });

  it('reports unknown level ids in availableLevels and ignores them', () => {
    const result = recommendLevel(known({ relapse: 2 }), { availableLevels: ['iop', 'IOP', 7] as unknown as LevelId[] });
    expect(result.level).toBe('iop');
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['options', 'availableLevels', 1],
      ['options', 'availableLevels', 2],
    ]);
    // Each message names the entry and the value received.
    expect(result.issues[0]?.message).toContain('options.availableLevels[1]: "IOP"');
    expect(result.issues[1]?.message).toContain('options.availableLevels[2]: 7');
  });

  it('reports an availableLevels that is not an array and treats every level as available', () => {
    const result = recommendLevel(known({ relapse: 2 }), { availableLevels: 'iop' as unknown as LevelId[] });
    expect(result.level).toBe('iop');
    expect(result.issues[0]?.path).toEqual(['options', 'availableLevels']);
    expect(result.issues[0]?.message).toContain('options.availableLevels: expected an array');
  });
});

describe('recommendLevel: unknown data is never guessed', () => {
  it('an empty assessment is a provisional outpatient placement that could range up to inpatient', () => {
    const result = recommendLevel({});
    expect(result.level).toBe('op');
    expect(result.status).toBe('provisional');
    expect(result.missing).toEqual([
      'risk.withdrawal',
      'risk.biomedical',
      'risk.psychiatric',
      'risk.readiness',
      'risk.relapse',
      'risk.environment',
      'findings.imminentDanger',
      'findings.needsMedicallyManagedWithdrawal',
      'findings.unstableMedicalCondition',
      'findings.eatingDisorderNeedsMealSupport',
      'findings.motivatedForTreatment',
      'findings.stableSubstanceFreeHome',
      'findings.canAttendDaysPerWeek',
    ]);
    expect(result.provisionalRange).toEqual({ least: 'op', most: 'inpatient' });
  });

  it('computes the level from the known data only: relapse 2 with psychiatric unknown is IOP, from IOP (0) to inpatient (4)', () => {
    const assessment = known({ relapse: 2 });
    const result = recommendLevel({ ...assessment, risk: { ...assessment.risk, psychiatric: 'unknown' } });
    expect(result.level).toBe('iop');
    expect(result.status).toBe('provisional');
    expect(result.missing).toEqual(['risk.psychiatric']);
    expect(result.provisionalRange).toEqual({ least: 'iop', most: 'inpatient' });
  });

  it('an absent rating counts as unknown, exactly like "unknown"', () => {
    const assessment = known({ relapse: 2 });
    const { psychiatric: _omitted, ...risk } = assessment.risk ?? {};
    expect(recommendLevel({ ...assessment, risk })).toEqual(
      recommendLevel({ ...assessment, risk: { ...risk, psychiatric: 'unknown' } }),
    );
  });

  it('brackets the attendable days when they are unknown and only IOP is available: from OP (referral) to IOP', () => {
    // 0–2 days rule out IOP → OP must be arranged by referral; 3–7 days → IOP, the next level up from OP.
    const assessment = known();
    const { canAttendDaysPerWeek: _omitted, ...findings } = assessment.findings ?? {};
    const result = recommendLevel({ ...assessment, findings }, { availableLevels: ['iop'] });
    expect(result.level).toBe('iop');
    expect(result.provisionalRange).toEqual({ least: 'op', most: 'iop' });
    expect(recommendLevel(known({}, { canAttendDaysPerWeek: 2 }), { availableLevels: ['iop'] }).level).toBe('op');
  });

  it('with the days and relapse unknown and only IOP available, the low end is OP by referral (relapse 0, 0 days), not IOP', () => {
    // Low end: relapse 0 → op; 0 days rule out iop → op to arrange by referral. High end: relapse 4 → residential,
    // not available, and nothing above it is → residential by referral.
    const assessment = withRating(withFinding(known(), 'canAttendDaysPerWeek', undefined), 'relapse', 'unknown');
    const result = recommendLevel(assessment, { availableLevels: ['iop'] });
    expect(result.level).toBe('iop');
    expect(result.provisionalRange).toEqual({ least: 'op', most: 'residential' });
  });

  it('a program rule that reads a context finding given an invalid value widens the range to the floor it could set: the finding could call for residential care', () => {
    const rule = defineRule({
      id: 'clinic-residential-for-co-occurring',
      levels: ['residential'],
      effect: 'minimum-level',
      summary: 'Our program treats co-occurring conditions in residential care.',
      sources: ['clinic-policy-4'],
      predicate: (a) =>
        a.findings.coOccurringMentalHealth === 'unknown'
          ? { outcome: 'unknown', read: ['findings.coOccurringMentalHealth'], minimumLevel: 'residential' }
          : { outcome: a.findings.coOccurringMentalHealth, read: ['findings.coOccurringMentalHealth'], minimumLevel: 'residential' },
    });
    const assessment = withFinding(known(), 'coOccurringMentalHealth', 'maybe' as never);
    const result = recommendLevel(assessment, { rules: [rule] });
    expect(result.level).toBe('op');
    expect(result.status).toBe('provisional');
    expect(result.missing).toEqual(['findings.coOccurringMentalHealth']);
    expect(result.provisionalRange).toEqual({ least: 'op', most: 'residential' });
    // Answered yes, it is residential: inside the range.
    expect(recommendLevel(withFinding(known(), 'coOccurringMentalHealth', true), { rules: [rule] }).level).toBe('residential');
  });

  it('an unknown imminent danger leaves the level to the known data, with inpatient as the top of the range', () => {
    const assessment = known({ relapse: 2 });
    const { imminentDanger: _omitted, ...findings } = assessment.findings ?? {};
    const result = recommendLevel({ ...assessment, findings });
    expect(result.level).toBe('iop');
    expect(result.missing).toEqual(['findings.imminentDanger']);
    expect(result.provisionalRange).toEqual({ least: 'iop', most: 'inpatient' });
  });
});

describe('recommendLevel: the trace', () => {
  it('lists every rule evaluated, in catalog order, with its outcome and the fields it read', () => {
    const result = recommendLevel(known({ relapse: 2 }));
    expect(result.trace.map((entry) => entry.ruleId)).toEqual(RULES.map((rule) => rule.id));
    const relapse = result.trace.find((entry) => entry.ruleId === 'placement-relapse');
    expect(relapse).toMatchObject({ effect: 'minimum-level', outcome: true, read: ['risk.relapse'], minimumLevel: 'iop' });
    expect(result.trace.find((entry) => entry.ruleId === 'schedule-not-feasible')).toMatchObject({
      outcome: false,
      read: ['findings.canAttendDaysPerWeek'],
    });
    // A rule that gives no minimum level has no minimumLevel key at all (not one set to undefined).
    const baseline = result.trace.find((entry) => entry.ruleId === 'assessed-person-gets-treatment');
    expect(Object.keys(baseline ?? {})).toEqual(['ruleId', 'effect', 'levels', 'summary', 'outcome', 'read', 'evidence']);
    // Each line says how strong the support for its rule is, read from the rule's sources.
    expect(baseline?.evidence).toBe('seed');
    expect(relapse?.evidence).toBe('editorial');
    expect(result.trace.find((entry) => entry.ruleId === 'php-not-imminent-danger')?.evidence).toBe('secondary');
  });

  it('lets a reviewer replay the decision: the highest true minimum, then the first level up that is not excluded', () => {
    for (const assessment of [
      known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true }),
      known({ biomedical: 3, psychiatric: 2 }),
      known({ withdrawal: 2 }, { imminentDanger: true }),
      known({ environment: 2 }, { canAttendDaysPerWeek: 1 }),
    ]) {
      const result = recommendLevel(assessment);
      let floor: LevelId = 'aftercare';
      for (const entry of result.trace) {
        if (entry.effect !== 'minimum-level' || entry.outcome !== true) continue;
        const level = entry.minimumLevel ?? entry.levels[0]!;
        if (compareIntensity(level, floor) > 0) floor = level;
      }
      const excluded = new Set(
        result.trace.filter((e) => e.effect === 'contraindication' && e.outcome === true).flatMap((e) => e.levels),
      );
      const order: LevelId[] = ['aftercare', 'op', 'iop', 'php', 'residential', 'detox', 'inpatient'];
      const replayed = order.find(
        (level) => compareIntensity(level, floor) >= 0 && !excluded.has(level) && (level !== 'detox' || floor === 'detox'),
      );
      expect(replayed).toBe(result.indicatedLevel);
    }
  });

  it('marks a rule that read an unknown field as unknown', () => {
    const result = recommendLevel({ risk: { relapse: 2 } });
    expect(result.trace.find((entry) => entry.ruleId === 'placement-withdrawal')).toMatchObject({
      outcome: 'unknown',
      minimumLevel: 'inpatient',
    });
  });
});

describe('recommendLevel: custom rules', () => {
  it('replaces a built-in rule with a custom rule of the same id', () => {
    // A program whose IOP meets 4 days a week: 3 attendable days are not enough.
    const stricter: Rule = defineRule({
      ...RULES.find((rule) => rule.id === 'schedule-not-feasible')!,
      summary: 'Our IOP and PHP meet at least 4 days a week.',
      sources: ['clinic-manual'],
      predicate: (a) => ({
        outcome: a.findings.canAttendDaysPerWeek === 'unknown' ? 'unknown' : a.findings.canAttendDaysPerWeek < 4,
        read: ['findings.canAttendDaysPerWeek'],
      }),
    });
    const assessment = known({ relapse: 2 }, { canAttendDaysPerWeek: 3 });
    expect(recommendLevel(assessment).level).toBe('iop');
    const result = recommendLevel(assessment, { rules: [stricter] });
    expect(result.level).toBe('residential');
    expect(result.trace.filter((entry) => entry.ruleId === 'schedule-not-feasible')).toHaveLength(1);
    expect(result.trace.map((entry) => entry.ruleId)).toEqual(RULES.map((rule) => rule.id));
  });

  it('adds a custom rule at the end of the trace', () => {
    const added = defineRule({
      id: 'clinic-court-ordered-residential',
      levels: ['residential'],
      effect: 'minimum-level',
      summary: 'A court order requires residential care.',
      sources: ['court-order'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const result = recommendLevel(known({ relapse: 2 }), { rules: [added] });
    expect(result.level).toBe('residential');
    expect(result.trace.at(-1)?.ruleId).toBe('clinic-court-ordered-residential');
  });

  it('lists the unknown fields a custom minimum-level rule read in missing', () => {
    const added = defineRule({
      id: 'clinic-psychiatric-residential',
      levels: ['op', 'residential'],
      effect: 'minimum-level',
      summary: 'Psychiatric risk 3 or more needs residential care here.',
      sources: ['clinic-manual'],
      predicate: (a) =>
        a.risk.psychiatric === 'unknown'
          ? { outcome: 'unknown', read: ['risk.psychiatric'] }
          : { outcome: a.risk.psychiatric >= 3, read: ['risk.psychiatric'], minimumLevel: 'residential' },
    });
    expect(recommendLevel({ risk: { relapse: 2 } }, { rules: [added] }).missing).toContain('risk.psychiatric');
  });

  it('lists invalid optional findings that custom placing rules read in missing, in field order; a caution rule adds none', () => {
    // An optional finding defaults to false when absent, but an invalid value is unknown: a rule that
    // places on it cannot be decided, so the answer is provisional.
    const reading = (id: string, effect: 'minimum-level' | 'contraindication' | 'caution', field: 'supportSystem' | 'severeLongStandingUse' | 'coOccurringMentalHealth') =>
      defineRule({
        id,
        levels: effect === 'minimum-level' ? ['php'] : ['op'],
        effect,
        summary: `A clinic rule on ${field}.`,
        sources: ['clinic-manual'],
        predicate: (a) => ({ outcome: a.findings[field] === 'unknown' ? 'unknown' : a.findings[field] === true, read: [`findings.${field}`] }),
      });
    const assessment = known({}, { supportSystem: 'yes', severeLongStandingUse: 1, coOccurringMentalHealth: 'no' } as never);
    const result = recommendLevel(assessment, {
      rules: [
        reading('clinic-severe-use-php', 'minimum-level', 'severeLongStandingUse'),
        reading('clinic-no-support-no-op', 'contraindication', 'supportSystem'),
        reading('clinic-co-occurring-caution', 'caution', 'coOccurringMentalHealth'),
      ],
    });
    expect(result.status).toBe('provisional');
    expect(result.missing).toEqual(['findings.supportSystem', 'findings.severeLongStandingUse']);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['findings', 'supportSystem'],
      ['findings', 'coOccurringMentalHealth'],
      ['findings', 'severeLongStandingUse'],
    ]);
  });

  it('reports a custom predicate that answers something other than true, false or unknown, and leaves the rule out', () => {
    const broken = { ...RULES[0]!, id: 'broken', predicate: () => ({ outcome: 'maybe', read: [] }) } as unknown as Rule;
    const result = recommendLevel(known(), { rules: [broken] });
    expect(result.issues.map((issue) => issue.path.join('.'))).toContain('options.rules.0.predicate');
    expect(result.issues.find((issue) => issue.path.join('.') === 'options.rules.0.predicate')?.message).toBe(
      `Invalid input: options.rules[0]: on an assessment with every field unknown, its predicate returned the outcome "maybe"; expected true, false or 'unknown'; the rule was left out.`,
    );
  });

  it('throws a readable RuleError when a custom rule that passed its checks misbehaves on a later assessment (a programmer error)', () => {
    // The probes rate every dimension 2 or leave it unknown; this predicate fails only on a relapse of 3.
    const flaky = defineRule({
      id: 'clinic-flaky',
      levels: ['iop'],
      effect: 'caution',
      summary: 'A rule with a bug on one rating.',
      sources: ['clinic'],
      predicate: (a) => {
        if (a.risk.relapse === 3) throw new Error('not written for 3');
        return { outcome: false, read: ['risk.relapse'] };
      },
    });
    expect(recommendLevel(known({ relapse: 2 }), { rules: [flaky] }).level).toBe('iop');
    expect(() => recommendLevel(known({ relapse: 3 }), { rules: [flaky] })).toThrow(/Rule "clinic-flaky" threw: not written for 3/);
    expect(() => evaluateEligibility(known({ relapse: 3 }), 'iop', { rules: [flaky] })).toThrow(/Rule "clinic-flaky" threw/);
    const sloppy = defineRule({
      ...flaky,
      id: 'clinic-sloppy',
      predicate: (a) => ({ outcome: a.risk.relapse === 3 ? ('yes' as never) : false, read: ['risk.relapse'] }),
    });
    expect(() => recommendLevel(known({ relapse: 3 }), { rules: [sloppy] })).toThrow(
      `Rule "clinic-sloppy" returned the outcome "yes"; expected true, false or 'unknown'.`,
    );
  });

  it('reports a custom minimum-level rule that names a withdrawal-management setting that does not exist', () => {
    const broken = {
      ...RULES[0]!,
      id: 'clinic-home-detox',
      predicate: () => ({ outcome: true, read: [], minimumLevel: 'detox', withdrawalManagement: 'home' }),
    } as unknown as Rule;
    const result = recommendLevel(known(), { rules: [broken] });
    expect(result.issues.map((issue) => issue.path.join('.'))).toContain('options.rules.0.predicate');
    expect(() => defineRule(broken)).toThrow(
      'Invalid rule "clinic-home-detox": on an assessment with every field unknown, its predicate returned the withdrawal-management setting "home"; expected ambulatory, residential, hospital.',
    );
  });

  it('lets a custom minimum-level rule call for withdrawal management in a setting of its own', () => {
    const clinic = defineRule({
      id: 'clinic-pregnancy-residential-withdrawal',
      levels: ['detox'],
      effect: 'minimum-level',
      summary: 'This clinic manages any withdrawal in pregnancy in its residential unit.',
      sources: ['clinic-manual'],
      predicate: (a) => ({ outcome: a.findings.needsMedicallyManagedWithdrawal, read: ['findings.needsMedicallyManagedWithdrawal'], minimumLevel: 'detox', withdrawalManagement: 'residential' }),
    });
    expect(recommendLevel(known({}, { needsMedicallyManagedWithdrawal: true }), { rules: [clinic] })).toMatchObject({
      level: 'detox',
      withdrawalManagement: 'residential',
    });
  });

  it('uses the most intensive level when custom rules exclude every level', () => {
    const everything = defineRule({
      id: 'exclude-everything',
      levels: ['inpatient', 'detox', 'residential', 'php', 'iop', 'op', 'aftercare'],
      effect: 'contraindication',
      summary: 'A test rule that rules out every level.',
      sources: ['test'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const result = recommendLevel(known(), { rules: [everything] });
    expect(result.level).toBe('inpatient');
    expect(ids(result.cautions)).toContain('every-level-excluded');
    expect(result.cautions.find((hit) => hit.id === 'every-level-excluded')?.reason).toContain('inpatient is used');
  });

  it('a custom rule that never holds changes nothing: level, drivers, exclusions with their rules and cautions stay the same', () => {
    const never = defineRule({
      id: 'clinic-never',
      levels: ['aftercare'],
      effect: 'indication',
      summary: 'A clinic rule that does not apply here.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: false, read: [] }),
    });
    const assessment = known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true, motivatedForTreatment: false });
    const result = recommendLevel(assessment, { rules: [never] });
    expect(result.level).toBe('php');
    expect(result.drivers).toEqual([{ dimension: 'relapse', rating: 2, minimumLevel: 'iop' }]);
    expect(result.excluded).toEqual([
      { level: 'iop', ruleIds: ['eating-disorder-needs-meal-support'] },
      { level: 'op', ruleIds: ['eating-disorder-needs-meal-support'] },
      { level: 'aftercare', ruleIds: ['eating-disorder-needs-meal-support'] },
    ]);
    const { trace: _custom, ...rest } = result;
    const { trace: _catalog, ...catalog } = recommendLevel(assessment);
    expect(rest).toEqual(catalog);
  });

  it('a true custom minimum-level rule without its own minimum sets the least intensive of its levels (listed in any order)', () => {
    // Levels op, residential, iop: the floor is op (rank 5), so no risk → op.
    const rule = defineRule({
      id: 'clinic-any-treatment',
      levels: ['op', 'residential', 'iop'],
      effect: 'minimum-level',
      summary: 'A clinic rule whose floor is the least intensive of its levels.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    expect(recommendLevel(known(), { rules: [rule] }).level).toBe('op');
  });

  it('walking up past a custom exclusion skips withdrawal management when it is not indicated: residential excluded → inpatient', () => {
    const noResidential = defineRule({
      id: 'clinic-no-residential',
      levels: ['residential'],
      effect: 'contraindication',
      summary: 'This clinic does not place in residential care.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const result = recommendLevel(known({ biomedical: 3 }), { rules: [noResidential] });
    expect(result.indicatedLevel).toBe('inpatient');
    expect(result.level).toBe('inpatient');
  });

  it('a custom floor of withdrawal management is kept, and with withdrawal 2 no other need raises it', () => {
    const detoxFloor = defineRule({
      id: 'clinic-detox-first',
      levels: ['detox'],
      effect: 'minimum-level',
      summary: 'The clinic starts every admission with withdrawal management.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    // No withdrawal need: detox is still the floor itself, so it is not skipped.
    expect(recommendLevel(known(), { rules: [detoxFloor] }).level).toBe('detox');
    // Withdrawal 2: without the withdrawal need the custom floor still gives detox, the same level → no caution.
    const result = recommendLevel(known({ withdrawal: 2 }), { rules: [detoxFloor] });
    expect(result.level).toBe('detox');
    expect(result.availabilityGap).toBe(false);
    expect(result.cautions).toEqual([]);
  });

  it('a custom minimum-level rule is not a driver: drivers name ratings only', () => {
    const courtOrder = defineRule({
      id: 'clinic-court-order',
      levels: ['residential'],
      effect: 'minimum-level',
      summary: 'A court order sets residential care.',
      sources: ['court-order'],
      predicate: () => ({ outcome: true, read: [], minimumLevel: 'residential' }),
    });
    const result = recommendLevel(known({ relapse: 2 }), { rules: [courtOrder] });
    expect(result.level).toBe('residential');
    expect(result.drivers).toEqual([]);
  });

  it('a custom placement rule that holds for an unknown rating sets the floor but names no driver with an unknown rating', () => {
    const relapseUnknownIop = defineRule({
      ...RULES.find((rule) => rule.id === 'placement-relapse')!,
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: ['risk.relapse'], minimumLevel: 'iop' }),
    });
    const result = recommendLevel(withRating(known(), 'relapse', 'unknown'), { rules: [relapseUnknownIop] });
    expect(result.level).toBe('iop');
    expect(result.drivers).toEqual([]);
  });

  it('reports a custom predicate that returns nothing, and leaves the rule out', () => {
    const broken = { ...RULES[0]!, id: 'broken', predicate: () => undefined } as unknown as Rule;
    const result = recommendLevel(known(), { rules: [broken] });
    expect(result.issues.map((issue) => issue.path.join('.'))).toEqual(['options.rules.0.predicate']);
    expect(result.trace.map((entry) => entry.ruleId)).toEqual(RULES.map((rule) => rule.id));
  });

  it('reports a custom rule with an effect outside the four and leaves it out', () => {
    const broken = { ...RULES[0]!, id: 'broken-effect', effect: 'bogus', predicate: () => ({ outcome: true, read: [] }) } as unknown as Rule;
    const result = recommendLevel(known(), { rules: [broken] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'rules', 0, 'effect']]]);
    expect(result.trace.map((entry) => entry.ruleId)).toEqual(RULES.map((rule) => rule.id));
  });

  it('reports rules that are not a list of rules, and uses the built-in ones', () => {
    for (const rules of [{}, null, 'placement', 7]) {
      const result = recommendLevel(known({ relapse: 2 }), { rules: rules as never });
      expect(result.level).toBe('iop');
      expect(result.issues.map((issue) => issue.path)).toEqual([['options', 'rules']]);
    }
    const entry = recommendLevel(known(), { rules: [{}] as never });
    expect(entry.issues.length).toBeGreaterThan(0);
    expect(entry.issues.every((issue) => issue.path.slice(0, 3).join('.') === 'options.rules.0')).toBe(true);
  });
});

describe('recommendLevel: bad input', () => {
  it('never throws on junk, and reports it as invalid_input issues', () => {
    for (const input of [null, undefined, 42, 'iop', [], { risk: [] }, { findings: 'none' }, { risk: { relapse: NaN } }]) {
      const result = recommendLevel(input as Assessment);
      expect(result.status).toBe('provisional');
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.every((issue) => issue.code === 'invalid_input' && issue.severity === 'error')).toBe(true);
    }
  });

  it('reads null or a stray value as options as no options', () => {
    const expected = recommendLevel(known({ relapse: 2 }));
    for (const options of [null, 42, 'iop']) {
      expect(recommendLevel(known({ relapse: 2 }), options as never)).toEqual(expected);
    }
  });

  it('treats a bad rating as unknown, never as low risk: relapse "high" is missing and the range reaches residential', () => {
    const assessment = known();
    const result = recommendLevel({ ...assessment, risk: { ...assessment.risk, relapse: 'high' } } as unknown as Assessment);
    expect(result.issues[0]?.path).toEqual(['risk', 'relapse']);
    expect(result.missing).toEqual(['risk.relapse']);
    expect(result.provisionalRange).toEqual({ least: 'op', most: 'residential' });
  });

  it('reports an unknown finding name with its path and still answers from the known data', () => {
    const result = recommendLevel(known({ relapse: 2 }, { cravings: true } as never));
    expect(result.level).toBe('iop');
    expect(result.issues.map((issue) => issue.path)).toEqual([['findings', 'cravings']]);
  });

  it('reports a bad level id in recentlyCompletedLevel without changing the placement', () => {
    const result = recommendLevel(known({ relapse: 2 }, { recentlyCompletedLevel: 'rehab' as LevelId }));
    expect(result.level).toBe('iop');
    expect(result.issues[0]?.path).toEqual(['findings', 'recentlyCompletedLevel']);
  });
});

describe('recommendLevel: purity', () => {
  it('does not mutate the input or the options', () => {
    const assessment: Assessment = known({ relapse: 2 }, { eatingDisorderNeedsMealSupport: true });
    const options = { availableLevels: ['php', 'op'] as LevelId[], policy: POLICIES.general, rules: [RULES[0]!] };
    const before = structuredClone({ assessment, availableLevels: options.availableLevels });
    const policyBefore = JSON.stringify(POLICIES.general);
    const result = recommendLevel(assessment, options);
    expect({ assessment, availableLevels: options.availableLevels }).toEqual(before);
    expect(JSON.stringify(POLICIES.general)).toBe(policyBefore);
    expect(options.rules).toEqual([RULES[0]]);
    // The result does not share mutable state with the catalog either.
    (result.cautions[0]?.sources as string[] | undefined)?.push('x');
    expect(RULES.find((rule) => rule.id === 'eating-disorder-meal-support-program')?.sources).toEqual(['seed-001']);
  });

  it('gives the same answer twice for the same input', () => {
    const assessment = known({ psychiatric: 3 }, { motivatedForTreatment: false });
    expect(recommendLevel(assessment)).toEqual(recommendLevel(assessment));
  });
});
