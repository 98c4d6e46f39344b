import { expectTypeOf, test } from 'vitest';
import { getLevel, type LevelId, type LevelOfCare } from '../../src/index.js';

test('getLevel takes only level ids', () => {
  expectTypeOf(getLevel).parameter(0).toEqualTypeOf<LevelId>();
  expectTypeOf(getLevel('iop')).toEqualTypeOf<LevelOfCare | undefined>();
  // @ts-expect-error an unknown id is a compile-time error
  getLevel('intensive-outpatient');
});
