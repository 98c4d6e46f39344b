import type { IssueContext } from './createIssue.js';
import type { IssueCatalogEntry, IssueCode, IssueParams } from './messages.js';
import type { Issue } from './types.js';

/**
 * Builds an issue from its catalog row: the severity and the message come from `entry`. Optional
 * context fields left `undefined` are omitted. Callers that know their row import it directly, so a
 * bundle carries only the rows it uses.
 */
export function issueFrom<C extends IssueCode>(code: C, entry: IssueCatalogEntry<C>, params: IssueParams[C], context: IssueContext): Issue {
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity: entry.severity,
    message: entry.message(params),
    path: [...context.path],
  };
  if (context.ruleId !== undefined) issue.ruleId = context.ruleId;
  if (context.sources !== undefined) issue.sources = [...context.sources];
  if (context.expected !== undefined) issue.expected = context.expected;
  if (context.received !== undefined) issue.received = context.received;
  if (context.source !== undefined) issue.source = context.source;
  return issue;
}
