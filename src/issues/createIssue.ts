import type { SourceId } from '../sources/data.js';
import { describeReceived } from '../_lib/describeReceived.js';
import { unreadable } from './boundary.js';
import { invalidInput } from './invalidInput.js';
import { issueFrom } from './issueFrom.js';
import { ISSUE_CATALOG, type IssueCode, type IssueParams } from './messages.js';
import type { Issue, PathSegment } from './types.js';

/**
 * Where an issue points and which rule produced it; everything but the wording.
 *
 * @example
 * ```ts
 * import { createIssue, type IssueContext } from 'level-of-care';
 *
 * const context: IssueContext = { path: ['weeks', '2026-03-02'], ruleId: 'general/iop/adult/daysPerWeek.min', expected: 3, received: 2 };
 * const issue = createIssue('week_days_below_minimum', { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 }, context);
 * [issue.path, issue.ruleId, issue.expected, issue.received];
 * //=> [['weeks', '2026-03-02'], 'general/iop/adult/daysPerWeek.min', 3, 2]
 * ```
 *
 * @category Issues
 */
export interface IssueContext {
  /** Where in the input. */
  readonly path: readonly PathSegment[];
  /** The rule or threshold that produced it. */
  readonly ruleId?: string;
  /** Ids into {@link SOURCES}. */
  readonly sources?: readonly SourceId[];
  /** The value the rule asked for. */
  readonly expected?: unknown;
  /** The value found. */
  readonly received?: unknown;
  /** Where the record the issue is about came from (see {@link Issue.source}). */
  readonly source?: string;
}

/**
 * Builds an {@link Issue}: the severity and the message come from {@link ISSUE_CATALOG}, so the
 * wording lives in one place. Optional fields left `undefined` are omitted. `path` and `sources` are
 * copied once, entry by entry: their first `LIMITS.maxListEntries` keys and indexes (source ids), in
 * order; any other entry is left out.
 *
 * @param code - The issue code.
 * @param params - The values the message is written from.
 * @param context - Path, rule, sources and machine-readable values.
 * @returns The issue.
 *
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 *
 * createIssue('transition_step_up', { from: 'iop', to: 'php' }, { path: [] });
 * //=> { code: 'transition_step_up', severity: 'info',
 * //     message: 'Stepping up from iop to php: document the reason for the more intensive level.', path: [] }
 * ```
 *
 * @category Issues
 */
export function createIssue<C extends IssueCode>(code: C, params: IssueParams[C], context: IssueContext): Issue {
  try {
    if (typeof code !== 'string' || !Object.hasOwn(ISSUE_CATALOG, code)) {
      return invalidInput(`createIssue: ${describeReceived(code)} is not a code of ISSUE_CATALOG.`, { path: [] });
    }
    return issueFrom(code, ISSUE_CATALOG[code], params, context);
  } catch (thrown) {
    // Parameters or a context a message cannot be written from (wrong types, a getter that throws).
    return unreadable([], thrown);
  }
}
