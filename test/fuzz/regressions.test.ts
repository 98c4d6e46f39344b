// Counterexamples the fuzzing found (shrunk by fast-check), kept as plain tests so they run whatever
// the seed: a non-policy as options.policy, null options, a BigInt as a level, a context.path with
// holes. Each must give a well-formed result with an invalid_input issue or a sensible default,
// never a TypeError.
import { describe, expect, it } from 'vitest';
import {
  assessStepDownReadiness,
  evaluateEligibility,
  planPathway,
  recommendLevel,
  validateEpisodes,
  validateTransition,
  type Issue,
} from '../../src/index.js';

const at = (issues: readonly Issue[]): [string, (string | number)[]][] => issues.map((issue) => [issue.code, [...issue.path]]);
const POLICY_MESSAGE = 'expected a policy such as POLICIES.general (built with definePolicy or extendPolicy).';

describe('a value that is not a policy as options.policy', () => {
  it('is an invalid_input issue for recommendLevel, which goes on with the default policy (withdrawal 2 → detox)', () => {
    // Reading the policy's placement table must not throw "Cannot read properties of undefined".
    const result = recommendLevel({ risk: { withdrawal: 2 } }, { policy: [] as never });
    expect(at(result.issues)).toEqual([['invalid_input', ['options', 'policy']]]);
    expect(result.issues[0]?.message).toBe(`Invalid input: options.policy: ${POLICY_MESSAGE}`);
    // An object that is not a policy is checked as definePolicy checks it: each missing part is named.
    const empty = recommendLevel({ risk: { withdrawal: 2 } }, { policy: {} as never });
    expect(empty.issues.map((issue) => issue.path.slice(0, 3).join('.'))).toContain('options.policy.placement');
    expect(empty.indicatedLevel).toBe('detox');
    expect(result.indicatedLevel).toBe('detox');
  });

  it('is an invalid_input issue for evaluateEligibility, assessStepDownReadiness, planPathway and validateEpisodes', () => {
    const policy = 0.5 as never;
    expect(at(evaluateEligibility({}, 'iop', { policy }).issues)).toContainEqual(['invalid_input', ['options', 'policy']]);
    const readiness = assessStepDownReadiness('php', { daysAtLevel: 20, attendanceRate: 0.9 }, { policy });
    expect(readiness.ok).toBe(false);
    expect(at(readiness.issues)).toContainEqual(['invalid_input', ['options', 'policy']]);
    const plan = planPathway('detox', '2026-03-01', { policy });
    expect([plan.ok, plan.phases.length]).toEqual([false, 0]);
    expect(at(plan.issues)).toEqual([['invalid_input', ['options', 'policy']]]);
    // Nor reading its typical stay of a level.
    const episodes = validateEpisodes([{ level: 'aftercare', start: '2026-02-20' }], { policy: [] as never });
    expect(at(episodes.issues)).toEqual([['invalid_input', ['options', 'policy']]]);
  });
});

describe('other odd arguments', () => {
  it('reads null options of recommendLevel as no options', () => {
    expect(recommendLevel({}, null as never).level).toBe('op');
  });

  it('describes a BigInt given as a level or an available level instead of failing to print it', () => {
    // JSON.stringify throws on a BigInt, so the message must not be built with it.
    expect(evaluateEligibility({}, 5n as never).issues.at(-1)?.message).toBe('Invalid input: level: bigint is not a level id.');
    expect(recommendLevel({}, { availableLevels: ['op', 3n] as never }).issues[0]?.message).toBe(
      'Invalid input: options.availableLevels[1]: bigint is not a level id; it was ignored.',
    );
  });

  it('ignores a context.path of validateTransition that is not a list of keys and indexes (holes, null, a number)', () => {
    // A hole or null must not reach an issue's path; a number is not iterable.
    // eslint-disable-next-line no-sparse-arrays
    for (const path of [['9', , 'x'], [null], 42]) {
      const result = validateTransition('detox', 'op', { path: path as never });
      expect(at(result.issues)).toEqual([['transition_skips_levels', ['to']]]);
    }
  });
});
