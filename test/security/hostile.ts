// Hostile values: what a caller's own objects can do while a function reads them. The security tests
// hand them to every exported function, and the fuzz harness (test/fuzz) puts them at random places of
// valid calls. Each maker builds a fresh value, so no test sees another's state.

/** What a hostile value throws when read: a check can tell it apart from a failed assertion. */
export class HostileRead extends Error {}

/** A getter or Proxy trap that throws on every read. */
const boom = (): never => {
  throw new HostileRead('hostile read');
};

/** A Proxy whose every trap throws: over an object, or over an array when given `[]`. */
export const throwingProxy = (target: object = {}): object =>
  new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });

/** An object whose getters for `keys` throw. */
export const throwingGetters = (keys: readonly string[]): object =>
  Object.defineProperties({}, Object.fromEntries(keys.map((key) => [key, { get: boom, enumerable: true }])));

/** An object holding itself as `self`, after `fields`. */
export const cycle = (fields: Record<string, unknown> = {}): Record<string, unknown> => {
  const value: Record<string, unknown> = { ...fields };
  value['self'] = value;
  return value;
};

/** An array of `length` empty slots, by default 2³² − 1, the most an array can have. */
export const sparse = (length: number = 2 ** 32 - 1): unknown[] => {
  const list: unknown[] = [];
  list.length = length;
  return list;
};

/** `'x'` wrapped 5,000 times by `wrap`: deeper than a naive recursion survives. */
export const nested = (wrap: (inner: unknown) => unknown): unknown => {
  let deep: unknown = 'x';
  for (let i = 0; i < 5_000; i++) deep = wrap(deep);
  return deep;
};

/** Objects that look like a Date to a careless check but are not one. */
export const DATE_LOOKALIKES: readonly [string, () => unknown][] = [
  ['an object tagged Date', () => ({ [Symbol.toStringTag]: 'Date' })],
  ['an object made from Date.prototype', () => Object.create(Date.prototype) as unknown],
];
