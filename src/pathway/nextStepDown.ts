import { isLevelId } from '../levels/isLevelId.js';
import type { LevelId } from '../levels/types.js';
import { generalPolicy } from '../policies/general.js';
import { availableSet, indicationOf, stepDownTarget } from './stepDownTarget.js';
import type { NextStepDownOptions } from './types.js';

/**
 * The next lower level on the step-down pathway: `detox` → `php` (or `residential` when the
 * assessment's needs other than withdrawal call for residential care or more, read with
 * `recommendLevel`), `inpatient` → `php` (or `residential` likewise), `residential` → `php` → `iop`
 * → `op` → `aftercare`. From ambulatory withdrawal management the next level is the program that
 * runs alongside it (`programLevel`).
 *
 * With `availableLevels`, levels the program cannot offer are passed over, except a level at or
 * below the one the assessment indicates: passing over it would place the person lower still, so it
 * is returned anyway, to be arranged by referral ({@link planPathway} and
 * {@link assessStepDownReadiness} say which levels were skipped or need a referral). Entries of
 * `availableLevels` that are not level ids are ignored, and so are invalid assessment fields (read
 * as unknown).
 *
 * @param current - The current level.
 * @param options - `assessment`, `availableLevels`, `policy` (default `POLICIES.general`).
 * @returns The next level, or `undefined` after `aftercare`, when no lower level is available, or
 * when `current` is not a level id (untyped callers; nothing throws).
 *
 * @example
 * ```ts
 * import { nextStepDown } from 'level-of-care';
 *
 * nextStepDown('detox');
 * //=> 'php'
 * nextStepDown('detox', { assessment: { risk: { biomedical: 3 } } });
 * //=> 'residential'
 * // Withdrawal managed at home alongside intensive outpatient care: the person stays in it.
 * nextStepDown('detox', { assessment: { risk: { withdrawal: 2, relapse: 2 } } });
 * //=> 'iop'
 * nextStepDown('php', { availableLevels: ['php', 'op', 'aftercare'] });
 * //=> 'op'
 * nextStepDown('aftercare');
 * //=> undefined
 * ```
 *
 * @category Pathway
 */
export function nextStepDown(current: LevelId, options?: NextStepDownOptions): LevelId | undefined {
  try {
    if (!isLevelId(current)) return undefined;
    const indication = indicationOf(options?.assessment, options?.policy ?? generalPolicy);
    return stepDownTarget(current, indication.program, availableSet(options?.availableLevels), indication.withdrawalManagement === 'ambulatory').level;
  } catch {
    // Options whose reading throws: there is no step to name.
    return undefined;
  }
}
