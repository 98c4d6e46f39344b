import { type DayNumber, dayNumberOf } from '../_lib/dayNumber.js';
import type { Policy } from './types.js';

/** The dates of service a policy governs, as day numbers; `last` is absent while it is in force. */
export interface EffectiveDays {
  readonly first: DayNumber;
  readonly last?: DayNumber;
}

/** The dates a checked policy governs (its `effective` dates are real calendar dates, in order). */
export function effectiveDays(policy: Policy): EffectiveDays {
  const first = dayNumberOf(policy.effective.from) ?? Number.NEGATIVE_INFINITY;
  const last = policy.effective.to === undefined ? undefined : dayNumberOf(policy.effective.to);
  return last === undefined ? { first } : { first, last };
}

/** Whether a day falls within the dates a policy governs. */
export function inEffect(days: EffectiveDays, day: DayNumber): boolean {
  return day >= days.first && (days.last === undefined || day <= days.last);
}
