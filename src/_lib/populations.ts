import type { Population } from '../levels/types.js';

/** Every {@link Population}, for schemas built without `PopulationSchema` (see `miniZod.ts`). */
export const POPULATIONS: readonly ['adult', 'adolescent'] = ['adult', 'adolescent'];

// Fails to compile when a population is added to the type but not to the list above.
const everyPopulation: Exclude<Population, (typeof POPULATIONS)[number]> extends never ? true : never = true;
void everyPopulation;
