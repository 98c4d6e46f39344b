import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_LEVELS,
  FOLLOW_UP_WINDOWS,
  POLICIES,
  definePolicy,
  extendPolicy,
  planPathway,
  validateEpisodes,
  type Episode,
  type Issue,
} from '../../src/index.js';

const summary = (issues: readonly Issue[]): [string, string, readonly (string | number)[]][] =>
  issues.map((issue) => [issue.code, issue.severity, issue.path]);

describe('validateEpisodes: a hand-worked history', () => {
  // Given out of order on purpose: paths use these indices.
  const history: Episode[] = [
    { level: 'iop', start: '2026-04-13', end: '2026-06-30', authorizedLevel: 'php' },
    { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
    { level: 'residential', start: '2026-03-05', end: '2026-04-03' },
  ];

  it('gives follow-up per high-intensity discharge: detox → residential on the same day is a transfer, so follow-up counts from the residential discharge only, not one entry for each', () => {
    expect(validateEpisodes(history).followUp).toEqual([
      // Residential ends Apr 3, iop starts Apr 13: 13 − 3 = 10 days (> 7, ≤ 30).
      {
        episodeIndex: 2,
        level: 'residential',
        dischargeDate: '2026-04-03',
        transferredFrom: [1],
        nextStart: '2026-04-13',
        nextEpisodeIndex: 0,
        daysToNext: 10,
        followUpDate: '2026-04-13',
        daysToFollowUp: 10,
        followUpEpisodeIndex: 0,
        within7Days: false,
        within30Days: true,
      },
    ]);
  });

  it('warns about the 10-day gap (> 7) and notes the authorized php delivered as iop', () => {
    const result = validateEpisodes(history);
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual([
      ['authorized_level_mismatch', 'info', ['episodes', 0, 'authorizedLevel']],
      ['continuity_gap', 'warning', ['episodes', 2, 'end']],
    ]);
    expect(result.issues[1]?.message).toBe(
      // The path keeps the 0-based index 2; the message counts from 1.
      'After residential discharge on 2026-04-03 (episode 3), the next episode starts 10 days later; the policy allows at most 7.',
    );
    expect(result.issues[1]).toMatchObject({ expected: 7, received: 10, sources: ['hedis-fui'], ruleId: 'episodes/continuity-gap' });
    expect(result.issues[0]?.message).toBe('Episode 1 (iop, 2026-04-13 to 2026-06-30) delivered iop while php was authorized.');
    expect(result.issues[0]).toMatchObject({
      ruleId: 'episodes/authorized-level',
      sources: ['level-of-care-design'],
      expected: 'php',
      received: 'iop',
    });
  });

  it('says nothing when the authorized level is the one delivered', () => {
    expect(validateEpisodes([{ level: 'iop', start: '2026-04-13', end: '2026-06-30', authorizedLevel: 'iop' }]).issues).toEqual([]);
  });
});

describe('validateEpisodes: follow-up windows and gaps', () => {
  const after = (nextStart: string, options = {}) =>
    validateEpisodes(
      [
        { level: 'residential', start: '2026-02-10', end: '2026-03-10' },
        { level: 'op', start: nextStart },
      ],
      options,
    );

  it('counts the next day as 1 day', () => {
    expect(after('2026-03-11').followUp[0]?.daysToNext).toBe(1);
  });

  it('puts a start 7 days after discharge within 7 days and not in a gap (Mar 17 − Mar 10 = 7)', () => {
    const result = after('2026-03-17');
    expect(result.followUp[0]).toMatchObject({ daysToNext: 7, within7Days: true, within30Days: true });
    expect(result.issues).toEqual([]);
  });

  it('puts a start 8 days after discharge outside 7 days and in a gap (Mar 18 − Mar 10 = 8 > 7)', () => {
    const result = after('2026-03-18');
    expect(result.followUp[0]).toMatchObject({ daysToNext: 8, within7Days: false, within30Days: true });
    expect(result.issues.map((issue) => issue.code)).toEqual(['continuity_gap']);
  });

  it('puts 30 days within 30 and 31 days outside (Apr 9 − Mar 10 = 30, Apr 10 − Mar 10 = 31)', () => {
    expect(after('2026-04-09').followUp[0]).toMatchObject({ daysToNext: 30, within30Days: true });
    expect(after('2026-04-10').followUp[0]).toMatchObject({ daysToNext: 31, within30Days: false });
  });

  it('takes the gap allowed from the policy', () => {
    const relaxed = extendPolicy(POLICIES.general, { id: 'relaxed', maxGapDays: { value: 14, sources: ['clinic-manual'] } });
    // 8 days ≤ 14: no gap, still outside the 7-day follow-up window.
    const result = after('2026-03-18', { policy: relaxed });
    expect(result.issues).toEqual([]);
    expect(result.followUp[0]?.within7Days).toBe(false);
  });

  it('gives follow-up for inpatient, detox and residential only', () => {
    expect(FOLLOW_UP_LEVELS).toEqual(['inpatient', 'detox', 'residential']);
    expect([FOLLOW_UP_WINDOWS.within7Days.days, FOLLOW_UP_WINDOWS.within30Days.days]).toEqual([7, 30]);
    const result = validateEpisodes([
      { level: 'php', start: '2026-01-01', end: '2026-01-31' },
      { level: 'iop', start: '2026-03-01', end: '2026-04-30' },
    ]);
    expect(result.followUp).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('reports a discharge with no later episode as not followed up, and as a gap only with asOf', () => {
    const history: Episode[] = [{ level: 'detox', start: '2026-03-01', end: '2026-03-05' }];
    expect(validateEpisodes(history).followUp).toEqual([
      { episodeIndex: 0, level: 'detox', dischargeDate: '2026-03-05', within7Days: false, within30Days: false },
    ]);
    expect(validateEpisodes(history).issues).toEqual([]);
    // Mar 12 − Mar 5 = 7: not yet a gap.
    expect(validateEpisodes(history, { asOf: '2026-03-12' }).issues).toEqual([]);
    // Mar 13 − Mar 5 = 8 > 7.
    const late = validateEpisodes(history, { asOf: '2026-03-13' });
    expect(summary(late.issues)).toEqual([['continuity_gap', 'warning', ['episodes', 0, 'end']]]);
    expect(late.issues[0]).toMatchObject({ ruleId: 'episodes/continuity-gap', expected: 7, received: 8 });
    expect(late.issues[0]?.message).toBe(
      'After detox discharge on 2026-03-05 (episode 1), no later episode is recorded by 2026-03-13, 8 days after discharge; the policy allows at most 7.',
    );
  });

  it('gives no follow-up for an ongoing high-intensity episode', () => {
    expect(validateEpisodes([{ level: 'residential', start: '2026-03-01' }]).followUp).toEqual([]);
  });

  it('takes the earliest later start as the next episode', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
      { level: 'op', start: '2026-03-20', end: '2026-03-25' },
      { level: 'iop', start: '2026-03-08', end: '2026-03-19' },
    ]);
    expect(result.followUp[0]).toMatchObject({ nextEpisodeIndex: 2, nextStart: '2026-03-08', daysToNext: 3 });
  });

  it('never takes a one-day episode as its own follow-up (detox on Mar 1 only, op from Mar 20: 19 days)', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-01', end: '2026-03-01' },
      { level: 'op', start: '2026-03-20' },
    ]);
    expect(result.followUp).toEqual([
      {
        episodeIndex: 0,
        level: 'detox',
        dischargeDate: '2026-03-01',
        nextStart: '2026-03-20',
        nextEpisodeIndex: 1,
        daysToNext: 19,
        followUpDate: '2026-03-20',
        daysToFollowUp: 19,
        followUpEpisodeIndex: 1,
        within7Days: false,
        within30Days: true,
      },
    ]);
    // A one-day detox alone has no follow-up at all.
    expect(validateEpisodes([{ level: 'detox', start: '2026-03-01', end: '2026-03-01' }]).followUp).toEqual([
      { episodeIndex: 0, level: 'detox', dischargeDate: '2026-03-01', within7Days: false, within30Days: false },
    ]);
  });
});

