import { readIssues } from '../issues/readIssues.js';
import { ISSUE_CATALOG } from '../issues/messages.js';
import type { Issue, Severity } from '../issues/types.js';
import { ISSUE_CODE_SYSTEM } from './codeSystems.js';
import { toFhirPath } from './fhirPath.js';
import { FHIR_ISSUE_TYPES } from './operationOutcomeData.js';
import type { FhirOperationOutcome, FhirOperationOutcomeIssue } from './types.js';

const SEVERITY: { readonly [S in Severity]: FhirOperationOutcomeIssue['severity'] } = {
  error: 'error',
  warning: 'warning',
  info: 'information',
};

function toOutcomeIssue(issue: Issue, expression: string | undefined): FhirOperationOutcomeIssue {
  // FHIR allows no empty string: a message lost on the way back from a caller gives the code's meaning.
  const message = issue.message.trim() === '' ? ISSUE_CATALOG[issue.code].meaning : issue.message;
  return {
    severity: SEVERITY[issue.severity],
    code: FHIR_ISSUE_TYPES[issue.code],
    details: { coding: [{ system: ISSUE_CODE_SYSTEM, code: issue.code }], text: message },
    diagnostics: issue.ruleId === undefined || issue.ruleId === '' ? message : `${message} (rule ${issue.ruleId})`,
    ...(expression === undefined || expression === '' ? {} : { expression: [expression] }),
  };
}

/** The `source` an issue carries, when it is one (issues come back from callers, often through JSON). */
export const sourceOf = (issue: Issue): string | undefined => (typeof issue.source === 'string' && issue.source !== '' ? issue.source : undefined);

/**
 * An `OperationOutcome` of the issues, each issue's `expression` given by `expressionOf` (none when it
 * gives `undefined`).
 */
export function outcomeOf(issues: readonly Issue[], expressionOf: (issue: Issue) => string | undefined): FhirOperationOutcome {
  // Holes and entries that are not issues each get their own `invalid` issue instead of an empty slot.
  const read = readIssues(issues);
  const list: readonly (Issue | undefined)[] = read.isList ? read.entries : [undefined];
  if (list.length === 0) {
    return {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues found.' }],
    };
  }
  return {
    resourceType: 'OperationOutcome',
    issue: list.map((item, index) =>
      item !== undefined
        ? toOutcomeIssue(item, expressionOf(item))
        : {
            severity: 'error' as const,
            code: 'invalid' as const,
            diagnostics: `Item ${index} is not an issue produced by level-of-care.`,
          },
    ),
  };
}

/**
 * Turns issues into an R4 `OperationOutcome`: severity `error` → `error`, `warning` → `warning`,
 * `info` → `information`; `code` is the R4 IssueType of the issue code (`business-rule`, `invalid`,
 * `invariant`, …); `details` carries the library's issue code and `diagnostics` the message. The
 * `expression` is the issue's `source` when it has one (the FHIRPath of the resource a session was
 * read from), else its path written as FHIRPath. Those paths point into the validator's own input
 * (`sessions[4]`); for issues that must point into a FHIR Bundle, use `validateFhirSchedule`. FHIR
 * requires at least one issue, so an empty list gives a single `information` issue saying that
 * nothing was found. Anything in the list that is not an issue becomes an `error` issue rather than
 * a throw.
 *
 * @param issues - Issues from any validator of this library.
 * @returns The `OperationOutcome` resource.
 *
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toOperationOutcome } from 'level-of-care/fhir';
 *
 * toOperationOutcome([]).issue;
 * //=> [{ severity: 'information', code: 'informational', diagnostics: 'No issues found.' }]
 *
 * const session = { position: 5, start: '2026-03-02 11:30' };
 * const other = { position: 4, start: '2026-03-02 09:00' };
 * const issue = createIssue('session_overlap', { session, other, minutes: 30 }, { path: ['sessions', 4] });
 * toOperationOutcome([issue]).issue[0];
 * //=> { severity: 'error', code: 'business-rule',
 * //     details: { coding: [{ system: 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/issue', code: 'session_overlap' }],
 * //                text: 'Session 5 (2026-03-02 11:30) overlaps session 4 (2026-03-02 09:00) by 30 minutes.' },
 * //     diagnostics: 'Session 5 (2026-03-02 11:30) overlaps session 4 (2026-03-02 09:00) by 30 minutes.', expression: ['sessions[4]'] }
 * ```
 *
 * @category FHIR
 */
export function toOperationOutcome(issues: readonly Issue[]): FhirOperationOutcome {
  return outcomeOf(issues, (issue) => sourceOf(issue) ?? toFhirPath(issue.path));
}
