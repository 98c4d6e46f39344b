import { isLevelId } from '../levels/isLevelId.js';
import { compareIntensity } from '../levels/compareIntensity.js';
import type { LevelId } from '../levels/types.js';
import type { TransitionKind } from './types.js';

/**
 * Classifies a move between two levels by intensity: to a less intensive level is a step-down, to a
 * more intensive one a step-up, to the same level `same`.
 *
 * @param from - The level the person leaves.
 * @param to - The level the person moves to.
 * @returns `'step-down'`, `'step-up'` or `'same'`; `undefined` only when an argument is not a level
 * id (reachable from untyped callers; {@link validateTransition} reports such input as issues).
 *
 * @example
 * ```ts
 * import { classifyTransition } from 'level-of-care';
 *
 * classifyTransition('php', 'iop');
 * //=> 'step-down'
 * classifyTransition('op', 'iop');
 * //=> 'step-up'
 * classifyTransition('iop', 'iop');
 * //=> 'same'
 * ```
 *
 * @category Pathway
 */
export function classifyTransition(from: LevelId, to: LevelId): TransitionKind;
export function classifyTransition(from: unknown, to: unknown): TransitionKind | undefined;
export function classifyTransition(from: unknown, to: unknown): TransitionKind | undefined {
  if (!isLevelId(from) || !isLevelId(to)) return undefined;
  const difference = compareIntensity(from, to);
  if (difference > 0) return 'step-down';
  if (difference < 0) return 'step-up';
  return 'same';
}
