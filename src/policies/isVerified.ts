import { SOURCES, type SourceId } from '../sources/data.js';
import { isString, readList } from '../_lib/readList.js';
import { LIMITS } from '../issues/limits.js';
import type { CountedModalities, PerDiemTier, Threshold } from './types.js';

const isKnownSource = (id: string): id is SourceId => Object.hasOwn(SOURCES, id);

/**
 * Whether a threshold's (or per-diem tier's, or counted modalities') value is verified: it is not
 * marked `verified: false`, and at least one of its sources is verified (a program's own references
 * count as verified).
 *
 * @param threshold - A threshold, per-diem tier or counted-modalities rule from a policy.
 * @returns `true` when the number can be relied on as cited.
 *
 * @example
 * ```ts
 * import { POLICIES, isVerified } from 'level-of-care';
 *
 * isVerified(POLICIES.general.maxGapDays);
 * //=> true
 * isVerified(POLICIES.medicare2024.recertification.php!.every);
 * //=> false
 * ```
 *
 * @category Policies
 */
export function isVerified(threshold: Threshold | PerDiemTier | CountedModalities): boolean {
  try {
    if (threshold.verified === false) return false;
    return readList(threshold.sources, LIMITS.maxListEntries, isString).some((id) => !isKnownSource(id) || SOURCES[id].verified);
  } catch {
    // A value that is not a threshold cannot be relied on.
    return false;
  }
}
