// Error responses as FHIR OperationOutcome resources, as CDS Hooks 3.0 recommends for every error.
import type { HttpError } from '../_shared/http.js';

/** The code system of this service's stable error codes (`invalid_cds_request`, `prefetch_unavailable`, …). */
export const ERROR_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/examples/cds-hooks-service/error';

/** The R4 `OperationOutcome` of a refused request. */
export interface ErrorOutcome {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly {
    readonly severity: 'error';
    /** An R4 IssueType code. */
    readonly code: string;
    readonly details: { readonly coding: readonly { readonly system: string; readonly code: string }[]; readonly text: string };
    readonly diagnostics: string;
  }[];
}

// The R4 IssueType of each status the service answers with.
const ISSUE_TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid',
  404: 'not-found',
  405: 'not-supported',
  412: 'required',
  413: 'too-long',
  415: 'not-supported',
};

/** An `OperationOutcome` with one `error` issue for a refused request: its stable code and its sentence. */
export function errorOutcome(error: HttpError): ErrorOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: ISSUE_TYPE_BY_STATUS[error.status] ?? 'exception',
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code: error.code }], text: error.message },
        diagnostics: error.message,
      },
    ],
  };
}
