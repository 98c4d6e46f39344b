import { isRecord } from '../_lib/isRecord.js';
import type { Issue } from '../issues/types.js';

/**
 * Gives each issue about one session (path `['sessions', i, …]`) that session's `source`, so that a
 * report can point at the record the session came from (for FHIR, its resource in the Bundle).
 */
export function withSessionSources(issues: Issue[], sessions: readonly unknown[]): Issue[] {
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as Issue;
    const [head, index] = issue.path;
    if (head !== 'sessions' || typeof index !== 'number') continue;
    const session: unknown = sessions[index];
    const source = isRecord(session) ? session['source'] : undefined;
    if (typeof source === 'string' && source !== '') issues[k] = { ...issue, source };
  }
  return issues;
}
