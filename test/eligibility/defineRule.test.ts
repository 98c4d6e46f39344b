import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/index.js';
import type { Rule } from '../../src/index.js';

const valid: Rule = {
  id: 'clinic-no-iop-for-co-occurring',
  levels: ['iop'],
  effect: 'contraindication',
  summary: 'Our IOP does not treat co-occurring mental-health conditions.',
  sources: ['clinic-policy-7'],
  predicate: (a) => ({ outcome: a.findings.coOccurringMentalHealth, read: ['findings.coOccurringMentalHealth'] }),
};

describe('defineRule', () => {
  it('returns a valid rule unchanged', () => {
    expect(defineRule(valid)).toBe(valid);
  });

  it('throws a readable error naming the rule and the field for a non-kebab-case id', () => {
    expect(() => defineRule({ ...valid, id: 'Bad Id' })).toThrow(/Invalid rule "Bad Id":[\s\S]*kebab-case[\s\S]*id/);
  });

  it('throws for an unknown level, an empty level list, a missing source or a multi-line summary', () => {
    expect(() => defineRule({ ...valid, levels: ['IOP' as never] })).toThrow(/levels/);
    expect(() => defineRule({ ...valid, levels: [] })).toThrow(/at least one level/);
    expect(() => defineRule({ ...valid, sources: [] })).toThrow(/cite at least one source/);
    expect(() => defineRule({ ...valid, summary: 'one\ntwo' })).toThrow(/one line/);
    expect(() => defineRule({ ...valid, effect: 'exclusion' as never })).toThrow(/effect/);
  });

  it('throws when the predicate is not a function', () => {
    expect(() => defineRule({ ...valid, predicate: 'yes' as never })).toThrow(/predicate must be a function/);
  });

  it('throws when the predicate throws on an assessment with every field unknown', () => {
    const fragile: Rule = {
      ...valid,
      predicate: (a) => {
        if (a.findings.canAttendDaysPerWeek === 'unknown') throw new Error('days needed');
        return { outcome: false, read: [] };
      },
    };
    expect(() => defineRule(fragile)).toThrow('on an assessment with every field unknown, its predicate threw: days needed');
  });

  it('throws when the predicate answers something other than true, false or unknown, or names a field that does not exist', () => {
    expect(() => defineRule({ ...valid, predicate: () => ({ outcome: 'maybe', read: [] }) as never })).toThrow(
      `its predicate returned the outcome "maybe"; expected true, false or 'unknown'.`,
    );
    expect(() => defineRule({ ...valid, predicate: () => ({ outcome: true, read: ['findings.mood'] }) as never })).toThrow(
      "its predicate returned an array as the fields read; expected a list of assessment fields such as 'risk.withdrawal'.",
    );
    expect(() => defineRule({ ...valid, predicate: () => ({ outcome: true, read: [], floor: 'php' }) as never })).toThrow(
      'its predicate returned an evaluation with an unknown key "floor".',
    );
  });

  it('throws when the predicate places a withdrawal-management setting at another level: hospital withdrawal management is inpatient care', () => {
    expect(() =>
      defineRule({ ...valid, levels: ['detox'], effect: 'minimum-level', predicate: () => ({ outcome: true, read: [], minimumLevel: 'detox', withdrawalManagement: 'hospital' }) }),
    ).toThrow('its predicate returned the withdrawal-management setting "hospital" with the minimum level "detox"; that setting is placed at "inpatient".');
    expect(
      defineRule({ ...valid, levels: ['detox'], effect: 'minimum-level', predicate: () => ({ outcome: true, read: [], minimumLevel: 'detox', withdrawalManagement: 'residential' }) }).id,
    ).toBe(valid.id);
  });

  it('names a rule without a string id "(no id)" in the error, a missing rule included', () => {
    expect(() => defineRule({ ...valid, id: 5 as never })).toThrow(/^Invalid rule "\(no id\)":/);
    expect(() => defineRule(null as never)).toThrow(/^Invalid rule "\(no id\)":/);
  });

  it('probes the predicate with the general policy in its context', () => {
    const seen: string[] = [];
    const byPolicy: Rule = {
      ...valid,
      predicate: (_assessment, { policy }) => {
        seen.push(policy.id);
        return { outcome: false, read: [] };
      },
    };
    expect(defineRule(byPolicy)).toBe(byPolicy);
    // Two probes: every field unknown, then every field known.
    expect(seen).toEqual(['general', 'general']);
  });

  it('does not mutate the rule', () => {
    const copy = { ...valid, levels: [...valid.levels], sources: [...valid.sources] };
    defineRule(valid);
    expect(valid).toEqual(copy);
  });
});
