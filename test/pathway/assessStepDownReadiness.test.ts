import { describe, expect, it } from 'vitest';
import {
  LEVEL_IDS,
  POLICIES,
  READINESS_CRITERIA,
  STEP_DOWN_PATHWAY_SOURCES,
  STEP_UP_TRIGGERS,
  assessStepDownReadiness,
  extendPolicy,
  type StepDownProgress,
} from '../../src/index.js';
import { ids } from '../eligibility/helpers.js';

// Known answers that clear both step-up triggers.
const noRisk = { newRisk: false, recentUse: false } as const;

// Every note carries a summary; its wording is not pinned, only that it is there.
const explained = { summary: expect.stringMatching(/\w/) };

describe('assessStepDownReadiness: step-down', () => {
  it('steps detox down to php once withdrawal has resolved and the person is medically stable', () => {
    const result = assessStepDownReadiness('detox', {
      daysAtLevel: 4,
      attendanceRate: 1,
      withdrawalResolved: true,
      medicallyStable: true,
      ...noRisk,
    });
    expect(result).toMatchObject({ ok: true, decision: 'step-down', target: 'php', missing: [], notes: [], issues: [] });
    expect(ids(result.reasons)).toEqual(['readiness/detox/withdrawal-resolved', 'readiness/detox/medically-stable']);
    expect(result.reasons[0]).toMatchObject({ reason: 'withdrawalResolved is true', sources: ['seed-003', 'seed-004'] });
  });

  it('steps php down to iop when medically and psychiatrically stable and without acute risk; attendance of 0.85 (≥ 0.8) asks for nothing', () => {
    const result = assessStepDownReadiness('php', {
      daysAtLevel: 20,
      attendanceRate: 0.85,
      medicallyStable: true,
      psychiatricallyStable: true,
      ...noRisk,
    });
    expect(result.decision).toBe('step-down');
    expect(result.target).toBe('iop');
    expect(ids(result.reasons)).toEqual(['readiness/php/medically-stable', 'readiness/php/psychiatrically-stable', 'readiness/php/no-acute-risk']);
    expect(result.reassess).toEqual([]);
  });

  it('steps iop down to op with goals met, 30 days abstinent (30 ≥ 30) and a relapse-prevention plan', () => {
    const result = assessStepDownReadiness('iop', {
      daysAtLevel: 45,
      attendanceRate: 0.8,
      treatmentGoalsMet: true,
      daysAbstinent: 30,
      relapsePreventionPlan: true,
      ...noRisk,
    });
    expect(result.decision).toBe('step-down');
    expect(result.target).toBe('op');
    expect(ids(result.reasons)).toEqual(['readiness/iop/goals-met', 'readiness/iop/abstinence', 'readiness/iop/relapse-prevention-plan']);
    expect(result.reasons[1]?.reason).toBe('30 days abstinent meets the 30-day minimum');
  });

  it('steps op down to aftercare with goals met, no recent use and manageable cravings', () => {
    const result = assessStepDownReadiness('op', {
      daysAtLevel: 90,
      attendanceRate: 0.7,
      treatmentGoalsMet: true,
      cravingsManageable: true,
      ...noRisk,
    });
    expect(result).toMatchObject({ decision: 'step-down', target: 'aftercare' });
  });

  it('steps residential down to php, and inpatient to php', () => {
    expect(
      assessStepDownReadiness('residential', {
        daysAtLevel: 28,
        attendanceRate: 0.9,
        psychiatricallyStable: true,
        cravingsManageable: true,
        stableHousing: true,
        ...noRisk,
      }),
    ).toMatchObject({ decision: 'step-down', target: 'php' });
    expect(
      assessStepDownReadiness('inpatient', { daysAtLevel: 5, attendanceRate: 1, medicallyStable: true, psychiatricallyStable: true, ...noRisk }),
    ).toMatchObject({ decision: 'step-down', target: 'php' });
  });

  it('steps down before the soft minimum of days, with a note (detox: 2 days < 3)', () => {
    const result = assessStepDownReadiness('detox', {
      daysAtLevel: 2,
      attendanceRate: 1,
      withdrawalResolved: true,
      medicallyStable: true,
      ...noRisk,
    });
    expect(result.decision).toBe('step-down');
    expect(result.notes).toEqual([
      expect.objectContaining({
        ...explained,
        id: 'readiness/detox/min-days',
        reason: '2 days at detox, the usual minimum is 3',
        sources: [...(POLICIES.general.stepDown.minDaysAtLevel.detox?.sources ?? [])],
      }),
    ]);
    expect(result.notes[0]?.sources.length).toBeGreaterThan(0);
  });

  it('adds no note on the day the soft minimum is reached (detox: 3 days, not < 3)', () => {
    const result = assessStepDownReadiness('detox', {
      daysAtLevel: 3,
      attendanceRate: 1,
      withdrawalResolved: true,
      medicallyStable: true,
      ...noRisk,
    });
    expect(result).toMatchObject({ decision: 'step-down', target: 'php', notes: [] });
  });

  it('passes over an unavailable target level (php → op when iop is not offered)', () => {
    const ready = { daysAtLevel: 20, attendanceRate: 0.9, medicallyStable: true, psychiatricallyStable: true, ...noRisk };
    const result = assessStepDownReadiness('php', ready, { availableLevels: ['php', 'op'] });
    expect(result.target).toBe('op');
    expect(result.notes.map((note) => note.reason)).toEqual(['iop is not among the available levels, so php steps down to op']);
    expect(result.notes[0]).toMatchObject({ ...explained, id: 'pathway/level-skipped', sources: [...STEP_DOWN_PATHWAY_SOURCES] });
  });

  it('steps detox down to residential when the assessment indicates it, noting a referral when it is not offered', () => {
    const ready = { daysAtLevel: 5, attendanceRate: 1, withdrawalResolved: true, medicallyStable: true, ...noRisk };
    // Biomedical risk 3 sets a minimum of residential care.
    const assessment = { risk: { biomedical: 3 as const } };
    expect(assessStepDownReadiness('detox', ready, { assessment }).target).toBe('residential');
    const referral = assessStepDownReadiness('detox', ready, { assessment, availableLevels: ['detox', 'php'] });
    expect(referral).toMatchObject({ decision: 'step-down', target: 'residential' });
    expect(referral.notes).toEqual([
      {
        ...explained,
        id: 'pathway/level-by-referral',
        reason: 'the assessment calls for residential or more, and residential is not among the available levels',
        sources: [...STEP_DOWN_PATHWAY_SOURCES],
        evidence: 'secondary',
      },
    ]);
  });

  it('takes the thresholds from the policy (attendance 0.9 for the reason to reassess, abstinence 60 days for the gate)', () => {
    const strict = extendPolicy(POLICIES.general, {
      id: 'strict',
      stepDown: {
        minAttendanceRate: { value: 0.9, sources: ['clinic-manual'] },
        minDaysAbstinent: { iop: { value: 60, sources: ['clinic-manual'] } },
      },
    });
    const progress: StepDownProgress = {
      daysAtLevel: 45,
      attendanceRate: 0.85,
      treatmentGoalsMet: true,
      daysAbstinent: 45,
      relapsePreventionPlan: true,
      ...noRisk,
    };
    expect(assessStepDownReadiness('iop', progress).decision).toBe('step-down');
    const result = assessStepDownReadiness('iop', progress, { policy: strict });
    expect(result.decision).toBe('continue');
    expect(result.reasons.map((hit) => hit.reason)).toEqual(['45 days abstinent is below the 60-day minimum']);
    expect(result.reasons[0]?.sources).toEqual(['level-of-care-design', 'clinic-manual']);
    expect(result.reassess.map((hit) => hit.reason)).toEqual(['attendance 0.85 is below the 0.9 minimum']);
    expect(result.reassess[0]?.sources).toEqual(['level-of-care-design', 'clinic-manual']);
  });

  it('accepts custom criteria for a level', () => {
    const criteria = {
      detox: [
        {
          id: 'clinic/detox/housing',
          summary: 'Housing arranged',
          check: { kind: 'flag', field: 'stableHousing', expected: true },
          sources: ['clinic-manual'],
        },
      ],
    } as const;
    const result = assessStepDownReadiness('detox', { daysAtLevel: 5, attendanceRate: 1, stableHousing: true, ...noRisk }, { criteria });
    expect(result).toMatchObject({ decision: 'step-down', target: 'php' });
    expect(ids(result.reasons)).toEqual(['clinic/detox/housing']);
  });
});

