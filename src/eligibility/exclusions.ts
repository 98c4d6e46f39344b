import { LEVEL_IDS } from '../levels/schema.js';
import type { CompiledRules } from './engine.js';
import { levelAt } from './levelRank.js';
import type { Exclusion, TraceEntry } from './types.js';

/**
 * The levels a placement excludes (a bit mask of ranks), most intensive first, each with the
 * contraindication rules that held for it (from the trace).
 */
export function exclusionsOf(compiled: CompiledRules, trace: readonly TraceEntry[], excluded: number): Exclusion[] {
  const exclusions: Exclusion[] = [];
  if (excluded === 0) return exclusions;
  for (let rank = 0; rank < LEVEL_IDS.length; rank += 1) {
    const bit = 1 << rank;
    if ((excluded & bit) === 0) continue;
    const ruleIds: string[] = [];
    for (const i of compiled.contraindications) {
      if (trace[i]!.outcome === true && (compiled.masks[i]! & bit) !== 0) ruleIds.push(compiled.rules[i]!.id);
    }
    exclusions.push({ level: levelAt(rank), ruleIds });
  }
  return exclusions;
}
