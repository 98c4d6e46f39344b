import { describeReceived } from '../_lib/describeReceived.js';
import { forEachEntry, listLength } from '../issues/boundary.js';
import { invalidInput } from '../issues/invalidInput.js';
import { LIMITS } from '../issues/limits.js';
import { formatPath } from '../issues/formatPath.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { LEVEL_IDS } from '../levels/schema.js';
import { rankOf } from './levelRank.js';

/**
 * Reads `availableLevels` into a bit mask of ranks (bit 0 = inpatient); `undefined` means every level
 * is available. An entry that is not a level id is reported and ignored (treating it as unavailable
 * can only raise the recommendation, never lower it); a value that is not an array is reported and
 * ignored.
 */
export function readAvailableLevels(value: unknown, issues: Issue[], path: readonly PathSegment[]): number | undefined {
  if (value === undefined) return undefined;
  const unusable: Issue[] = [];
  const length = listLength(value, path, 'level ids', LIMITS.maxListEntries, 'maxListEntries', unusable);
  if (length === undefined) {
    for (const issue of unusable) issues.push(withEveryLevel(issue));
    return undefined;
  }
  let available = 0;
  forEachEntry(value, length, path, issues, (entry, index) => {
    const rank = rankOf(entry);
    if (rank !== -1) available |= 1 << rank;
    else {
      issues.push(
        invalidInput(`${formatPath([...path, index])}: ${describeReceived(entry)} is not a level id; it was ignored.`, { path: [...path, index] }),
      );
    }
  });
  // Every level available is no restriction at all.
  return available === EVERY_LEVEL ? undefined : available;
}

/** An unusable list says what was done instead: every level was taken as available. */
const withEveryLevel = (issue: Issue): Issue => ({ ...issue, message: `${issue.message.replace(/\.$/, '')}; every level was taken as available.` });

const EVERY_LEVEL = /* @__PURE__ */ (() => (1 << LEVEL_IDS.length) - 1)();