describe('validateEpisodes: follow-up as HEDIS FUI counts it', () => {
  const detox = { level: 'detox', start: '2026-03-01', end: '2026-03-05' } as const;
  const entry = (episodes: Episode[], visits?: readonly { date: string; kind?: 'outpatient' | 'telehealth' | 'pharmacotherapy' }[]) =>
    validateEpisodes(episodes, visits === undefined ? {} : { visits }).followUp[0];

  it('never counts a contact on the discharge date: a one-day outpatient episode on Mar 5 is no follow-up, not one within 0 days', () => {
    const result = entry([detox, { level: 'op', start: '2026-03-05', end: '2026-03-05' }]);
    expect(result).toMatchObject({ daysToNext: 0, within7Days: false, within30Days: false });
    expect(result?.followUpDate).toBeUndefined();
  });

  it('counts a lower-level episode that starts on the discharge day and goes on past it on the day after: 1 day', () => {
    expect(entry([detox, { level: 'iop', start: '2026-03-05', end: '2026-04-30' }])).toMatchObject({
      daysToNext: 0,
      followUpDate: '2026-03-06',
      daysToFollowUp: 1,
      followUpEpisodeIndex: 1,
      within7Days: true,
    });
  });

  it('moves the discharge to the end of a direct transfer the next day: detox Mar 5 → residential Mar 6 – Apr 4 → op Apr 20 is 16 days from Apr 4', () => {
    const result = validateEpisodes([
      detox,
      { level: 'residential', start: '2026-03-06', end: '2026-04-04' },
      { level: 'op', start: '2026-04-20' },
    ]);
    expect(result.followUp).toEqual([
      expect.objectContaining({ episodeIndex: 1, dischargeDate: '2026-04-04', transferredFrom: [0], daysToFollowUp: 16, within7Days: false, within30Days: true }),
    ]);
    // Two days apart is no transfer: two discharges, and the residential admission follows the detox up.
    const apart = validateEpisodes([detox, { level: 'residential', start: '2026-03-07', end: '2026-04-04' }]);
    expect(apart.followUp.map((item) => [item.episodeIndex, item.daysToFollowUp])).toEqual([
      [0, 2],
      [1, undefined],
    ]);
  });

  it('counts visits, telehealth and pharmacotherapy as contacts, the first after the discharge date', () => {
    const visits = [
      { date: '2026-03-05', kind: 'outpatient' },
      { date: '2026-03-09', kind: 'pharmacotherapy' },
      { date: '2026-03-08', kind: 'telehealth' },
    ] as const;
    expect(entry([detox, { level: 'op', start: '2026-03-20' }], visits)).toMatchObject({
      followUpDate: '2026-03-08',
      daysToFollowUp: 3,
      followUpVisitIndex: 2,
      within7Days: true,
      daysToNext: 15,
    });
    // A visit without a kind counts too; a visit after the next episode starts is not the first contact.
    expect(entry([detox], [{ date: '2026-04-03' }])).toMatchObject({ daysToFollowUp: 29, within7Days: false, within30Days: true });
  });

  it('reports an invalid visit and does not count it: an unknown contact is never assumed', () => {
    const result = validateEpisodes([detox], {
      visits: [{ date: '2026-02-30' }, { date: '2026-03-06', kind: 'sms' }, { date: '2026-03-20', kind: 'telehealth' }] as never,
    });
    expect(summary(result.issues).map(([code, , path]) => [code, path])).toEqual([
      ['invalid_input', ['options', 'visits', 0, 'date']],
      ['invalid_input', ['options', 'visits', 1, 'kind']],
    ]);
    expect(result.followUp[0]).toMatchObject({ daysToFollowUp: 15, followUpVisitIndex: 2 });
    expect(validateEpisodes([detox], { visits: 'weekly' as never }).issues.map((issue) => issue.path)).toEqual([['options', 'visits']]);
  });
});

