import { isString, readWholeList } from '../_lib/readList.js';
import { LIMITS } from './limits.js';
import { isSegment } from './formatPath.js';
import type { SourceId } from '../sources/data.js';
import { ISSUE_CATALOG } from './messages.js';
import type { Issue, Severity } from './types.js';

const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];

/** Issues handed back by a caller, read once as plain data. */
export interface ReadIssues {
  /** Whether the value was a list at all. */
  readonly isList: boolean;
  /** Each entry, copied when it has the shape of an issue this library produces; `undefined` when it does not or cannot be read. */
  readonly entries: (Issue | undefined)[];
}

/** One entry as a plain issue, or `undefined`; each field and each list entry is read once, so a getter cannot answer two ways. */
function issueOf(value: unknown): Issue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  const { code, severity, message, path, ruleId, sources, expected, received, source } = entry;
  if (typeof code !== 'string' || !Object.hasOwn(ISSUE_CATALOG, code) || typeof message !== 'string') return undefined;
  const segments = readWholeList(path, LIMITS.maxListEntries, isSegment);
  if (segments === undefined) return undefined;
  if (ruleId !== undefined && typeof ruleId !== 'string') return undefined;
  if (source !== undefined && typeof source !== 'string') return undefined;
  const ids = sources === undefined ? undefined : readWholeList(sources, LIMITS.maxListEntries, isString);
  if (sources !== undefined && ids === undefined) return undefined;
  // A damaged severity counts as an error, so a damaged issue is never played down.
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code: code as Issue['code'],
    severity: SEVERITIES.includes(severity) ? (severity as Severity) : 'error',
    message,
    path: segments,
  };
  if (ruleId !== undefined) issue.ruleId = ruleId;
  if (ids !== undefined) issue.sources = ids as SourceId[];
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
  const entries: (Issue | undefined)[] = [];
  let length: number;
  try {
    if (!Array.isArray(value)) return { isList: false, entries };
    length = value.length;
  } catch {
    return { isList: false, entries };
  }
  // Issue lists are as long as the input they are about, at most: a longer one is no list of ours.
  if (length > LIMITS.maxSessions) return { isList: false, entries };
  for (let i = 0; i < length; i += 1) {
    let issue: Issue | undefined;
    try {
      issue = issueOf((value as unknown[])[i]);
    } catch {
      issue = undefined;
    }
    entries.push(issue);
  }
  return { isList: true, entries };
}

/** The entries that are issues. */
export const issuesIn = (read: ReadIssues): Issue[] => read.entries.filter((entry): entry is Issue => entry !== undefined);
