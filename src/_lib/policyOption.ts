import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { LEVEL_IDS } from '../levels/schema.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import { generalPolicy } from '../policies/general.js';
import type { Policy } from '../policies/types.js';
import { formatPath } from '../issues/formatPath.js';
import { isLevelId } from './isLevelId.js';
import { isRecord } from './isRecord.js';


const isThreshold = (value: unknown): boolean =>
  isRecord(value) && typeof value['value'] === 'number' && Array.isArray(value['sources']);

/** A record of thresholds per level, each absent or a threshold. */
const isThresholdPerLevel = (value: unknown): boolean =>
  isRecord(value) && LEVEL_IDS.every((level) => value[level] === undefined || isThreshold(value[level]));

/**
 * Whether a value has the structure the validators read: every part they look into is there with
 * the right kind (objects, thresholds with a number and sources, a placement table of level ids),
 * so a stray value is reported instead of failing deep inside a rule. It is not `definePolicy`: the
 * values themselves (ranges, cross-field rules, source ids) are checked there, once, when a custom
 * policy is made. Kept free of the policy schema so that a page importing one validator does not
 * carry it (see bench/bundle.ts).
 */
function hasPolicyStructure(value: Record<string, unknown>): boolean {
  const { requirements, placement, stepDown } = value;
  return (
    typeof value['id'] === 'string' &&
    isRecord(requirements) &&
    LEVEL_IDS.every((level) => {
      const byPopulation = requirements[level];
      return (
        byPopulation === undefined ||
        (isRecord(byPopulation) &&
          (byPopulation['adult'] === undefined || isRecord(byPopulation['adult'])) &&
          (byPopulation['adolescent'] === undefined || isRecord(byPopulation['adolescent'])))
      );
    }) &&
    isRecord(placement) &&
    isRecord(placement['minimumLevel']) &&
    DIMENSIONS.every((dimension) => {
      const row = (placement['minimumLevel'] as Record<string, unknown>)[dimension];
      return Array.isArray(row) && row.length === 5 && row.every(isLevelId);
    }) &&
    isRecord(stepDown) &&
    isThreshold(stepDown['minAttendanceRate']) &&
    isThresholdPerLevel(stepDown['minDaysAtLevel']) &&
    isThresholdPerLevel(stepDown['minDaysAbstinent']) &&
    isThresholdPerLevel(value['typicalStayDays']) &&
    isThreshold(value['maxGapDays']) &&
    isThreshold(value['lengthOfStayReviewFactor'])
  );
}

// Each object is checked once: built-in and defined policies are reused on every call, so the check
// costs a lookup after the first time.
const checked = new WeakMap<object, boolean>();

/** Whether a value has the shape of a {@link Policy} (untyped callers may pass anything). */
export function isPolicy(value: unknown): value is Policy {
  if (!isRecord(value)) return false;
  let ok = checked.get(value);
  if (ok === undefined) {
    ok = hasPolicyStructure(value);
    checked.set(value, ok);
  }
  return ok;
}

/**
 * The `policy` option: the default policy when absent; a value that is not a policy becomes an
 * `invalid_input` issue at `path` and the default is used, so a stray value from a JavaScript caller
 * or a JSON body is reported instead of failing deep inside a rule.
 */
export function readPolicyOption(value: unknown, issues: Issue[], path: readonly PathSegment[]): Policy {
  if (value === undefined) return generalPolicy;
  if (isPolicy(value)) return value;
  issues.push(
    invalidInput(
      `${formatPath(path)}: expected a policy such as POLICIES.general (built with definePolicy or extendPolicy).`,
      { path: [...path] },
    ),
  );
  return generalPolicy;
}
