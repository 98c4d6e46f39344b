import { formatPath } from './formatPath.js';
import { issuesIn, readIssues } from './readIssues.js';
import type { Issue } from './types.js';

/**
 * Renders issues as plain text, one line each: severity, code, path and message, followed by the
 * rule id when there is one. An empty list renders as `No issues.`.
 *
 * @param issues - The issues to render.
 * @returns The text, lines separated by `\n`.
 *
 * @example
 * ```ts
 * import { createIssue, formatIssues } from 'level-of-care';
 *
 * formatIssues([createIssue('transition_step_up', { from: 'iop', to: 'php' }, { path: ['to'] })]);
 * //=> 'info    transition_step_up at to: Stepping up from iop to php: document the reason for the more intensive level.'
 * ```
 *
 * @category Issues
 */
export function formatIssues(issues: readonly Issue[]): string {
  const read = readIssues(issues);
  if (!read.isList) return 'Not a list of issues.';
  const found = issuesIn(read);
  const unreadable = read.entries.length - found.length;
  const lines = found.map((issue) => {
    const where = issue.path.length === 0 ? '' : ` at ${formatPath(issue.path)}`;
    const rule = issue.ruleId === undefined ? '' : ` (rule ${issue.ruleId})`;
    return `${issue.severity.padEnd(7)} ${issue.code}${where}: ${issue.message}${rule}`;
  });
  if (unreadable > 0) lines.push(`${'error'.padEnd(7)} ${unreadable} ${unreadable === 1 ? 'entry is not an issue' : 'entries are not issues'} of level-of-care; left out.`);
  return lines.length === 0 ? 'No issues.' : lines.join('\n');
}