describe('assessStepDownReadiness: continue', () => {
  it('attendance of 0.79 (< 0.8) is a reason to reassess, never a gate that keeps a stable person in PHP: step down to IOP, not continue', () => {
    const result = assessStepDownReadiness('php', {
      daysAtLevel: 30,
      attendanceRate: 0.79,
      medicallyStable: true,
      psychiatricallyStable: true,
      ...noRisk,
    });
    expect(result).toMatchObject({ decision: 'step-down', target: 'iop' });
    expect(result.reassess).toEqual([
      {
        ...explained,
        id: 'readiness/reassess/low-attendance',
        reason: 'attendance 0.79 is below the 0.8 minimum',
        sources: ['level-of-care-design'],
        evidence: 'editorial',
      },
    ]);
  });

  it('continues while a criterion is not met, listing it as the reason, and says low attendance calls for a reassessment: never a silent continue', () => {
    const result = assessStepDownReadiness('php', {
      daysAtLevel: 30,
      attendanceRate: 0.5,
      medicallyStable: true,
      psychiatricallyStable: false,
      ...noRisk,
    });
    expect(result.decision).toBe('continue');
    expect(result.target).toBeUndefined();
    expect(ids(result.reasons)).toEqual(['readiness/php/psychiatrically-stable']);
    expect(ids(result.reassess)).toEqual(['readiness/reassess/low-attendance']);
  });

  it('lets a program make attendance a gate of its own with a criterion of kind attendance', () => {
    const criteria = {
      php: [{ id: 'clinic/php/attendance', summary: 'Attends as scheduled', check: { kind: 'attendance' }, sources: ['clinic-manual'] }],
    } as const;
    const result = assessStepDownReadiness('php', { daysAtLevel: 30, attendanceRate: 0.79, ...noRisk }, { criteria });
    expect(result.decision).toBe('continue');
    expect(result.reasons[0]).toMatchObject({ id: 'clinic/php/attendance', reason: 'attendance 0.79 is below the 0.8 minimum', evidence: 'program' });
  });

  it('continues at iop with 29 days abstinent (29 < 30)', () => {
    const result = assessStepDownReadiness('iop', {
      daysAtLevel: 60,
      attendanceRate: 1,
      treatmentGoalsMet: true,
      daysAbstinent: 29,
      relapsePreventionPlan: true,
      ...noRisk,
    });
    expect(result.decision).toBe('continue');
    expect(ids(result.reasons)).toEqual(['readiness/iop/abstinence']);
  });

  it('does not move anyone because of time alone: 200 days at iop with goals not met', () => {
    const result = assessStepDownReadiness('iop', {
      daysAtLevel: 200,
      attendanceRate: 1,
      treatmentGoalsMet: false,
      daysAbstinent: 100,
      relapsePreventionPlan: true,
      ...noRisk,
    });
    expect(result.decision).toBe('continue');
    expect(ids(result.reasons)).toEqual(['readiness/iop/goals-met']);
  });

  it('continues and lists what is missing when criteria are unknown', () => {
    const result = assessStepDownReadiness('detox', { daysAtLevel: 4, attendanceRate: 1, withdrawalResolved: true });
    expect(result.decision).toBe('continue');
    expect(result.reasons).toEqual([]);
    // recentUse: false or cravingsManageable: true would each rule out the use trigger.
    expect(result.missing).toEqual(['medicallyStable', 'recentUse', 'cravingsManageable', 'newRisk']);
  });

  it('never reads an unknown new risk as no risk', () => {
    const result = assessStepDownReadiness('detox', {
      daysAtLevel: 4,
      attendanceRate: 1,
      withdrawalResolved: true,
      medicallyStable: true,
      recentUse: false,
    });
    expect(result.decision).toBe('continue');
    expect(result.missing).toEqual(['newRisk']);
  });

  it('lists only the fields that could change the answer when a criterion already fails', () => {
    const result = assessStepDownReadiness('detox', { daysAtLevel: 1, attendanceRate: 1, withdrawalResolved: false });
    expect(result.decision).toBe('continue');
    // medicallyStable cannot turn this into a step-down; the trigger fields could turn it into a step-up.
    expect(result.missing).toEqual(['recentUse', 'cravingsManageable', 'newRisk']);
  });

  it('lists daysAbstinent as missing at iop instead of reading it as 0 days (no reason, no step-down)', () => {
    const result = assessStepDownReadiness('iop', {
      daysAtLevel: 45,
      attendanceRate: 0.9,
      treatmentGoalsMet: true,
      relapsePreventionPlan: true,
      ...noRisk,
    });
    expect(result).toMatchObject({ ok: true, decision: 'continue', reasons: [], missing: ['daysAbstinent'] });
  });

  it('decides without attendanceRate when an untyped caller leaves it out: attendance gates nothing, and no reason to reassess is invented', () => {
    const progress = { daysAtLevel: 20, medicallyStable: true, psychiatricallyStable: true, ...noRisk } as unknown as StepDownProgress;
    expect(assessStepDownReadiness('php', progress)).toMatchObject({ decision: 'step-down', missing: [], reassess: [] });
  });

  it('continues at aftercare, the last level, with a note', () => {
    const result = assessStepDownReadiness('aftercare', { daysAtLevel: 400, attendanceRate: 1, ...noRisk });
    expect(result).toMatchObject({ decision: 'continue', reasons: [], missing: [] });
    expect(result.notes[0]).toMatchObject({ id: 'pathway/no-lower-level', reason: 'aftercare is the last level of the pathway' });
  });

  it('continues at op with a note when no lower level is available (aftercare not offered)', () => {
    const result = assessStepDownReadiness('op', { daysAtLevel: 90, attendanceRate: 1, treatmentGoalsMet: true, cravingsManageable: true, ...noRisk }, {
      availableLevels: ['op'],
    });
    expect(result).toMatchObject({ ok: true, decision: 'continue', reasons: [], missing: [] });
    expect(result.target).toBeUndefined();
    expect(result.notes).toEqual([
      { ...explained, id: 'pathway/no-lower-level', reason: 'no level below op is available', sources: [...STEP_DOWN_PATHWAY_SOURCES], evidence: 'secondary' },
    ]);
  });
});

