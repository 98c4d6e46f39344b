import { describe, expect, it } from 'vitest';
import {
  POLICIES,
  STEP_DOWN_PATHWAY_SOURCES,
  definePolicy,
  planPathway,
  type Assessment,
  type LevelId,
  type PlannedPhase,
} from '../../src/index.js';

const rows = (phases: readonly PlannedPhase[]): string[] =>
  phases.map((phase) => `${phase.level} ${phase.start}..${phase.end} (${phase.expectedDays})`);

describe('planPathway: hand-worked plans', () => {
  it('plans detox → php → iop → op → aftercare from 2026-03-02 with the typical stays', () => {
    const plan = planPathway('detox', '2026-03-02');
    expect(plan.ok).toBe(true);
    expect(plan.issues).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(rows(plan.phases)).toEqual([
      // 5 days: Mar 2, 3, 4, 5, 6.
      'detox 2026-03-02..2026-03-06 (5)',
      // 30 days from Mar 7: Mar 31 is day 25, Apr 5 is day 30.
      'php 2026-03-07..2026-04-05 (30)',
      // 56 days from Apr 6: Apr 30 is day 25, May 31 is day 56.
      'iop 2026-04-06..2026-05-31 (56)',
      // 90 days from Jun 1: Jun 30 is day 30, Jul 31 day 61, Aug 29 day 90.
      'op 2026-06-01..2026-08-29 (90)',
      // 365 days from Aug 30, 2026: no Feb 29 before Aug 2027, so the last day is Aug 29, 2027.
      'aftercare 2026-08-30..2027-08-29 (365)',
    ]);
  });

  it('crosses Feb 29 in a plan starting 2028-02-27 (a leap year)', () => {
    expect(rows(planPathway('detox', '2028-02-27').phases)).toEqual([
      // Feb 27, 28, 29, Mar 1, 2.
      'detox 2028-02-27..2028-03-02 (5)',
      // Mar 3 + 29 days = Apr 1.
      'php 2028-03-03..2028-04-01 (30)',
      // Apr 2 + 55 days: Apr 30 is +28, May 27 is +55.
      'iop 2028-04-02..2028-05-27 (56)',
      // May 28 + 89 days: May 31 +3, Jun 30 +33, Jul 31 +64, Aug 25 +89.
      'op 2028-05-28..2028-08-25 (90)',
      // Aug 26, 2028 + 364 days = Aug 25, 2029 (no Feb 29 in between).
      'aftercare 2028-08-26..2029-08-25 (365)',
    ]);
  });

  it('ends a year of aftercare starting 2027-03-02 on 2028-02-29', () => {
    // 2027-03-01 + 364 days is 2028-02-28 (the year to 2028-03-01 has 366 days), so one day later ends on Feb 29.
    expect(planPathway('aftercare', '2027-03-02').phases).toEqual([
      { level: 'aftercare', start: '2027-03-02', end: '2028-02-29', expectedDays: 365 },
    ]);
  });

  it('crosses month ends from 2026-01-31 with lengths per level', () => {
    const plan = planPathway('php', '2026-01-31', { through: 'iop', lengthOfStayDays: { php: 30, iop: 28 } });
    expect(rows(plan.phases)).toEqual([
      // Jan 31 + 29 days: Feb 28 is +28, Mar 1 is +29 (2026 is not a leap year).
      'php 2026-01-31..2026-03-01 (30)',
      // Mar 2 + 27 days = Mar 29.
      'iop 2026-03-02..2026-03-29 (28)',
    ]);
  });

  it('stops at through, inclusive', () => {
    expect(planPathway('detox', '2026-03-02', { through: 'iop' }).phases.map((phase) => phase.level)).toEqual(['detox', 'php', 'iop']);
    expect(planPathway('iop', '2026-03-02', { through: 'iop' }).phases.map((phase) => phase.level)).toEqual(['iop']);
  });

  it('plans a one-day phase with the same start and end', () => {
    const plan = planPathway('detox', '2026-03-02', { through: 'php', lengthOfStayDays: { detox: 1 } });
    expect(plan.phases[0]).toEqual({ level: 'detox', start: '2026-03-02', end: '2026-03-02', expectedDays: 1 });
    expect(plan.phases[1]?.start).toBe('2026-03-03');
  });

  it('plans inpatient → php → … and residential → php → …', () => {
    expect(planPathway('inpatient', '2026-03-02').phases.map((phase) => phase.level)).toEqual(['inpatient', 'php', 'iop', 'op', 'aftercare']);
    expect(planPathway('residential', '2026-03-02').phases.map((phase) => phase.level)).toEqual(['residential', 'php', 'iop', 'op', 'aftercare']);
  });

  it('takes lengths from the policy', () => {
    const policy = definePolicy({
      ...POLICIES.general,
      id: 'short-stays',
      typicalStayDays: { ...POLICIES.general.typicalStayDays, detox: { value: 3, sources: ['clinic-manual'] } },
    });
    expect(planPathway('detox', '2026-03-02', { policy, through: 'detox' }).phases).toEqual([
      { level: 'detox', start: '2026-03-02', end: '2026-03-04', expectedDays: 3 },
    ]);
  });
});