describe('validateEpisodes: ambulatory withdrawal management', () => {
  it('lets withdrawal managed at home run alongside intensive outpatient care, and counts the program as follow-up the day after', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-02', end: '2026-03-06', withdrawalManagement: 'ambulatory' },
      { level: 'iop', start: '2026-03-02', end: '2026-04-26' },
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.followUp[0]).toMatchObject({ followUpDate: '2026-03-07', daysToFollowUp: 1, followUpEpisodeIndex: 1, within7Days: true });
  });

  it('still reports ambulatory withdrawal management that overlaps a 24-hour stay, or another withdrawal-management episode', () => {
    const result = validateEpisodes([
      { level: 'residential', start: '2026-03-01', end: '2026-03-30' },
      { level: 'detox', start: '2026-03-10', end: '2026-03-14', withdrawalManagement: 'ambulatory' },
      { level: 'detox', start: '2026-03-12', end: '2026-03-13', withdrawalManagement: 'ambulatory' },
    ]);
    expect(result.ok).toBe(false);
    expect(summary(result.issues).filter(([code]) => code === 'episode_overlap').map(([, , path]) => path)).toEqual([
      ['episodes', 1, 'start'],
      ['episodes', 2, 'start'],
      ['episodes', 2, 'start'],
    ]);
  });

  it('sees no gap while the program planned alongside withdrawal management goes on after it ends (follow-up the day after, Mar 7)', () => {
    const plan = planPathway('detox', '2026-03-02', { through: 'iop', assessment: { risk: { withdrawal: 2, relapse: 2 } } });
    expect(plan.phases.map((phase) => [phase.level, phase.start, phase.withdrawalManagement])).toEqual([
      ['detox', '2026-03-02', 'ambulatory'],
      ['iop', '2026-03-02', undefined],
    ]);
    // The iop goes on with no end: by Apr 1, 26 days after the detox discharge on Mar 6, care has not stopped.
    const [detox, iop] = plan.phases;
    const result = validateEpisodes(
      [
        { level: detox!.level, start: detox!.start, end: detox!.end, withdrawalManagement: 'ambulatory' },
        { level: iop!.level, start: iop!.start },
      ],
      { asOf: '2026-04-01' },
    );
    expect(result.issues).toEqual([]);
    expect(result.followUp).toEqual([
      {
        episodeIndex: 0,
        level: 'detox',
        dischargeDate: '2026-03-06',
        followUpDate: '2026-03-07',
        daysToFollowUp: 1,
        followUpEpisodeIndex: 1,
        within7Days: true,
        within30Days: true,
      },
    ]);
  });

  it('still finds the gap when the program alongside ends with the withdrawal management (no care after Mar 6, 26 days by Apr 1)', () => {
    const result = validateEpisodes(
      [
        { level: 'detox', start: '2026-03-02', end: '2026-03-06', withdrawalManagement: 'ambulatory' },
        { level: 'iop', start: '2026-03-02', end: '2026-03-06' },
      ],
      { asOf: '2026-04-01' },
    );
    expect(result.issues.map((issue) => [issue.code, issue.received])).toEqual([['continuity_gap', 26]]);
  });

  it('reports an unknown withdrawal-management setting as invalid input', () => {
    const result = validateEpisodes([{ level: 'detox', start: '2026-03-02', end: '2026-03-06', withdrawalManagement: 'home' } as never]);
    expect(result.issues.map((issue) => issue.path)).toEqual([['episodes', 0, 'withdrawalManagement']]);
  });
});

