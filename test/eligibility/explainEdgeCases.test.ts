// explainRecommendation on results it must still word correctly: results passed through JSON or
// built by a caller's own rules (trace entries without a minimum level, exclusions by a rule that
// is not in the trace), and the unknown/error sentences in their singular and plural forms.
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, defineRule, explainRecommendation, recommendLevel, type Issue, type Recommendation, type TraceEntry } from '../../src/index.js';
import { known } from './helpers.js';

const base: Recommendation = recommendLevel(known());

describe('explainRecommendation edge cases', () => {
  it('says the level would stay the same when the provisional range is a single level', () => {
    const result: Recommendation = { ...base, status: 'provisional', missing: ['risk.relapse'], provisionalRange: { least: 'op', most: 'op' } };
    expect(explainRecommendation(result)).toContain(
      'Not yet known: risk.relapse; the level would stay Outpatient (OP) whatever they turn out to be.',
    );
  });

  it('lists unknown fields without a range when the result carries none', () => {
    const { provisionalRange: _dropped, ...rest } = { ...base, provisionalRange: undefined };
    const result = { ...rest, status: 'provisional', missing: ['findings.imminentDanger'] } as Recommendation;
    expect(explainRecommendation(result)).toContain('Not yet known: findings.imminentDanger.');
  });

  it('counts input problems: one is "problem was", two are "problems were"', () => {
    // 9 is off the 0–4 scale; each bad rating is one error issue.
    const one = recommendLevel({ risk: { withdrawal: 9 as never } });
    const two = recommendLevel({ risk: { withdrawal: 9 as never, biomedical: 7 as never } });
    expect(explainRecommendation(one)).toContain('1 input problem was found');
    expect(explainRecommendation(two)).toContain('2 input problems were found');
  });

  it('counts only errors as input problems, not warnings a caller merged into the issues', () => {
    const warning: Issue = { code: 'continuity_gap', severity: 'warning', message: 'A gap of 9 days.', path: ['episodes', 1] };
    const withWarning: Recommendation = { ...base, issues: [warning] };
    expect(explainRecommendation(withWarning)).toBe(explainRecommendation(base));
    const one = recommendLevel({ risk: { withdrawal: 9 as never } });
    expect(explainRecommendation({ ...one, issues: [...one.issues, warning] })).toContain('1 input problem was found');
  });

  it('takes the least intensive listed level of a replaced baseline rule as the starting level', () => {
    // A program whose own baseline lists PHP, IOP and residential: the least intensive of them, IOP,
    // is the floor, whatever the order of the list.
    const baseline = defineRule({
      id: 'assessed-person-gets-treatment',
      levels: ['php', 'iop', 'residential'],
      effect: 'minimum-level',
      summary: 'The program starts everyone in a structured program.',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: [] }),
    });
    const result = recommendLevel(known(), { rules: [baseline] });
    expect(result.drivers).toEqual([]);
    expect(explainRecommendation(result)).toBe(
      'Recommended level: Intensive outpatient (IOP). No rating calls for more than Intensive outpatient (IOP), the starting level for anyone assessed.',
    );
  });

  it('states the most intensive placement floor, read from each entry\'s minimum level, whatever the trace order', () => {
    const placement = (ruleId: string, minimumLevel: TraceEntry['levels'][number]): TraceEntry => ({
      ruleId,
      effect: 'minimum-level',
      levels: LEVEL_IDS,
      summary: `Rule ${ruleId}.`,
      outcome: true,
      read: [],
      minimumLevel,
      evidence: 'editorial',
    });
    const baseline: TraceEntry = { ruleId: 'assessed-person-gets-treatment', effect: 'minimum-level', levels: ['op'], summary: 'Baseline.', outcome: true, read: [], evidence: 'seed' };
    // Floors aftercare, IOP and OP: IOP is the most intensive, though neither first nor last.
    const result: Recommendation = {
      ...base,
      drivers: [],
      trace: [placement('placement-withdrawal', 'aftercare'), placement('placement-relapse', 'iop'), baseline],
    };
    expect(explainRecommendation(result)).toBe(
      'Recommended level: Outpatient (OP). No rating calls for more than Intensive outpatient (IOP), the starting level for anyone assessed.',
    );
  });

  it('names a custom floor rule by its summary and takes its least intensive listed level as the floor', () => {
    const entry: TraceEntry = {
      ruleId: 'program/needs-structure',
      effect: 'minimum-level',
      levels: ['php', 'iop'],
      summary: 'The program requires at least intensive outpatient after a recent relapse.',
      outcome: true,
      read: [],
      evidence: 'program',
    };
    const result: Recommendation = { ...base, drivers: [], trace: [entry] };
    expect(explainRecommendation(result)).toBe(
      'Recommended level: Outpatient (OP). The program requires at least intensive outpatient after a recent relapse [program’s own reference].',
    );
  });

  it('falls back to the rule id and the raw level id for an exclusion by a rule missing from the trace', () => {
    const result: Recommendation = { ...base, trace: [], excluded: [{ level: 'iop', ruleIds: ['program/no-evening-groups'] }, { level: 'op', ruleIds: ['program/no-evening-groups'] }] } as unknown as Recommendation;
    // IOP and OP are grouped under the one rule, joined with "and".
    expect(explainRecommendation(result)).toContain('Ruled out: program/no-evening-groups (program/no-evening-groups: IOP and OP).');
  });

  it('says no rating calls for more than outpatient when no floor rule fired', () => {
    const result: Recommendation = { ...base, drivers: [], trace: [] };
    expect(explainRecommendation(result)).toBe(
      'Recommended level: Outpatient (OP). No rating calls for more than Outpatient (OP), the starting level for anyone assessed.',
    );
  });

  it('skips a floor rule that names no level, and keeps the most intensive floor when listed in either order', () => {
    const entry = (ruleId: string, levels: TraceEntry['levels']): TraceEntry => ({
      ruleId,
      effect: 'minimum-level',
      levels,
      summary: `Rule ${ruleId}.`,
      outcome: true,
      read: [],
      evidence: 'editorial',
    });
    // ['iop', 'php'] and ['php', 'iop'] both set the floor at their least intensive level, iop.
    const result: Recommendation = { ...base, drivers: [], trace: [entry('a', []), entry('b', ['iop', 'php']), entry('c', ['php', 'iop'])] };
    expect(explainRecommendation(result)).toBe('Recommended level: Outpatient (OP). Rule b [library default]. Rule c [library default].');
  });

  it('writes an id that is not a level as it is, in the level and in the exclusions', () => {
    const result = { ...base, level: 'sober-living', excluded: [{ level: 'sober-living', ruleIds: ['program/x'] }] } as unknown as Recommendation;
    const text = explainRecommendation(result);
    expect(text.startsWith('Recommended level: sober-living.')).toBe(true);
    expect(text).toContain('(program/x: sober-living)');
  });
});
