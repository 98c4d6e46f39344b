import { type DayNumber, dayNumberToDate } from '../_lib/dayNumber.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { EffectiveDays } from '../policies/effectiveDays.js';
import type { Policy } from '../policies/types.js';
import { thresholdSources } from './sessionIssues.js';

const DAYS_PER_WEEK = 7;

/**
 * The `policy_not_in_effect` error of a week that lies wholly outside the dates of service the
 * policy governs (a Medicare intensive outpatient week before 2024-01-01), or `undefined` when any
 * day of the week is inside them. A policy's requirements say nothing about other dates.
 */
export function policyNotInEffect(weekStart: DayNumber, policy: Policy, governed: EffectiveDays): Issue | undefined {
  const weekEnd = weekStart + DAYS_PER_WEEK - 1;
  if (weekEnd >= governed.first && (governed.last === undefined || weekStart <= governed.last)) return undefined;
  const start = dayNumberToDate(weekStart);
  const { from, to } = policy.effective;
  return createIssue(
    'policy_not_in_effect',
    { weekStart: start, weekEnd: dayNumberToDate(weekEnd), policy: policy.id, from, ...(to === undefined ? {} : { to }) },
    {
      path: ['weeks', start],
      ruleId: `${policy.id}/effective`,
      sources: thresholdSources(policy),
      expected: policy.effective,
      received: start,
    },
  );
}