describe('validateEpisodes: errors', () => {
  it('reports an episode that ends before it starts, and accepts a one-day episode', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-10', end: '2026-03-02' },
      { level: 'detox', start: '2026-04-01', end: '2026-04-01' },
    ]);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([['episode_end_before_start', 'error', ['episodes', 0, 'end']]]);
    expect(result.issues[0]?.ruleId).toBe('episodes/end-before-start');
    expect(result.issues[0]?.message).toBe('Episode 1 (detox) ends on 2026-03-02, before it starts on 2026-03-10.');
  });

  it('reports overlapping episodes, counting the shared days (Mar 4 and 5: 2 days)', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
      { level: 'residential', start: '2026-03-04', end: '2026-03-20' },
    ]);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([['episode_overlap', 'error', ['episodes', 1, 'start']]]);
    expect(result.issues[0]?.message).toBe(
      'Episode 2 (residential, 2026-03-04 to 2026-03-20) overlaps episode 1 (detox, 2026-03-01 to 2026-03-05) by 2 days.',
    );
    expect(result.issues[0]?.ruleId).toBe('episodes/overlap');
  });

  it('compares a later start with the episode reaching furthest, moving on when a later one reaches further', () => {
    // detox ends Mar 5; residential (Mar 5 … 20, a transfer) reaches further, so php on Mar 10 overlaps it: Mar 10 … 12, 3 days.
    const transfer = validateEpisodes([
      { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
      { level: 'residential', start: '2026-03-05', end: '2026-03-20' },
      { level: 'php', start: '2026-03-10', end: '2026-03-12' },
    ]);
    expect(transfer.issues.map((issue) => issue.message)).toEqual([
      'Episode 3 (php, 2026-03-10 to 2026-03-12) overlaps episode 2 (residential, 2026-03-05 to 2026-03-20) by 3 days.',
    ]);
    // Two episodes ending the same day: the earlier one stays the reference (Mar 5 … 8 inside Mar 1 … 10: 4 days).
    const sameEnd = validateEpisodes([
      { level: 'residential', start: '2026-03-01', end: '2026-03-10' },
      { level: 'php', start: '2026-03-03', end: '2026-03-10' },
      { level: 'iop', start: '2026-03-05', end: '2026-03-08' },
    ]);
    expect(sameEnd.issues.map((issue) => issue.message)).toEqual([
      // Mar 3 … 10: 8 days.
      'Episode 2 (php, 2026-03-03 to 2026-03-10) overlaps episode 1 (residential, 2026-03-01 to 2026-03-10) by 8 days.',
      'Episode 3 (iop, 2026-03-05 to 2026-03-08) overlaps episode 1 (residential, 2026-03-01 to 2026-03-10) by 4 days.',
    ]);
    // Ongoing episodes: the first one stays the reference.
    const ongoing = validateEpisodes([
      { level: 'residential', start: '2026-03-01' },
      { level: 'php', start: '2026-03-03' },
      { level: 'iop', start: '2026-03-05' },
    ]);
    expect(ongoing.issues.map((issue) => issue.message)).toEqual([
      'Episode 2 (php, from 2026-03-03, ongoing) starts while episode 1 (residential, from 2026-03-01, ongoing) is still open.',
      'Episode 3 (iop, from 2026-03-05, ongoing) starts while episode 1 (residential, from 2026-03-01, ongoing) is still open.',
    ]);
  });

  it('treats a start on the discharge day as a transfer, not an overlap', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
      { level: 'residential', start: '2026-03-05', end: '2026-03-20' },
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('treats episodes that start on the same day alike in any order: the shorter one transfers into the longer', () => {
    // A one-day detox stay on Mar 5 and residential from Mar 5 on: residential starts on the detox
    // discharge day, whichever of the two the input lists first.
    const oneDay = { level: 'detox', start: '2026-03-05', end: '2026-03-05' } as const;
    const ongoing = { level: 'residential', start: '2026-03-05' } as const;
    for (const episodes of [[oneDay, ongoing], [ongoing, oneDay]]) {
      const result = validateEpisodes(episodes);
      expect(result.ok).toBe(true);
      expect(result.issues).toEqual([]);
    }
    // Two stays that both last past their shared first day do overlap, in either order.
    const longer = { level: 'residential', start: '2026-03-05', end: '2026-03-09' } as const;
    const shorter = { level: 'php', start: '2026-03-05', end: '2026-03-07' } as const;
    expect(validateEpisodes([longer, shorter]).issues.map((issue) => issue.message)).toEqual([
      'Episode 1 (residential, 2026-03-05 to 2026-03-09) overlaps episode 2 (php, 2026-03-05 to 2026-03-07) by 3 days.',
    ]);
    expect(validateEpisodes([shorter, longer]).issues.map((issue) => issue.message)).toEqual([
      'Episode 2 (residential, 2026-03-05 to 2026-03-09) overlaps episode 1 (php, 2026-03-05 to 2026-03-07) by 3 days.',
    ]);
  });

  it('finds an overlap with an earlier long episode past a short one', () => {
    const result = validateEpisodes([
      { level: 'residential', start: '2026-03-01', end: '2026-03-30' },
      { level: 'php', start: '2026-03-10', end: '2026-03-12' },
      { level: 'iop', start: '2026-03-15', end: '2026-04-20' },
    ]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      // Mar 10, 11, 12 lie inside the residential stay.
      'Episode 2 (php, 2026-03-10 to 2026-03-12) overlaps episode 1 (residential, 2026-03-01 to 2026-03-30) by 3 days.',
      // Mar 15 … Mar 30: 30 − 15 + 1 = 16 days.
      'Episode 3 (iop, 2026-03-15 to 2026-04-20) overlaps episode 1 (residential, 2026-03-01 to 2026-03-30) by 16 days.',
    ]);
  });

  it('reports an episode starting while an earlier one is ongoing', () => {
    const result = validateEpisodes([
      { level: 'residential', start: '2026-03-01' },
      { level: 'iop', start: '2026-04-01', end: '2026-04-30' },
      { level: 'op', start: '2026-05-01' },
    ]);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      // Apr 1 … Apr 30 inside the open residential stay: 30 days.
      'Episode 2 (iop, 2026-04-01 to 2026-04-30) overlaps episode 1 (residential, from 2026-03-01, ongoing) by 30 days.',
      'Episode 3 (op, from 2026-05-01, ongoing) starts while episode 1 (residential, from 2026-03-01, ongoing) is still open.',
    ]);
  });
});

