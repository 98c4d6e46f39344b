// A program's overrides often arrive as JSON. A "__proto__" key in them must stay an inert key: as a
// prototype it would hand requirements that definePolicy never validated to every lookup.
import { describe, expect, it } from 'vitest';
import { POLICIES, extendPolicy, requirementsFor } from '../../src/index.js';

describe('extendPolicy with JSON overrides', () => {
  it('never turns an own "__proto__" key into the prototype of the merged requirements: it is an unknown level, refused', () => {
    const overrides = JSON.parse(
      '{"id":"program","requirements":{"__proto__":{"iop":{"adult":{"daysPerWeek":{"min":{"value":6,"sources":["level-of-care-design"]}}}}}}}',
    ) as Parameters<typeof extendPolicy>[1];
    expect(() => extendPolicy(POLICIES.general, overrides)).toThrow(/Unrecognized key: "__proto__"[\s\S]*requirements/);
    // Nothing was smuggled into a prototype on the way.
    expect(({} as Record<string, unknown>)['iop']).toBeUndefined();
    expect(requirementsFor(POLICIES.general, 'iop').daysPerWeek?.min?.value).toBe(3);
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
