// Fuzzing in CI: every public function that takes data, with any JSON value and with near-valid
// input, at a fixed seed and a moderate count (FUZZ_RUNS per property, default 400). `npm run fuzz`
// runs the same properties a million times in total (test/fuzz/run.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FUZZ_RUNS, FUZZ_SEED, INPUT_KINDS, TARGETS, fuzzProperty, validProperty } from './targets.js';

// A limit for a loaded CI machine or a large FUZZ_RUNS, not a speed requirement.
const TIMEOUT = 120_000;

describe.each(TARGETS.map((target) => [target.name, target] as const))('%s', (_name, target) => {
  it('returns a well-formed result for valid calls, leaving the input and the prototypes unchanged', () => {
    fc.assert(validProperty(target), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED });
  }, TIMEOUT);
  for (const kind of INPUT_KINDS) {
    it(`never throws on ${kind} input, returns a well-formed result, leaves the input and the prototypes unchanged`, () => {
      fc.assert(fuzzProperty(target, kind), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED });
    }, TIMEOUT);
  }
});