describe('validateEpisodes: naming episodes', () => {
  it('names an episode by its id when it has one; the path keeps the 0-based index', () => {
    const result = validateEpisodes([
      { id: 'adm-2291', level: 'detox', start: '2026-03-01', end: '2026-03-05' },
      { id: 'adm-2304', level: 'residential', start: '2026-03-04', end: '2026-03-20' },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'episode_overlap',
        path: ['episodes', 1, 'start'],
        message: 'Episode "adm-2304" (residential, 2026-03-04 to 2026-03-20) overlaps episode "adm-2291" (detox, 2026-03-01 to 2026-03-05) by 2 days.',
      }),
    ]);
  });

  it('refuses an id that is not a string, as for sessions', () => {
    const result = validateEpisodes([{ id: 7, level: 'detox', start: '2026-03-01', end: '2026-03-05' }]);
    expect(summary(result.issues)).toEqual([['invalid_input', 'error', ['episodes', 0, 'id']]]);
  });
});

describe('validateEpisodes: length of stay', () => {
  it('flags a residential stay of 61 days, beyond 2 × 30 = 60', () => {
    // Mar 1 … Apr 30: 31 + 30 = 61 days.
    const result = validateEpisodes([{ level: 'residential', start: '2026-03-01', end: '2026-04-30' }]);
    expect(summary(result.issues)).toEqual([['length_of_stay_exceeds_typical', 'warning', ['episodes', 0]]]);
    expect(result.issues[0]).toMatchObject({ expected: 60, received: 61, ruleId: 'episodes/length-of-stay' });
    expect(result.issues[0]?.message).toBe(
      'Episode 1 (residential, 2026-03-01 to 2026-04-30) lasts 61 days, beyond the 60-day review point for residential (typical stay 30 days).',
    );
  });

  it('does not flag a residential stay of exactly 60 days (Mar 1 … Apr 29)', () => {
    expect(validateEpisodes([{ level: 'residential', start: '2026-03-01', end: '2026-04-29' }]).issues).toEqual([]);
  });

  it('measures an ongoing stay up to asOf (iop from Jan 1: 112 days by Apr 22, 113 by Apr 23 > 2 × 56)', () => {
    const ongoing: Episode[] = [{ level: 'iop', start: '2026-01-01' }];
    // Jan 31 + Feb 28 + Mar 31 = 90 days, + 22 = 112.
    expect(validateEpisodes(ongoing, { asOf: '2026-04-22' }).issues).toEqual([]);
    expect(validateEpisodes(ongoing, { asOf: '2026-04-23' }).issues[0]).toMatchObject({
      code: 'length_of_stay_exceeds_typical',
      received: 113,
    });
    expect(validateEpisodes(ongoing).issues).toEqual([]);
  });

  it('does not review the length of a level the policy gives no typical stay for', () => {
    const { residential: _dropped, ...typicalStayDays } = POLICIES.general.typicalStayDays;
    const policy = definePolicy({ ...POLICIES.general, id: 'no-residential-stay', typicalStayDays });
    // Mar 1 … Jun 30: 122 days, far beyond 2 × 30 under the default policy.
    const episodes: Episode[] = [{ level: 'residential', start: '2026-03-01', end: '2026-06-30' }];
    expect(validateEpisodes(episodes).issues.map((issue) => issue.code)).toEqual(['length_of_stay_exceeds_typical']);
    expect(validateEpisodes(episodes, { policy })).toMatchObject({ ok: true, issues: [] });
  });
});

