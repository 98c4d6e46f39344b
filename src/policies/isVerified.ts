import { SOURCES, type SourceId } from '../sources/data.js';
import type { PerDiemTier, Threshold } from './types.js';

const isKnownSource = (id: string): id is SourceId => Object.hasOwn(SOURCES, id);

/**
 * Whether a threshold's (or per-diem tier's) value is verified: it is not marked `verified: false`, and at least one of
 * its sources is verified (a program's own references count as verified).
 *
 * @param threshold - A threshold from a policy.
 * @returns `true` when the number can be relied on as cited.
 *
 * @example
 * ```ts
 * import { POLICIES, isVerified } from 'level-of-care';
 *
 * isVerified(POLICIES.general.maxGapDays);
 * //=> true
 * isVerified(POLICIES.medicare2024.recertification.iop!.everyDays);
 * //=> false
 * ```
 *
 * @category Policies
 */
export function isVerified(threshold: Threshold | PerDiemTier): boolean {
  if (threshold.verified === false) return false;
  return threshold.sources.some((id) => !isKnownSource(id) || SOURCES[id].verified);
}
