import { describeReceived } from '../_lib/describeReceived.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue } from '../issues/types.js';
import { LEVEL_IDS } from '../levels/schema.js';
import { rankOf } from './levelRank.js';

/**
 * Reads `availableLevels` into a bit mask of ranks (bit 0 = inpatient); `undefined` means every level
 * is available. An entry that is not a level id is reported and ignored (treating it as unavailable
 * can only raise the recommendation, never lower it); a value that is not an array is reported and
 * ignored.
 */
export function readAvailableLevels(value: unknown, issues: Issue[]): number | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push(
      invalidInput(
        'availableLevels: expected an array of level ids; every level was taken as available.',
        { path: ['availableLevels'] },
      ),
    );
    return undefined;
  }
  let available = 0;
  (value as readonly unknown[]).forEach((entry, index) => {
    const rank = rankOf(entry);
    if (rank !== -1) available |= 1 << rank;
    else {
      issues.push(
        invalidInput(
          `availableLevels[${index}]: ${describeReceived(entry)} is not a level id; it was ignored.`,
          { path: ['availableLevels', index] },
        ),
      );
    }
  });
  // Every level available is no restriction at all.
  return available === EVERY_LEVEL ? undefined : available;
}

const EVERY_LEVEL = /* @__PURE__ */ (() => (1 << LEVEL_IDS.length) - 1)();
