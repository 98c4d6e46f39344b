import { ISSUE_CATALOG } from './messages.js';
import type { Issue, Severity } from './types.js';

const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];

/**
 * Whether a value has the shape of an {@link Issue} this library produces. The FHIR and CDS adapters
 * take issues back from callers (often after a JSON round trip), so each field they read is checked;
 * the severity is read with {@link severityOf}.
 */
export function isIssueLike(value: unknown): value is Issue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  const { code, path, sources, ruleId } = issue;
  return (
    typeof code === 'string' &&
    Object.hasOwn(ISSUE_CATALOG, code) &&
    typeof issue['message'] === 'string' &&
    Array.isArray(path) &&
    // Array.from reads holes as undefined, which `every` alone would skip.
    Array.from(path).every((segment) => typeof segment === 'string' || typeof segment === 'number') &&
    (sources === undefined || (Array.isArray(sources) && Array.from(sources).every((id) => typeof id === 'string'))) &&
    (ruleId === undefined || typeof ruleId === 'string')
  );
}

/** The issue's severity; anything else counts as an error, so a damaged issue is never played down. */
export function severityOf(issue: Issue): Severity {
  return SEVERITIES.includes(issue.severity) ? issue.severity : 'error';
}

/** `JSON.stringify` for a message, never throwing (a BigInt or a cycle renders as its type). */
export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}