describe('planPathway: assessment and availability', () => {
  // Biomedical risk 3 sets a minimum of residential care in the default placement table.
  const needsResidential: Assessment = { risk: { biomedical: 3 } };

  it('goes through residential when the assessment indicates it', () => {
    const plan = planPathway('detox', '2026-03-02', { assessment: needsResidential, through: 'php' });
    expect(rows(plan.phases)).toEqual([
      'detox 2026-03-02..2026-03-06 (5)',
      // 30 days from Mar 7 end on Apr 5.
      'residential 2026-03-07..2026-04-05 (30)',
      'php 2026-04-06..2026-05-05 (30)',
    ]);
  });

  it('skips a level the program cannot offer, with a note', () => {
    const plan = planPathway('php', '2026-03-02', { availableLevels: ['php', 'op', 'aftercare'] });
    expect(plan.phases.map((phase) => phase.level)).toEqual(['php', 'op', 'aftercare']);
    // php 30 days Mar 2..Mar 31, then op from Apr 1.
    expect(plan.phases[1]?.start).toBe('2026-04-01');
    expect(plan.notes).toEqual([
      expect.objectContaining({ id: 'pathway/level-skipped', reason: 'iop is not among the available levels, so php steps down to op' }),
    ]);
    expect(plan.issues).toEqual([]);
  });

  it('notes a level skipped above through, and one skipped at through itself', () => {
    // php through op without iop: iop (more intensive than op) is passed over on the way to op.
    const toOp = planPathway('php', '2026-03-02', { availableLevels: ['php', 'op'], through: 'op' });
    expect(toOp.phases.map((phase) => phase.level)).toEqual(['php', 'op']);
    expect(toOp.notes.map((note) => note.reason)).toEqual(['iop is not among the available levels, so php steps down to op']);
    // php through iop without iop: the plan ends after php, and the note says why.
    const toIop = planPathway('php', '2026-03-02', { availableLevels: ['php', 'op', 'aftercare'], through: 'iop' });
    expect(toIop.phases.map((phase) => phase.level)).toEqual(['php']);
    expect(toIop.notes.map((note) => note.reason)).toEqual(['iop is not among the available levels, so the pathway ends after php']);
  });

  it('notes a skipped level at the end of the plan', () => {
    const plan = planPathway('op', '2026-03-02', { availableLevels: ['op'] });
    expect(plan.phases.map((phase) => phase.level)).toEqual(['op']);
    expect(plan.notes[0]?.reason).toBe('aftercare is not among the available levels, so the pathway ends after op');
  });

  it('never replaces an indicated residential level by a lower one: it is kept for referral', () => {
    const plan = planPathway('detox', '2026-03-02', {
      assessment: needsResidential,
      availableLevels: ['detox', 'php', 'iop', 'op', 'aftercare'],
      through: 'php',
    });
    expect(plan.phases.map((phase) => [phase.level, phase.byReferral])).toEqual([
      ['detox', undefined],
      ['residential', true],
      ['php', undefined],
    ]);
    expect(plan.notes).toEqual([
      expect.objectContaining({
        id: 'pathway/level-by-referral',
        reason: 'the assessment calls for residential or more, and residential is not among the available levels',
        sources: [...STEP_DOWN_PATHWAY_SOURCES],
      }),
    ]);
  });

  it('notes when the assessment calls for more than the start level', () => {
    const plan = planPathway('iop', '2026-03-02', { assessment: needsResidential, through: 'iop' });
    expect(plan.phases.map((phase) => phase.level)).toEqual(['iop']);
    expect(plan.notes).toEqual([
      {
        id: 'pathway/start-below-indicated',
        // Wording not pinned; a summary must be there.
        summary: expect.stringMatching(/\w/),
        reason: 'the assessment indicates residential, more intensive than iop',
        sources: ['level-of-care-design'],
        evidence: 'editorial',
      },
    ]);
  });

  it('shapes only the first step down with the assessment', () => {
    // From residential the next level is php whatever the assessment says; iop later is simply skipped.
    const plan = planPathway('residential', '2026-03-02', { assessment: needsResidential, availableLevels: ['residential', 'php', 'op'], through: 'op' });
    expect(plan.phases.map((phase) => phase.level)).toEqual(['residential', 'php', 'op']);
    expect(plan.notes.map((note) => note.id)).toEqual(['pathway/level-skipped']);
  });

  it('keeps a start level that is not available, marked for referral', () => {
    const plan = planPathway('detox', '2026-03-02', { availableLevels: ['php', 'iop'], through: 'iop' });
    expect(plan.phases.map((phase) => [phase.level, phase.byReferral ?? false])).toEqual([
      ['detox', true],
      ['php', false],
      ['iop', false],
    ]);
    expect(plan.notes[0]?.reason).toBe('the plan starts at detox, which is not among the available levels');
  });
});