describe('validateEpisodes: bad input', () => {
  it('reports a value that is not an array, without throwing', () => {
    for (const value of [undefined, null, 'episodes', { 0: { level: 'op' } }, 5]) {
      const result = validateEpisodes(value);
      expect(result.ok).toBe(false);
      expect(result.followUp).toEqual([]);
      expect(summary(result.issues)).toEqual([['invalid_input', 'error', ['episodes']]]);
    }
    // null is named as such, not as its typeof ('object').
    expect(validateEpisodes(null).issues[0]?.message).toBe('Invalid input: episodes: expected an array of episodes, received null.');
    expect(validateEpisodes({}).issues[0]?.message).toBe('Invalid input: episodes: expected an array of episodes, received an object.');
  });

  it('reports a policy option that is not a policy at options.policy', () => {
    const result = validateEpisodes([], { policy: 'general' as never });
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([['invalid_input', 'error', ['options', 'policy']]]);
  });

  it('reports bad entries at their paths and checks the rest', () => {
    const result = validateEpisodes([
      { level: 'detox', start: '2026-02-30', end: '2026-03-05' },
      { level: 'rehab', start: '2026-03-01' },
      null,
      { level: 'detox', start: '2026-03-01', end: '2026/03/05' },
      { level: 'detox', start: '2026-04-01', end: '2026-04-03', authorizedLevel: 'IOP' },
      { level: 'detox', start: '2026-05-01', end: '2026-05-03' },
    ]);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([
      ['invalid_input', 'error', ['episodes', 0, 'start']],
      ['invalid_input', 'error', ['episodes', 1, 'level']],
      ['invalid_input', 'error', ['episodes', 2]],
      ['invalid_input', 'error', ['episodes', 3, 'end']],
      ['invalid_input', 'error', ['episodes', 4, 'authorizedLevel']],
      // Only the valid episode 5 is checked: no later episode, so not followed up.
    ]);
    expect(result.followUp).toEqual([
      { episodeIndex: 5, level: 'detox', dischargeDate: '2026-05-03', within7Days: false, within30Days: false },
    ]);
  });

  it('reports a bad asOf', () => {
    expect(validateEpisodes([], { asOf: '2026-13-01' }).issues[0]?.path).toEqual(['options', 'asOf']);
  });

  it('accepts an empty history', () => {
    expect(validateEpisodes([])).toEqual({ ok: true, issues: [], followUp: [] });
  });

  it('ignores __proto__ keys in episodes', () => {
    const episodes = JSON.parse('[{"level":"detox","start":"2026-03-01","end":"2026-03-02","__proto__":{"end":"2020-01-01"}}]');
    expect(validateEpisodes(episodes).ok).toBe(true);
    expect(({} as Record<string, unknown>).end).toBeUndefined();
  });

  it('does not mutate the input', () => {
    const episodes: Episode[] = [
      { level: 'iop', start: '2026-04-13', end: '2026-06-30' },
      { level: 'detox', start: '2026-03-01', end: '2026-03-05' },
    ];
    const copy = structuredClone(episodes);
    validateEpisodes(episodes, { asOf: '2026-07-01' });
    expect(episodes).toEqual(copy);
  });
});
