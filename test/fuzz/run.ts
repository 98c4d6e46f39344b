// `npm run fuzz`: the fuzz properties of test/fuzz/targets.ts outside vitest, at a count that adds up
// to at least 1 000 000 cases (FUZZ_RUNS per property; 13 functions × valid calls and 3 kinds of input). Prints one
// line per property and the total: `fuzz: N cases, F failures`. Exit code 1 on any failure.
// `FUZZ_ONLY=validateSchedule` runs one function.
import fc from 'fast-check';
import { FUZZ_SEED, INPUT_KINDS, TARGETS, fuzzProperty, validProperty } from './targets.js';

/** A counterexample as text; a hostile one may throw when read, and then says so. */
function printable(value: unknown): string {
  try {
    return fc.stringify(value);
  } catch (error) {
    return `(a hostile value that throws when printed: ${String(error)})`;
  }
}

const runs = Number(process.env['FUZZ_RUNS'] ?? 26_000);
const only = process.env['FUZZ_ONLY'];
let cases = 0;
let failures = 0;
const started = performance.now();

for (const target of TARGETS) {
  if (only !== undefined && target.name !== only) continue;
  const properties = [
    ['valid', validProperty(target)],
    ...INPUT_KINDS.map((kind) => [kind, fuzzProperty(target, kind)] as const),
  ] as const;
  for (const [kind, property] of properties) {
    const t0 = performance.now();
    const details = fc.check(property, { numRuns: runs, seed: FUZZ_SEED, endOnFailure: true });
    cases += details.numRuns + details.numSkips;
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      failures += 1;
      console.log(`FAIL ${target.name} (${kind}) after ${details.numRuns} cases in ${seconds} s`);
      console.log(`  counterexample: ${printable(details.counterexample)}`);
      console.log(`  ${String(details.errorInstance instanceof Error ? details.errorInstance.stack : details.errorInstance).split('\n').slice(0, 6).join('\n  ')}`);
    } else {
      console.log(`ok   ${target.name} (${kind}): ${details.numRuns} cases in ${seconds} s`);
    }
  }
}

const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${cases} cases, ${failures} failures, seed ${FUZZ_SEED}, ${total} s`);
process.exitCode = failures === 0 ? 0 : 1;