describe('planPathway: withdrawal management by setting', () => {
  it('runs withdrawal managed at home alongside the program from its first day: detox Mar 2–6 beside iop from Mar 2 (56 days to Apr 26), then op', () => {
    const plan = planPathway('detox', '2026-03-02', { assessment: { risk: { withdrawal: 2, relapse: 2 } }, through: 'op' });
    expect(plan.phases).toEqual([
      { level: 'detox', start: '2026-03-02', end: '2026-03-06', expectedDays: 5, withdrawalManagement: 'ambulatory' },
      { level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 },
      // 90 days from Apr 27: Apr 27 + 89 = Jul 25.
      { level: 'op', start: '2026-04-27', end: '2026-07-25', expectedDays: 90 },
    ]);
    expect(plan.notes.map((note) => [note.id, note.reason])).toEqual([
      ['pathway/withdrawal-management-alongside', 'ambulatory withdrawal management runs alongside iop'],
    ]);
  });

  it('keeps residential withdrawal management (withdrawal 3) as a phase of its own, the next phase starting the day after', () => {
    const plan = planPathway('detox', '2026-03-02', { assessment: { risk: { withdrawal: 3 } }, through: 'php' });
    expect(plan.phases).toEqual([
      { level: 'detox', start: '2026-03-02', end: '2026-03-06', expectedDays: 5, withdrawalManagement: 'residential' },
      { level: 'php', start: '2026-03-07', end: '2026-04-05', expectedDays: 30 },
    ]);
  });

  it('marks withdrawal managed in hospital on an inpatient start, and no setting without an assessment', () => {
    expect(planPathway('inpatient', '2026-03-02', { assessment: { risk: { withdrawal: 4 } }, through: 'inpatient' }).phases[0]?.withdrawalManagement).toBe('hospital');
    expect(planPathway('detox', '2026-03-02', { through: 'detox' }).phases[0]).toEqual({ level: 'detox', start: '2026-03-02', end: '2026-03-06', expectedDays: 5 });
  });
});