describe('assessStepDownReadiness: step-up', () => {
  it('steps up one level on a new risk (iop → php)', () => {
    const result = assessStepDownReadiness('iop', { daysAtLevel: 10, attendanceRate: 1, newRisk: true });
    expect(result).toMatchObject({ ok: true, decision: 'step-up', target: 'php', missing: [], notes: [] });
    expect(ids(result.reasons)).toEqual(['readiness/step-up/new-risk']);
    const trigger = STEP_UP_TRIGGERS.find((candidate) => candidate.id === 'readiness/step-up/new-risk');
    expect(result.reasons[0]?.sources).toEqual([...(trigger?.sources ?? [])]);
    expect(result.reasons[0]?.sources.length).toBeGreaterThan(0);
  });

  it('steps up on recent use with cravings that are not manageable (op → iop)', () => {
    const result = assessStepDownReadiness('op', {
      daysAtLevel: 40,
      attendanceRate: 0.9,
      recentUse: true,
      cravingsManageable: false,
      newRisk: false,
    });
    expect(result.decision).toBe('step-up');
    expect(result.target).toBe('iop');
    expect(result.reasons[0]?.reason).toBe('recentUse is true and cravingsManageable is false');
  });

  it('does not step up on recent use when cravings are manageable', () => {
    const result = assessStepDownReadiness('iop', {
      daysAtLevel: 40,
      attendanceRate: 1,
      recentUse: true,
      cravingsManageable: true,
      newRisk: false,
      treatmentGoalsMet: true,
      daysAbstinent: 2,
      relapsePreventionPlan: true,
    });
    expect(result.decision).toBe('continue');
    expect(ids(result.reasons)).toEqual(['readiness/iop/abstinence']);
  });

  it('steps up even when every step-down criterion is met', () => {
    const result = assessStepDownReadiness('detox', {
      daysAtLevel: 5,
      attendanceRate: 1,
      withdrawalResolved: true,
      medicallyStable: true,
      newRisk: true,
    });
    expect(result).toMatchObject({ decision: 'step-up', target: 'inpatient' });
  });

  it('steps aftercare up to op, php up to residential, residential up to inpatient', () => {
    const risk = { daysAtLevel: 1, attendanceRate: 1, newRisk: true };
    expect(assessStepDownReadiness('aftercare', risk).target).toBe('op');
    expect(assessStepDownReadiness('php', risk).target).toBe('residential');
    expect(assessStepDownReadiness('residential', risk).target).toBe('inpatient');
  });

  it('continues at inpatient, which has no more intensive level, keeping the trigger as reason', () => {
    const result = assessStepDownReadiness('inpatient', { daysAtLevel: 1, attendanceRate: 1, newRisk: true });
    expect(result.decision).toBe('continue');
    expect(result.target).toBeUndefined();
    expect(ids(result.reasons)).toEqual(['readiness/step-up/new-risk']);
    // recentUse and cravingsManageable are unknown, but no answer could change a decision that cannot move up.
    expect(result).toMatchObject({ missing: [], notes: [] });
  });

  it('steps up to the nearest available level at or above the target', () => {
    const risk = { daysAtLevel: 1, attendanceRate: 1, newRisk: true };
    // op → iop is offered: no note.
    expect(assessStepDownReadiness('op', risk, { availableLevels: ['iop', 'op'] })).toMatchObject({ target: 'iop', notes: [] });
    // iop is not offered, php (the next one up) is: php, no referral.
    expect(assessStepDownReadiness('op', risk, { availableLevels: ['php', 'op'] })).toMatchObject({ target: 'php', notes: [] });
    const none = assessStepDownReadiness('op', risk, { availableLevels: ['op'] });
    expect(none.target).toBe('iop');
    expect(none.notes).toEqual([
      { ...explained, id: 'pathway/level-by-referral', reason: 'iop is not among the available levels', sources: [...STEP_DOWN_PATHWAY_SOURCES], evidence: 'secondary' },
    ]);
  });

  it('steps up to the level the assessment indicates when it is more intensive (withdrawal 2 → detox)', () => {
    const result = assessStepDownReadiness('iop', { daysAtLevel: 10, attendanceRate: 1, newRisk: true }, { assessment: { risk: { withdrawal: 2 } } });
    expect(result).toMatchObject({ decision: 'step-up', target: 'detox' });
  });

  it('steps up one level when the assessment indicates less (iop → php, although all ratings unknown indicate op)', () => {
    const result = assessStepDownReadiness('iop', { daysAtLevel: 10, attendanceRate: 1, newRisk: true }, { assessment: { risk: {} } });
    expect(result).toMatchObject({ decision: 'step-up', target: 'php' });
  });

  it('ships triggers and criteria with sources', () => {
    for (const trigger of STEP_UP_TRIGGERS) expect(trigger.sources.length, trigger.id).toBeGreaterThan(0);
    for (const level of LEVEL_IDS) {
      for (const criterion of READINESS_CRITERIA[level]) expect(criterion.sources.length, criterion.id).toBeGreaterThan(0);
    }
    expect(READINESS_CRITERIA.aftercare).toEqual([]);
  });
});

