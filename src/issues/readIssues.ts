import { LIMITS } from '../limits/index.js';
import type { SourceId } from '../sources/data.js';
import { ISSUE_CATALOG } from './messages.js';
import type { Issue, PathSegment, Severity } from './types.js';

const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];

/** Issues handed back by a caller, read once as plain data. */
export interface ReadIssues {
  /** Whether the value was a list at all. */
  readonly isList: boolean;
  /** The entries that have the shape of an issue this library produces, copied. */
  readonly issues: Issue[];
  /** Entries without that shape, or that could not be read; they are left out. */
  readonly unreadable: number;
}

const isSegments = (value: unknown): value is PathSegment[] =>
  // Array.from reads holes as undefined, which `every` alone would skip.
  Array.isArray(value) && value.length <= LIMITS.maxListEntries && Array.from(value).every((segment) => typeof segment === 'string' || typeof segment === 'number');

/** One entry as a plain issue, or `undefined`; each field is read once, so a getter cannot answer two ways. */
function issueOf(value: unknown): Issue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  const { code, severity, message, path, ruleId, sources, expected, received, source } = entry;
  if (typeof code !== 'string' || !Object.hasOwn(ISSUE_CATALOG, code) || typeof message !== 'string' || !isSegments(path)) return undefined;
  if (ruleId !== undefined && typeof ruleId !== 'string') return undefined;
  if (source !== undefined && typeof source !== 'string') return undefined;
  if (sources !== undefined && !(Array.isArray(sources) && sources.length <= LIMITS.maxListEntries && Array.from(sources).every((id) => typeof id === 'string'))) return undefined;
  // A damaged severity counts as an error, so a damaged issue is never played down.
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code: code as Issue['code'],
    severity: SEVERITIES.includes(severity) ? (severity as Severity) : 'error',
    message,
    path: [...path],
  };
  if (ruleId !== undefined) issue.ruleId = ruleId;
  if (sources !== undefined) issue.sources = Array.from(sources) as SourceId[];
  if (expected !== undefined) issue.expected = expected;
  if (received !== undefined) issue.received = received;
  if (source !== undefined) issue.source = source;
  return issue;
}

/**
 * The issues of a list a caller hands back (to `isOk`, `formatIssues` and the FHIR adapters), often
 * after a JSON round trip: entries are read once each, as plain data, and whatever they do while being
 * read (a getter or Proxy trap that throws) only makes them unreadable. Never throws.
 */
export function readIssues(value: unknown): ReadIssues {
  const issues: Issue[] = [];
  let unreadable = 0;
  let length: number;
  try {
    if (!Array.isArray(value)) return { isList: false, issues, unreadable };
    length = Math.min(value.length, LIMITS.maxSessions);
    unreadable = value.length - length;
  } catch {
    return { isList: false, issues, unreadable };
  }
  for (let i = 0; i < length; i += 1) {
    let issue: Issue | undefined;
    try {
      issue = issueOf((value as unknown[])[i]);
    } catch {
      issue = undefined;
    }
    if (issue === undefined) unreadable += 1;
    else issues.push(issue);
  }
  return { isList: true, issues, unreadable };
}
