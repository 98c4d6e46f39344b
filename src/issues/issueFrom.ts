import { isString, readList } from '../_lib/readList.js';
import type { IssueContext } from './createIssue.js';
import { isSegment } from './formatPath.js';
import { LIMITS } from './limits.js';
import type { IssueCatalogEntry, IssueCode, IssueParams } from './messages.js';
import type { Issue, PathSegment } from './types.js';
import type { SourceId } from '../sources/data.js';

/**
 * Builds an issue from its catalog row: the severity and the message come from `entry`. Optional
 * context fields left `undefined` are omitted; each field is read once. Callers that know their row
 * import it directly, so a bundle carries only the rows it uses.
 */
export function issueFrom<C extends IssueCode>(code: C, entry: IssueCatalogEntry<C>, params: IssueParams[C], context: IssueContext): Issue {
  const { path, ruleId, sources, expected, received, source } = context;
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity: entry.severity,
    message: entry.message(params),
    path: readList<PathSegment>(path, LIMITS.maxListEntries, isSegment),
  };
  if (ruleId !== undefined) issue.ruleId = ruleId;
  if (sources !== undefined) issue.sources = readList(sources, LIMITS.maxListEntries, isString) as SourceId[];
  if (expected !== undefined) issue.expected = expected;
  if (received !== undefined) issue.received = received;
  if (source !== undefined) issue.source = source;
  return issue;
}
