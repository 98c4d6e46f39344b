// The reason sentence of a rule hit (evaluateEligibility's indications, contraindications and
// cautions): a rule's own `explain` when it has one, otherwise its summary followed by the value of
// every field it read, so the reader sees what the rule saw.
import { describe, expect, it } from 'vitest';
import { defineRule, evaluateEligibility } from '../../src/index.js';
import type { EligibilityResult, RuleHit } from '../../src/index.js';
import { known } from './helpers.js';

function hit(hits: readonly RuleHit[], id: string): RuleHit {
  const found = hits.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no hit ${id}`);
  return found;
}

const indication = (result: EligibilityResult, id: string): RuleHit => hit(result.indications, id);

describe('rule hits: the reason sentence', () => {
  it('follows the summary (without its final stop) with every field read, joined by commas, population included', () => {
    const result = evaluateEligibility(known({}, { canAttendDaysPerWeek: 3 }), 'iop');
    expect(indication(result, 'iop-fits-around-daily-duties').reason).toBe(
      'The days the person can attend (at least 3, fewer than a partial-hospitalization week) fit a part-week program that leaves room for work, school or family duties (findings.canAttendDaysPerWeek = 3, population = adult).',
    );
  });

  it('reads a risk field from the ratings: relapse rated 3 is shown as 3', () => {
    const result = evaluateEligibility(known({ relapse: 3 }), 'residential');
    expect(indication(result, 'residential-relapse-history').reason).toBe(
      'A history of relapse (relapse risk rated 3 or more) (risk.relapse = 3).',
    );
  });

  it('is the summary alone when the rule read no field', () => {
    const result = evaluateEligibility(known(), 'op');
    const baseline = indication(result, 'assessed-person-gets-treatment');
    expect(baseline.reason).toBe(baseline.summary);
    expect(baseline.reason).toBe('A person assessed for care is placed in active treatment, at least op; aftercare follows a completed level.');
  });

  it('keeps a summary that has no final stop whole', () => {
    const evening = defineRule({
      id: 'clinic-evening-group',
      levels: ['iop'],
      effect: 'indication',
      summary: 'The clinic runs an evening group',
      sources: ['clinic-manual'],
      predicate: () => ({ outcome: true, read: ['findings.supportSystem'] }),
    });
    const result = evaluateEligibility(known(), 'iop', { rules: [evening] });
    expect(indication(result, 'clinic-evening-group').reason).toBe('The clinic runs an evening group (findings.supportSystem = false).');
  });
});
