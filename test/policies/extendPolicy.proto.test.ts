// A program's overrides often arrive as JSON. A "__proto__" key in them must stay an inert key: as a
// prototype it would hand requirements that definePolicy never validated to every lookup.
import { describe, expect, it } from 'vitest';
import { POLICIES, extendPolicy, requirementsFor } from '../../src/index.js';

describe('extendPolicy with JSON overrides', () => {
  it('never turns an own "__proto__" key into the prototype of the merged requirements', () => {
    const overrides = JSON.parse(
      '{"id":"program","requirements":{"__proto__":{"iop":{"adult":{"daysPerWeek":{"min":{"value":6,"sources":["level-of-care-design"]}}}}}}}',
    ) as Parameters<typeof extendPolicy>[1];
    const policy = extendPolicy(POLICIES.general, overrides);
    expect(Object.getPrototypeOf(policy.requirements)).toBe(Object.prototype);
    // The general policy's IOP day minimum (3) stands; the smuggled 6 is not read.
    expect(requirementsFor(policy, 'iop').daysPerWeek?.min?.value).toBe(3);
    expect(({} as Record<string, unknown>)['iop']).toBeUndefined();
  });

  it('still merges an ordinary override: IOP days minimum 3 → 4, the 9 h minimum kept', () => {
    const policy = extendPolicy(POLICIES.general, {
      id: 'program',
      requirements: { iop: { adult: { daysPerWeek: { min: { value: 4, sources: ['level-of-care-design'] } } } } },
    });
    expect(requirementsFor(policy, 'iop').daysPerWeek?.min?.value).toBe(4);
    expect(requirementsFor(policy, 'iop').hoursPerWeek?.min?.value).toBe(9);
  });
});
