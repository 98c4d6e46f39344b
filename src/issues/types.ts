import type { SourceId } from '../sources/data.js';
import type { IssueCode } from './messages.js';

/**
 * How serious an issue is. Only `error` makes a result fail (`ok: false`).
 *
 * @example
 * ```ts
 * import { ISSUE_CATALOG, type Severity } from 'level-of-care';
 *
 * const { session_overlap, session_too_long, week_partial } = ISSUE_CATALOG;
 * const severities: Severity[] = [session_overlap.severity, session_too_long.severity, week_partial.severity];
 * severities;
 * //=> ['error', 'warning', 'info']
 * ```
 *
 * @category Issues
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One step of a path into the input: an object key or an array index.
 *
 * @example
 * ```ts
 * import { validateSchedule, type PathSegment } from 'level-of-care';
 *
 * const result = validateSchedule(
 *   [{ start: '2026-03-02T10:00:00-05:00', end: '2026-03-02T09:00:00-05:00', service: 'group' }],
 *   { level: 'iop', timeZone: 'America/New_York' },
 * );
 * const path: readonly PathSegment[] | undefined = result.issues[0]?.path;
 * path;
 * //=> ['sessions', 0, 'end']
 * ```
 *
 * @category Issues
 */
export type PathSegment = string | number;

/**
 * A finding about the caller's input, shared by every validator in the library.
 *
 * Issues are data: `code` is a stable snake_case identifier (never renamed once released), `message`
 * is one plain-English sentence with the numbers in it (it names sessions and episodes by id, or by
 * their place counted from 1, while `path` keeps the 0-based index), and `expected` / `received`
 * carry the same numbers, exact, for a user interface. Its shape maps one-to-one onto a FHIR `OperationOutcome.issue`.
 *
 * @example
 * ```ts
 * import type { Issue } from 'level-of-care';
 *
 * const issue: Issue = {
 *   code: 'session_end_before_start',
 *   severity: 'error',
 *   message: 'Session 4 (2026-03-02 10:00) ends at 2026-03-02 09:00, not after it starts.',
 *   path: ['sessions', 3, 'end'],
 * };
 * ```
 *
 * @category Issues
 */
export interface Issue {
  /** Stable identifier of the kind of finding. */
  readonly code: IssueCode;
  /** How serious it is. */
  readonly severity: Severity;
  /** One sentence, with the numbers in it. */
  readonly message: string;
  /** Where in the input, e.g. `['sessions', 3, 'end']`; empty for the input as a whole. */
  readonly path: readonly PathSegment[];
  /** The rule or threshold that produced it, e.g. `general/iop/adult/hoursPerWeek.min`. */
  readonly ruleId?: string;
  /** Ids into {@link SOURCES} for the rule or threshold. */
  readonly sources?: readonly SourceId[];
  /** The machine-readable value the rule asked for. */
  readonly expected?: unknown;
  /** The machine-readable value found. */
  readonly received?: unknown;
  /**
   * Where the record the issue is about came from, when the input said so: the `source` of the
   * session (for sessions read from FHIR, the FHIRPath of its resource, `Bundle.entry[3].resource`).
   */
  readonly source?: string;
}
