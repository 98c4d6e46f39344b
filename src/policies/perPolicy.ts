import type { Policy } from './types.js';

/**
 * `make`, computed once per policy object and kept: policies are data, not changed after they are
 * made (`definePolicy` and `extendPolicy` return new objects). A batch of hundreds of thousands of
 * calls mostly uses one policy, so the last one is kept at hand as well.
 */
export function perPolicy<T>(make: (policy: Policy) => T): (policy: Policy) => T {
  const made = new WeakMap<Policy, T>();
  let lastPolicy: Policy | undefined;
  let lastValue: T | undefined;
  return (policy) => {
    if (policy !== lastPolicy) {
      let value = made.get(policy);
      if (value === undefined) {
        value = make(policy);
        made.set(policy, value);
      }
      lastPolicy = policy;
      lastValue = value;
    }
    return lastValue as T;
  };
}
