import type { IssueContext } from './createIssue.js';
import { issueFrom } from './issueFrom.js';
import type { IssueCatalogEntry } from './messages.js';
import type { Issue } from './types.js';

/**
 * The `invalid_input` row of the issue catalog. It lives apart from the other rows: every validator
 * reports bad input, and a bundle that needs no other message then carries none of them.
 */
export const INVALID_INPUT_ENTRY: IssueCatalogEntry<'invalid_input'> = {
  severity: 'error',
  meaning: 'The input does not have the expected shape or a value is out of range.',
  message: (p) => `Invalid input: ${p.detail}`,
  example: { detail: 'expected an ISO 8601 instant with an offset or Z, received "2026-03-02T09:00".' },
};

/** An `invalid_input` issue: what is wrong (`detail`, with the value received) and where. */
export const invalidInput = (detail: string, context: IssueContext): Issue =>
  issueFrom('invalid_input', INVALID_INPUT_ENTRY, { detail }, context);