describe('assessStepDownReadiness: medication for addiction', () => {
  const iopReady: StepDownProgress = {
    daysAtLevel: 45,
    attendanceRate: 0.9,
    treatmentGoalsMet: true,
    daysAbstinent: 45,
    relapsePreventionPlan: true,
    ...noRisk,
  };

  it('on buprenorphine with 45 days without other use steps iop down to op: prescribed medication for opioid use disorder is treatment, not use (DC 22-A6328)', () => {
    const result = assessStepDownReadiness('iop', { ...iopReady, onMedicationForAddiction: true });
    expect(result).toMatchObject({ decision: 'step-down', target: 'op', missing: [] });
    expect(ids(result.reasons)).toEqual(['readiness/iop/goals-met', 'readiness/iop/abstinence', 'readiness/iop/relapse-prevention-plan']);
    expect(result.notes).toEqual([
      {
        ...explained,
        id: 'readiness/medication-for-addiction',
        reason: 'onMedicationForAddiction is true',
        sources: ['dc-22-a6328'],
        evidence: 'secondary',
      },
    ]);
  });

  it('decides exactly as without it: medication is never a barrier, never use, never a step-up', () => {
    const cases: StepDownProgress[] = [
      iopReady,
      { ...iopReady, daysAbstinent: 12 },
      { ...iopReady, recentUse: false, cravingsManageable: false },
      { ...iopReady, newRisk: true },
    ];
    for (const progress of cases) {
      const without = assessStepDownReadiness('iop', progress);
      const withMedication = assessStepDownReadiness('iop', { ...progress, onMedicationForAddiction: true });
      expect([withMedication.decision, withMedication.target, withMedication.reasons, withMedication.missing]).toEqual([
        without.decision,
        without.target,
        without.reasons,
        without.missing,
      ]);
    }
  });

  it('reports a medication answer that is not yes or no as invalid input, never guessed', () => {
    const result = assessStepDownReadiness('iop', { ...iopReady, onMedicationForAddiction: 'methadone' } as unknown as StepDownProgress);
    expect(result).toMatchObject({ ok: false, decision: 'continue' });
    expect(result.issues.map((issue) => issue.path)).toEqual([['progress', 'onMedicationForAddiction']]);
  });
});

