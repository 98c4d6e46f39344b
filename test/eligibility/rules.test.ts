import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, POLICIES, RULES, SOURCES, extendPolicy, normalizeAssessment } from '../../src/index.js';
import type { Assessment, AssessmentField, LevelId, Policy, Rule, RuleOutcome } from '../../src/index.js';
import { known } from './helpers.js';

const general = { policy: POLICIES.general };

function run(rule: Rule, assessment: Assessment, policy: Policy = POLICIES.general) {
  return rule.predicate(normalizeAssessment(assessment).assessment, { policy });
}

function rule(id: string): Rule {
  const found = RULES.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}

interface Case {
  /** What the rule does, in words. */
  readonly says: string;
  /** Assessments and the outcome each must give. */
  readonly expect: readonly (readonly [Assessment, RuleOutcome, LevelId?])[];
  /** The fields the rule reports reading. */
  readonly read: readonly AssessmentField[];
}

const RISK: readonly AssessmentField[] = [
  'risk.withdrawal',
  'risk.biomedical',
  'risk.psychiatric',
  'risk.readiness',
  'risk.relapse',
  'risk.environment',
];

const withoutFinding = (name: string): Assessment => {
  const base = known();
  const findings = { ...base.findings } as Record<string, unknown>;
  delete findings[name];
  return { ...base, findings };
};