describe('planPathway: bad input', () => {
  it('reports an impossible date (2026-02-30) and an unknown level, with an empty plan', () => {
    const plan = planPathway('rehab' as LevelId, '2026-02-30');
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['start']],
      ['invalid_input', ['startDate']],
    ]);
    expect(plan.issues[1]?.message).toBe('Invalid input: startDate: that day does not exist on the calendar.');
  });

  it('reports dates in other shapes', () => {
    for (const date of ['2026-3-2', '2026-03-02T00:00:00Z', '', 20260302, null]) {
      expect(planPathway('iop', date as string).issues[0]?.path, String(date)).toEqual(['startDate']);
    }
  });

  it('reports a through level more intensive than the start', () => {
    const plan = planPathway('iop', '2026-03-02', { through: 'php' });
    expect(plan.ok).toBe(false);
    expect(plan.issues.map((issue) => issue.path)).toEqual([['options', 'through']]);
    expect(plan.issues[0]?.message).toBe(
      'Invalid input: options.through: php is more intensive than the start level iop, so no step-down reaches it.',
    );
  });

  it('reports a through value that is not a level', () => {
    const plan = planPathway('detox', '2026-03-02', { through: 'rehab' as LevelId });
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'through']]]);
  });

  it('reports a policy option that is not a policy at options.policy, with an empty plan', () => {
    const plan = planPathway('detox', '2026-03-02', { policy: 'general' as never, availableLevels: ['php'] });
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'policy']]]);
  });

  it('reports bad lengths, unknown levels in lengths and in availableLevels', () => {
    const plan = planPathway('php', '2026-03-02', {
      lengthOfStayDays: { php: 0, iop: 2.5, rehab: 3 } as never,
      availableLevels: ['php', 'IOP'] as never,
    });
    expect(plan.ok).toBe(false);
    expect(plan.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['options', 'availableLevels', 1],
        ['options', 'lengthOfStayDays', 'php'],
        ['options', 'lengthOfStayDays', 'iop'],
      ]),
    );
  });

  it('reports a level with no length in the policy or the options', () => {
    const { aftercare: _dropped, ...typicalStayDays } = POLICIES.general.typicalStayDays;
    const policy = definePolicy({ ...POLICIES.general, id: 'no-aftercare-stay', typicalStayDays });
    const plan = planPathway('op', '2026-03-02', { policy });
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues[0]?.path).toEqual(['options', 'lengthOfStayDays', 'aftercare']);
    expect(plan.issues[0]?.message).toBe(
      'Invalid input: options.lengthOfStayDays.aftercare: the policy "no-aftercare-stay" has no typical stay for aftercare; give the planned days.',
    );
    expect(planPathway('op', '2026-03-02', { policy, lengthOfStayDays: { aftercare: 180 } }).ok).toBe(true);
  });

  it('reports an invalid assessment under options.assessment', () => {
    // availableLevels without detox would give a referral note: a failed plan has none.
    const plan = planPathway('detox', '2026-03-02', { assessment: { risk: { withdrawal: 7 } } as never, availableLevels: ['php'] });
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues.map((issue) => issue.path)).toEqual([['options', 'assessment', 'risk', 'withdrawal']]);
  });

  it('reports a bad policy and a bad assessment together with a bad start level', () => {
    const plan = planPathway('rehab' as never, '2026-03-02', { policy: 'general' as never, assessment: { risk: { relapse: 9 } } as never });
    expect(plan).toMatchObject({ ok: false, phases: [], notes: [] });
    expect(plan.issues.map((issue) => issue.path)).toEqual([['start'], ['options', 'policy'], ['options', 'assessment', 'risk', 'relapse']]);
  });

  it('keeps the whole path of an unknown key named "assessment" inside the assessment', () => {
    const plan = planPathway('detox', '2026-03-02', { assessment: { assessment: 1 } as never });
    expect(plan.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['options', 'assessment', 'assessment'], 'Invalid input: assessment is not a field of an assessment; it was not used.'],
    ]);
  });

  it('reads null options as no options: PHP, IOP, OP and aftercare from 2026-03-02', () => {
    const plan = planPathway('php', '2026-03-02', null as never);
    expect(plan.ok).toBe(true);
    expect(plan.phases.map((phase) => phase.level)).toEqual(['php', 'iop', 'op', 'aftercare']);
    expect(plan).toEqual(planPathway('php', '2026-03-02'));
  });

  it('reports availableLevels given as a string at its path, with no phases', () => {
    const plan = planPathway('php', '2026-03-02', { availableLevels: 'php' as never });
    expect(plan.ok).toBe(false);
    expect(plan.phases).toEqual([]);
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_input', ['options', 'availableLevels']]]);
  });

  it('does not mutate the input', () => {
    const options = { through: 'op' as const, availableLevels: ['detox', 'php', 'op'] as LevelId[], lengthOfStayDays: { php: 20 } };
    const copy = structuredClone(options);
    planPathway('detox', '2026-03-02', options);
    expect(options).toEqual(copy);
  });
});
