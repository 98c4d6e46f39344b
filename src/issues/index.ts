export type { Issue, PathSegment, Severity } from './types.js';
export { ISSUE_CATALOG, type EpisodeRef, type IssueCatalogEntry, type IssueCode, type IssueParams, type SessionRef } from './messages.js';
export { createIssue, type IssueContext } from './createIssue.js';
export { formatIssues } from './formatIssues.js';
export { formatPath } from './formatPath.js';
export { isOk } from './isOk.js';
export { LIMITS, type Limits } from './limits.js';