// One entry per rule of the catalog: a case where it holds, one where it does not, and one where it
// cannot tell. Levels in the third position are the minimum a minimum-level rule reports.
const CASES: Record<string, Case> = {
  'placement-withdrawal': {
    says: 'withdrawal 2 → at least detox (ambulatory), 4 → inpatient (general table); unknown could reach inpatient',
    expect: [
      [known({ withdrawal: 2 }), true, 'detox'],
      [known({ withdrawal: 4 }), true, 'inpatient'],
      [known({ withdrawal: 1 }), true, 'op'],
      [{}, 'unknown', 'inpatient'],
    ],
    read: ['risk.withdrawal'],
  },
  'placement-biomedical': {
    says: 'biomedical 2 → iop, 3 → residential, 4 → inpatient',
    expect: [
      [known({ biomedical: 2 }), true, 'iop'],
      [known({ biomedical: 3 }), true, 'residential'],
      [known({ biomedical: 4 }), true, 'inpatient'],
      [{}, 'unknown', 'inpatient'],
    ],
    read: ['risk.biomedical'],
  },
  'placement-psychiatric': {
    says: 'psychiatric 3 → php, 4 → inpatient',
    expect: [
      [known({ psychiatric: 3 }), true, 'php'],
      [known({ psychiatric: 4 }), true, 'inpatient'],
      [{}, 'unknown', 'inpatient'],
    ],
    read: ['risk.psychiatric'],
  },
  'placement-readiness': {
    says: 'readiness 3 → iop, and 4 → iop too: low readiness is met with motivational work, never more hours',
    expect: [
      [known({ readiness: 3 }), true, 'iop'],
      [known({ readiness: 4 }), true, 'iop'],
      [{}, 'unknown', 'iop'],
    ],
    read: ['risk.readiness'],
  },
  'placement-relapse': {
    says: 'relapse 2 → iop, 3 → php, 4 → residential',
    expect: [
      [known({ relapse: 2 }), true, 'iop'],
      [known({ relapse: 3 }), true, 'php'],
      [known({ relapse: 4 }), true, 'residential'],
      [{}, 'unknown', 'residential'],
    ],
    read: ['risk.relapse'],
  },
  'placement-environment': {
    says: 'environment 3 → iop (a day program sends the person home every night; recovery housing helps), 4 → residential',
    expect: [
      [known({ environment: 3 }), true, 'iop'],
      [known({ environment: 4 }), true, 'residential'],
      [{}, 'unknown', 'residential'],
    ],
    read: ['risk.environment'],
  },
  'assessed-person-gets-treatment': {
    says: 'always sets outpatient as the floor, reading nothing',
    expect: [
      [{}, true],
      [known(), true],
    ],
    read: [],
  },
  'withdrawal-management-first': {
    says: 'needsMedicallyManagedWithdrawal alone sets at least detox, in the ambulatory setting',
    expect: [
      [known({}, { needsMedicallyManagedWithdrawal: true }), true, 'detox'],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.needsMedicallyManagedWithdrawal'],
  },
  'imminent-danger-needs-inpatient': {
    says: 'imminent danger rules out every level but inpatient (and php, by its own rule)',
    expect: [
      [known({}, { imminentDanger: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.imminentDanger'],
  },
  'php-not-imminent-danger': {
    says: 'PHP needs a person who is not an imminent danger',
    expect: [
      [known({}, { imminentDanger: true }), true],
      [known(), false],
      [withoutFinding('imminentDanger'), 'unknown'],
    ],
    read: ['findings.imminentDanger'],
  },
  'unstable-medical-condition-first': {
    says: 'a medical condition to treat first rules out every level without a medical team: detox, residential, php, iop, op and aftercare',
    expect: [
      [known({}, { unstableMedicalCondition: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.unstableMedicalCondition'],
  },
  'eating-disorder-needs-meal-support': {
    says: 'meal support for an eating disorder rules out iop, op and aftercare',
    expect: [
      [known({}, { eatingDisorderNeedsMealSupport: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.eatingDisorderNeedsMealSupport'],
  },
  'schedule-not-feasible': {
    says: '2 attendable days (fewer than 3) rule out iop and php; 3 do not',
    expect: [
      [known({}, { canAttendDaysPerWeek: 2 }), true],
      [known({}, { canAttendDaysPerWeek: 0 }), true],
      [known({}, { canAttendDaysPerWeek: 3 }), false],
      [{}, 'unknown'],
    ],
    read: ['findings.canAttendDaysPerWeek'],
  },
  'needs-round-the-clock-care': {
    says: 'a rating whose minimum is a 24-hour level rules out the part-day levels; withdrawal goes by its setting instead',
    expect: [
      [known({ biomedical: 3 }), true],
      [known({ withdrawal: 2 }), false],
      [known({ withdrawal: 3 }), false],
      [known({ psychiatric: 3, relapse: 3 }), false],
      [{ risk: { biomedical: 4 } }, true],
      [{ risk: { biomedical: 1 } }, 'unknown'],
    ],
    read: RISK,
  },
  'not-yet-motivated': {
    says: 'not yet motivated, or readiness rated 2 or more, asks for motivational work at every level',
    expect: [
      [known({}, { motivatedForTreatment: false }), true],
      [known({ readiness: 2 }), true],
      [known({ readiness: 1 }), false],
      [{ risk: { readiness: 1 } }, 'unknown'],
      [{ risk: { readiness: 3 } }, true],
    ],
    read: ['risk.readiness', 'findings.motivatedForTreatment'],
  },
  'no-stable-substance-free-home': {
    says: 'no stable substance-free home, or an environment rated 3 or more, asks for recovery housing alongside php, iop or op',
    expect: [
      [known({}, { stableSubstanceFreeHome: false }), true],
      [known({ environment: 3 }), true],
      [known({ environment: 2 }), false],
      [{ findings: { stableSubstanceFreeHome: true } }, 'unknown'],
    ],
    read: ['risk.environment', 'findings.stableSubstanceFreeHome'],
  },
  'eating-disorder-meal-support-program': {
    says: 'meal support is a caution on php and residential',
    expect: [
      [known({}, { eatingDisorderNeedsMealSupport: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.eatingDisorderNeedsMealSupport'],
  },
  'severe-long-standing-use': {
    says: 'severe long-standing use is a caution for iop and op; absent means no',
    expect: [
      [known({}, { severeLongStandingUse: true }), true],
      [{}, false],
    ],
    read: ['findings.severeLongStandingUse'],
  },
  'co-occurring-needs-integrated-program': {
    says: 'a co-occurring condition asks for an integrated program',
    expect: [
      [known({}, { coOccurringMentalHealth: true }), true],
      [{}, false],
      [{ findings: { coOccurringMentalHealth: 'yes' } } as unknown as Assessment, 'unknown'],
    ],
    read: ['findings.coOccurringMentalHealth'],
  },
  'php-without-support-system': {
    says: 'php without a recorded support system is a caution (absent means none)',
    expect: [
      [{}, true],
      [known({}, { supportSystem: true }), false],
    ],
    read: ['findings.supportSystem'],
  },
  'php-fewer-days-than-program-week': {
    says: '4 attendable days are fewer than the 5-day php week of the general policy',
    expect: [
      [known({}, { canAttendDaysPerWeek: 4 }), true],
      [known({}, { canAttendDaysPerWeek: 5 }), false],
      [{}, 'unknown'],
    ],
    read: ['findings.canAttendDaysPerWeek', 'population'],
  },
  'inpatient-imminent-danger': {
    says: 'imminent danger speaks for inpatient care',
    expect: [
      [known({}, { imminentDanger: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.imminentDanger'],
  },
  'residential-other-treatment-failed': {
    says: 'a lower level tried without success speaks for residential care',
    expect: [
      [known({}, { lowerLevelTriedWithoutSuccess: true }), true],
      [{}, false],
    ],
    read: ['findings.lowerLevelTriedWithoutSuccess'],
  },
  'residential-relapse-history': {
    says: 'relapse rated 3 or more (a history of relapse) speaks for residential care',
    expect: [
      [known({ relapse: 3 }), true],
      [known({ relapse: 2 }), false],
      [{}, 'unknown'],
    ],
    read: ['risk.relapse'],
  },
  'residential-severe-co-occurring': {
    says: 'a co-occurring condition with psychiatric risk 3 or more speaks for residential care',
    expect: [
      [known({ psychiatric: 3 }, { coOccurringMentalHealth: true }), true],
      [known({ psychiatric: 2 }, { coOccurringMentalHealth: true }), false],
      [known({ psychiatric: 4 }), false],
      [{ findings: { coOccurringMentalHealth: true } }, 'unknown'],
      // Psychiatric 3 is severe, but whether the condition co-occurs is unknown (an invalid value).
      [known({ psychiatric: 3 }, { coOccurringMentalHealth: 'yes' as never }), 'unknown'],
    ],
    read: ['findings.coOccurringMentalHealth', 'risk.psychiatric'],
  },
  'residential-medical-detox-needed': {
    says: 'needing medical withdrawal management speaks for residential care too',
    expect: [
      [known({}, { needsMedicallyManagedWithdrawal: true }), true],
      [known(), false],
      [{}, 'unknown'],
    ],
    read: ['findings.needsMedicallyManagedWithdrawal'],
  },
  'residential-severe-long-standing-use': {
    says: 'severe long-standing use speaks for residential care',
    expect: [
      [known({}, { severeLongStandingUse: true }), true],
      [{}, false],
    ],
    read: ['findings.severeLongStandingUse'],
  },
  'php-severe-multi-area-interference': {
    says: 'two or more ratings of 3 or more (several areas severely affected) speak for php',
    expect: [
      [known({ psychiatric: 3, relapse: 3 }), true],
      [known({ psychiatric: 3 }), false],
      [{ risk: { psychiatric: 3 } }, 'unknown'],
      // 1 severe rating + 1 unknown (environment) = 2: the unknown one could still make it two.
      [{ risk: { withdrawal: 0, biomedical: 0, psychiatric: 3, readiness: 0, relapse: 0 } }, 'unknown'],
    ],
    read: RISK,
  },
  'php-step-down-from-higher-level': {
    says: 'just completed residential care speaks for php',
    expect: [
      [known({}, { recentlyCompletedLevel: 'residential' }), true],
      [known({}, { recentlyCompletedLevel: 'php' }), false],
      [{}, false],
      [{ findings: { recentlyCompletedLevel: 'rehab' } } as unknown as Assessment, 'unknown'],
    ],
    read: ['findings.recentlyCompletedLevel'],
  },
  'iop-step-down-from-higher-level': {
    says: 'just completed residential, detox or php speaks for iop',
    expect: [
      [known({}, { recentlyCompletedLevel: 'php' }), true],
      [known({}, { recentlyCompletedLevel: 'detox' }), true],
      [known({}, { recentlyCompletedLevel: 'op' }), false],
    ],
    read: ['findings.recentlyCompletedLevel'],
  },
  'iop-no-round-the-clock-need': {
    says: 'struggling (a rating of 2) without any rating calling for 24-hour care speaks for iop',
    expect: [
      [known({ relapse: 2 }), true],
      [known(), false],
      [known({ relapse: 2, biomedical: 3 }), false],
      [{ risk: { relapse: 2 } }, 'unknown'],
    ],
    read: RISK,
  },
  'iop-stable-home': {
    says: 'a stable substance-free home speaks for iop',
    expect: [
      [known(), true],
      [known({}, { stableSubstanceFreeHome: false }), false],
      [{}, 'unknown'],
    ],
    read: ['findings.stableSubstanceFreeHome'],
  },
  'iop-support-system': {
    says: 'a support system speaks for iop',
    expect: [
      [known({}, { supportSystem: true }), true],
      [{}, false],
    ],
    read: ['findings.supportSystem'],
  },
  'iop-fits-around-daily-duties': {
    says: '3 or 4 attendable days (below the 5-day php week) leave room for work, school or family',
    expect: [
      [known({}, { canAttendDaysPerWeek: 3 }), true],
      [known({}, { canAttendDaysPerWeek: 4 }), true],
      [known({}, { canAttendDaysPerWeek: 5 }), false],
      [known({}, { canAttendDaysPerWeek: 2 }), false],
      [{}, 'unknown'],
    ],
    read: ['findings.canAttendDaysPerWeek', 'population'],
  },
  'iop-cravings-or-relapse-risk': {
    says: 'cravings or relapse risk rated 2 or more speak for iop',
    expect: [
      [known({ relapse: 2 }), true],
      [known({ relapse: 1 }), false],
      [{}, 'unknown'],
    ],
    read: ['risk.relapse'],
  },
  'iop-outpatient-not-enough': {
    says: 'outpatient tried without success speaks for iop',
    expect: [
      [known({}, { lowerLevelTriedWithoutSuccess: true }), true],
      [{}, false],
    ],
    read: ['findings.lowerLevelTriedWithoutSuccess'],
  },
  'iop-co-occurring-integrated': {
    says: 'a co-occurring condition speaks for an integrated iop',
    expect: [
      [known({}, { coOccurringMentalHealth: true }), true],
      [{}, false],
    ],
    read: ['findings.coOccurringMentalHealth'],
  },
  'iop-milder-disorder': {
    says: 'a highest rating of exactly 2 without severe long-standing use can start in iop',
    expect: [
      [known({ relapse: 2, readiness: 2 }), true],
      [known({ relapse: 1 }), false],
      [known({ relapse: 3 }), false],
      [known({ relapse: 2 }, { severeLongStandingUse: true }), false],
      [{ risk: { relapse: 2 } }, 'unknown'],
      // Ratings settled at 2, but severe long-standing use is unknown (an invalid value).
      [known({ relapse: 2 }, { severeLongStandingUse: 'maybe' as never }), 'unknown'],
      // A rating above 2 settles it, whatever the unknown ratings turn out to be.
      [{ risk: { relapse: 3 } }, false],
    ],
    read: [...RISK, 'findings.severeLongStandingUse'],
  },
  'op-step-down-from-higher-level': {
    says: 'just completed iop speaks for op',
    expect: [
      [known({}, { recentlyCompletedLevel: 'iop' }), true],
      [known({}, { recentlyCompletedLevel: 'aftercare' }), false],
    ],
    read: ['findings.recentlyCompletedLevel'],
  },
};

describe('RULES, one test per rule', () => {
  it('has a test case for every rule of the catalog (a new rule needs one)', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: ${c.says}`, () => {
      const r = rule(id);
      for (const [assessment, outcome, minimumLevel] of c.expect) {
        const evaluation = run(r, assessment);
        expect(evaluation.outcome).toBe(outcome);
        expect(evaluation.read).toEqual(c.read);
        if (minimumLevel !== undefined) expect(evaluation.minimumLevel).toBe(minimumLevel);
      }
    });
  }
});

describe('RULES as data', () => {
  it('gives every rule a stable kebab-case id, used once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cites only ids of SOURCES, at least one per rule', () => {
    for (const r of RULES) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const source of r.sources) expect(Object.keys(SOURCES)).toContain(source);
    }
  });

  it('writes each summary as one line and names valid levels', () => {
    for (const r of RULES) {
      expect(r.summary).not.toMatch(/[\r\n]/);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.levels.length).toBeGreaterThan(0);
      for (const level of r.levels) expect(LEVEL_IDS).toContain(level);
    }
  });

  it('covers the default effects the design makes binding', () => {
    const levelsOf = (id: string) => [...rule(id).levels].sort();
    expect([...rule('imminent-danger-needs-inpatient').levels, ...rule('php-not-imminent-danger').levels].sort()).toEqual(
      LEVEL_IDS.filter((level) => level !== 'inpatient').sort(),
    );
    expect(levelsOf('unstable-medical-condition-first')).toEqual(['aftercare', 'detox', 'iop', 'op', 'php', 'residential']);
    expect(levelsOf('eating-disorder-needs-meal-support')).toEqual(['aftercare', 'iop', 'op']);
    expect(levelsOf('eating-disorder-meal-support-program')).toEqual(['php', 'residential']);
    expect(levelsOf('schedule-not-feasible')).toEqual(['iop', 'php']);
    expect(levelsOf('not-yet-motivated')).toEqual([...LEVEL_IDS].sort());
    expect(levelsOf('no-stable-substance-free-home')).toEqual(['iop', 'op', 'php']);
    expect(rule('eating-disorder-meal-support-program').effect).toBe('caution');
    expect(rule('not-yet-motivated').effect).toBe('caution');
  });

  it('reads the placement table of the policy in force, never a copy of it', () => {
    // A program that sends biomedical 2 to php instead of iop.
    const strict = extendPolicy(POLICIES.general, {
      id: 'strict-biomedical',
      placement: { minimumLevel: { biomedical: ['op', 'op', 'php', 'residential', 'inpatient'] } },
    });
    expect(run(rule('placement-biomedical'), known({ biomedical: 2 }), strict).minimumLevel).toBe('php');
    expect(run(rule('placement-biomedical'), known({ biomedical: 2 })).minimumLevel).toBe('iop');
  });

  it('names where withdrawal is managed: 2 ambulatory (at home), 3 residential (24-hour), 4 in hospital; lower ratings none', () => {
    const setting = (withdrawal: 0 | 1 | 2 | 3 | 4, policy?: Policy) => run(rule('placement-withdrawal'), known({ withdrawal }), policy).withdrawalManagement;
    expect([0, 1, 2, 3, 4].map((rating) => setting(rating as 0))).toEqual([undefined, undefined, 'ambulatory', 'residential', 'hospital']);
    expect(run(rule('withdrawal-management-first'), known({}, { needsMedicallyManagedWithdrawal: true })).withdrawalManagement).toBe('ambulatory');
    // A program whose policy keeps withdrawal rated 3 at home too, and sends the finding to a residential unit.
    const placement = POLICIES.general.placement;
    const homeThrough3 = extendPolicy(POLICIES.general, {
      id: 'home-through-3',
      placement: { withdrawalManagement: { ...placement.withdrawalManagement, ambulatoryThrough: 3, forFinding: 'residential' } },
    });
    expect(setting(3, homeThrough3)).toBe('ambulatory');
    expect(run(rule('withdrawal-management-first'), known({}, { needsMedicallyManagedWithdrawal: true }), homeThrough3)).toMatchObject({
      minimumLevel: 'detox',
      withdrawalManagement: 'residential',
    });
  });

  it('refuses a custom table that sets readiness above intensive outpatient, or relapse or environment above residential care: none of them calls for medical care on its own', () => {
    const table = POLICIES.general.placement.minimumLevel;
    expect(() =>
      extendPolicy(POLICIES.general, { id: 'harsh', placement: { minimumLevel: { ...table, readiness: ['op', 'op', 'php', 'residential', 'residential'] } } }),
    ).toThrow(/rating 2 calls for php, but readiness alone never calls for more than iop/);
    expect(() =>
      extendPolicy(POLICIES.general, { id: 'harsh', placement: { minimumLevel: { ...table, environment: ['op', 'op', 'iop', 'detox', 'inpatient'] } } }),
    ).toThrow(/rating 4 calls for inpatient, but environment alone never calls for more than residential/);
    // At the ceiling is accepted, and the rule reads it.
    const firm = extendPolicy(POLICIES.general, { id: 'firm', placement: { minimumLevel: { ...table, readiness: ['op', 'iop', 'iop', 'iop', 'iop'] } } });
    expect(run(rule('placement-readiness'), known({ readiness: 1 }), firm).minimumLevel).toBe('iop');
  });

  it('reads the partial-hospitalization week from the policy, and treats a policy that states none as having no week', () => {
    const stated = (policy: Policy) => policy.requirements.php?.adult;
    // medicare-2024 states no days a week for php; this one states only a most, no fewest.
    const noFewest = {
      ...POLICIES.general,
      id: 'php-days-max-only',
      requirements: {
        ...POLICIES.general.requirements,
        php: { adult: { ...stated(POLICIES.general), daysPerWeek: { max: { value: 6, sources: ['level-of-care-design'] } } } },
      },
    } as Policy;
    expect(stated(POLICIES.medicare2024)?.daysPerWeek).toBeUndefined();
    for (const policy of [POLICIES.medicare2024, noFewest]) {
      // Without a stated week, no attendable days fall short of it...
      expect(run(rule('php-fewer-days-than-program-week'), known({}, { canAttendDaysPerWeek: 3 }), policy).outcome).toBe(false);
      // ...and any 3 or more days fit around daily duties (3 is the fewest attendable days).
      expect(run(rule('iop-fits-around-daily-duties'), known({}, { canAttendDaysPerWeek: 5 }), policy).outcome).toBe(true);
      expect(run(rule('iop-fits-around-daily-duties'), known({}, { canAttendDaysPerWeek: 2 }), policy).outcome).toBe(false);
    }
  });

  it('is frozen: a caller cannot change the catalog by accident', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const r of RULES) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.levels)).toBe(true);
      expect(Object.isFrozen(r.sources)).toBe(true);
    }
  });

  it('returns the same frozen evaluation objects for yes/no findings (no allocation per call)', () => {
    const r = rule('not-yet-motivated');
    const a = normalizeAssessment(known()).assessment;
    expect(r.predicate(a, general)).toBe(r.predicate(a, general));
    expect(Object.isFrozen(r.predicate(a, general))).toBe(true);
  });
});

describe('RULES reason sentences', () => {
  const reason = (id: string, assessment: Assessment, policy: Policy = POLICIES.general): string => {
    const r = rule(id);
    const normalized = normalizeAssessment(assessment).assessment;
    if (r.explain === undefined) throw new Error(`${id} has no explain`);
    return r.explain(normalized, r.predicate(normalized, { policy }), { policy });
  };

  it('says why the schedule is not feasible, with the days in words: 1 day, 2 days (fewer than 3)', () => {
    expect(reason('schedule-not-feasible', known({}, { canAttendDaysPerWeek: 1 }))).toBe(
      'The person can attend 1 day a week; intensive outpatient and partial hospitalization need at least 3 (findings.canAttendDaysPerWeek = 1).',
    );
    expect(reason('schedule-not-feasible', known({}, { canAttendDaysPerWeek: 2 }))).toBe(
      'The person can attend 2 days a week; intensive outpatient and partial hospitalization need at least 3 (findings.canAttendDaysPerWeek = 2).',
    );
  });

  it('compares the attendable days with the policy’s partial-hospitalization week: 4 days against 5', () => {
    expect(reason('php-fewer-days-than-program-week', known({}, { canAttendDaysPerWeek: 4 }))).toBe(
      'The person can attend 4 days a week; policy "general" has partial hospitalization meet at least 5 (findings.canAttendDaysPerWeek = 4, population = adult).',
    );
  });

  it('names the rating, the floor it sets and the policy of the placement table', () => {
    expect(reason('placement-relapse', known({ relapse: 2 }))).toBe(
      'Relapse and continued-use risk rated 2 calls for at least iop in the placement table of policy "general" (risk.relapse = 2).',
    );
  });
});
