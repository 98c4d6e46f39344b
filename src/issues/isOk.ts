import { hasError } from './hasError.js';
import { issuesIn, readIssues } from './readIssues.js';
import type { Issue } from './types.js';

/**
 * Whether a list of issues passes: `true` exactly when no issue has severity `error`. Every
 * validator's `ok` is computed this way.
 *
 * @param issues - The issues found.
 * @returns `true` when none is an error.
 *
 * @example
 * ```ts
 * import { createIssue, isOk } from 'level-of-care';
 *
 * isOk([createIssue('week_partial', { weekStart: '2026-03-02', days: 3 }, { path: [] })]);
 * //=> true
 * ```
 *
 * @category Issues
 */
export function isOk(issues: readonly Issue[]): boolean {
  const read = readIssues(issues);
  return read.isList && read.entries.every((entry) => entry !== undefined) && !hasError(issuesIn(read));
}
