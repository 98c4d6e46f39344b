import type { Issue } from '../issues/types.js';

/**
 * Gives each issue about one session (path `['sessions', i, …]`) that session's `source`, as the
 * session was read, so that a report can point at the record the session came from (for FHIR, its
 * resource in the Bundle).
 */
export function withSessionSources(issues: Issue[], sources: ReadonlyMap<number, string>): Issue[] {
  if (sources.size === 0) return issues;
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as Issue;
    const [head, index] = issue.path;
    const source = head === 'sessions' && typeof index === 'number' ? sources.get(index) : undefined;
    if (source !== undefined) issues[k] = { ...issue, source };
  }
  return issues;
}