describe('assessStepDownReadiness: bad input', () => {
  it('reports an unknown level, without throwing', () => {
    const result = assessStepDownReadiness('rehab' as never, { daysAtLevel: 1, attendanceRate: 1 });
    expect(result).toMatchObject({ ok: false, decision: 'continue', reasons: [], missing: [], notes: [] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['current']]]);
  });

  it('reports a policy option that is not a policy at options.policy', () => {
    const result = assessStepDownReadiness('php', { daysAtLevel: 1, attendanceRate: 1 }, { policy: 'general' as never });
    expect(result).toMatchObject({ ok: false, decision: 'continue' });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'policy']]]);
  });

  it('reports progress values out of range at their paths', () => {
    const result = assessStepDownReadiness('php', { daysAtLevel: -1, attendanceRate: 1.5, newRisk: 'no' } as never);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['progress', 'daysAtLevel'],
      ['progress', 'attendanceRate'],
      ['progress', 'newRisk'],
    ]);
  });

  it('reports progress that is not an object, and a bad availableLevels entry', () => {
    expect(assessStepDownReadiness('php', null as never).issues[0]?.path).toEqual(['progress']);
    const result = assessStepDownReadiness('php', { daysAtLevel: 1, attendanceRate: 1 }, { availableLevels: ['php', 'IOP'] as never });
    expect(result.issues[0]?.path).toEqual(['options', 'availableLevels', 1]);
  });

  it('reports an invalid assessment under options.assessment', () => {
    const result = assessStepDownReadiness('php', { daysAtLevel: 1, attendanceRate: 1 }, { assessment: { risk: { withdrawal: 9 } } as never });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([['options', 'assessment', 'risk', 'withdrawal']]);
    const keyNamedAssessment = assessStepDownReadiness('php', { daysAtLevel: 1, attendanceRate: 1 }, { assessment: { assessment: 1 } as never });
    expect(keyNamedAssessment.issues.map((issue) => issue.path)).toEqual([['options', 'assessment', 'assessment']]);
  });

  it('does not mutate the input', () => {
    const progress = { daysAtLevel: 2, attendanceRate: 1, withdrawalResolved: true, medicallyStable: true, ...noRisk };
    const options = { availableLevels: ['php' as const], criteria: { detox: READINESS_CRITERIA.detox } };
    const copies = structuredClone({ progress, options });
    assessStepDownReadiness('detox', progress, options);
    expect({ progress, options }).toEqual(copies);
  });
});
