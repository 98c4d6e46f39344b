import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { Policy } from '../policies/types.js';
import type { SourceId } from '../sources/data.js';
import type { DatedEpisode } from './datedEpisode.js';

/**
 * `medicare_iop_php_overlap` warnings under a policy with `iopBeforePhpDays`: an intensive outpatient
 * episode with a date in the days before a partial hospitalization episode starts. Medicare returns an
 * intensive outpatient claim with a date of service within 7 days before a partial hospitalization
 * claim, so the program hears of it before it bills.
 *
 * @param sorted - The history sorted by start.
 */
export function iopPhpOverlapIssues(sorted: readonly DatedEpisode[], policy: Policy): Issue[] {
  const window = policy.iopBeforePhpDays;
  const issues: Issue[] = [];
  if (window === undefined) return issues;
  // Partial hospitalization episodes come in date order, so the first day that counts only moves
  // forward: an intensive outpatient episode that ends before it is dropped for good, and the ones
  // kept are each reported.
  let active: DatedEpisode[] = [];
  let added = 0;
  for (const php of sorted) {
    if (php.level !== 'php') continue;
    for (; added < sorted.length && sorted[added]!.start < php.start; added += 1) {
      if (sorted[added]!.level === 'iop') active.push(sorted[added]!);
    }
    const daysBefore = (iop: DatedEpisode): number => php.start - Math.min(iop.end ?? Number.POSITIVE_INFINITY, php.start - 1);
    active = active.filter((iop) => daysBefore(iop) <= window.value);
    for (const iop of active) {
      issues.push(
        createIssue(
          'medicare_iop_php_overlap',
          { episode: iop.ref, other: php.ref, days: window.value },
          {
            path: ['episodes', iop.index],
            ruleId: `${policy.id}/iopBeforePhpDays`,
            // A custom policy's own references pass through as given.
            sources: window.sources as readonly SourceId[],
            expected: window.value,
            received: daysBefore(iop),
          },
        ),
      );
    }
  }
  return issues;
}
