import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as fhir from '../../src/fhir/index.js';
import { DATE_LOOKALIKES, cycle, nested, sparse, throwingGetters, throwingProxy } from './hostile.js';

// Every exported function that takes data answers whatever it is given; only the configuration
// functions and one programmer error throw, and they are listed here as the documentation lists them
// (docs/guides/reliability.md, SECURITY.md).
const THROWS: ReadonlySet<string> = new Set([
  // Configuration, checked when it is made: a broken policy or rule throws with every problem listed.
  'definePolicy',
  'extendPolicy',
  'defineRule',
  // A sort comparator given an unknown level id: a programmer error, never a silent order.
  'compareIntensity',
]);

const hostile = (): unknown[] => [
  undefined,
  null,
  0,
  Number.NaN,
  '',
  'iop',
  true,
  10n,
  Symbol('s'),
  () => 1,
  [],
  {},
  cycle(),
  sparse(),
  nested((inner) => ({ id: inner, issues: inner })),
  throwingProxy(),
  throwingProxy([]),
  throwingGetters(['issues']),
  ...DATE_LOOKALIKES.map(([, make]) => make()),
];

const functions = [
  ...Object.entries(core).map(([name, value]) => [name, value] as const),
  ...Object.entries(fhir).map(([name, value]) => [`fhir.${name}`, value] as const),
  // Classes (RuleError) are made with `new`, not called with data.
].filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) as [string, (...args: unknown[]) => unknown][];

describe('every exported function that takes data never throws', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  for (const [name, fn] of functions) {
    if (THROWS.has(name)) continue;
    it(name, () => {
      const values = hostile();
      for (const value of values) {
        for (const args of [[value], [value, value], ['iop', value, value], [[value], { timeZone: 'UTC', level: 'iop' }]]) {
          expect(() => fn(...args), `${name}(${args.map((arg) => typeof arg).join(', ')})`).not.toThrow();
        }
      }
    }, 60_000);
  }
});

describe('the functions that do throw are the documented ones, and they throw only on a broken configuration', () => {
  it('lists only exported functions', () => {
    const names = new Set(functions.map(([name]) => name));
    for (const name of THROWS) expect(names.has(name), name).toBe(true);
  });

  it('definePolicy, extendPolicy and defineRule throw a readable Error on a broken policy or rule, and return a sound one', () => {
    expect(() => core.definePolicy({} as never)).toThrow(/^Invalid policy/);
    expect(() => core.extendPolicy(core.POLICIES.general, { id: 'Not An Id' } as never)).toThrow(/^Invalid policy "Not An Id"/);
    expect(() => core.defineRule({} as never)).toThrow(/^Invalid rule "\(no id\)"/);
    expect(core.definePolicy(core.POLICIES.general)).toBe(core.POLICIES.general);
  });

  it('compareIntensity throws on a level id that does not exist, as a comparator must not invent an order', () => {
    expect(() => core.compareIntensity('iop', 'day-treatment' as never)).toThrow(/day-treatment/);
    expect(core.compareIntensity('php', 'iop')).toBeGreaterThan(0);
  });
});
