import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as fhir from '../../src/fhir/index.js';

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

const boom = (): never => {
  throw new Error('hostile read');
};
const hostile = (): unknown[] => {
  const cycle: Record<string, unknown> = {};
  cycle['self'] = cycle;
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  let deep: unknown = 'x';
  for (let i = 0; i < 5_000; i++) deep = { id: deep, issues: deep };
  return [
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
    cycle,
    sparse,
    deep,
    new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
    new Proxy([], { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
    Object.defineProperty({}, 'issues', { get: boom, enumerable: true }),
    { [Symbol.toStringTag]: 'Date' },
    Object.create(Date.prototype) as unknown,
  ];
};

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
