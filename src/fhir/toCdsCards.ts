import { isIssueLike, safeJson, severityOf } from '../issues/isIssueLike.js';
import type { Issue, Severity } from '../issues/types.js';
import { SOURCES } from '../sources/data.js';
import type { CdsCard, CdsSource } from './cdsTypes.js';

const INDICATOR: { readonly [S in Severity]: CdsCard['indicator'] } = {
  error: 'critical',
  warning: 'warning',
  info: 'info',
};

/** CDS Hooks asks for summaries under 140 characters. */
const SUMMARY_LIMIT = 139;

/**
 * Options of {@link toCdsCards}.
 *
 * @category FHIR
 */
export interface CdsCardOptions {
  /** The card source; defaults to `{ label: 'level-of-care' }`. */
  readonly source?: CdsSource;
}

/** The message, or as many of its whole words as fit with an ellipsis: a clinician never reads half a word. */
function summaryOf(message: string): string {
  if (message.length <= SUMMARY_LIMIT) return message;
  const head = message.slice(0, SUMMARY_LIMIT - 1);
  const space = head.lastIndexOf(' ');
  // A single word longer than half the limit (a long id, say) is cut where the limit falls.
  const words = space >= SUMMARY_LIMIT / 2 ? head.slice(0, space) : head;
  return `${words.trimEnd().replace(/[,;:]+$/, '')}…`;
}

function detailOf(issue: Issue): string {
  const lines = [issue.message];
  if (issue.ruleId !== undefined) lines.push('', `Rule: \`${issue.ruleId}\``);
  if (issue.expected !== undefined || issue.received !== undefined) {
    lines.push('', `Expected: ${safeJson(issue.expected)} · found: ${safeJson(issue.received)}`);
  }
  const cited = (issue.sources ?? []).map((id) => (Object.hasOwn(SOURCES, id) ? SOURCES[id].title : id));
  if (cited.length > 0) lines.push('', 'Sources:', ...cited.map((title) => `- ${title}`));
  return lines.join('\n');
}


/**
 * Turns the issues of any validator result into CDS Hooks cards, one card per issue, most severe
 * first: `error` → `critical`, `warning` → `warning`, `info` → `info`. The summary is the issue's
 * message, shortened at a word boundary with an ellipsis to fewer than 140 characters; the markdown
 * detail adds the rule,
 * the expected and found values and the titles of the sources. A result without issues gives no cards.
 *
 * @param result - Any result with `issues` (for example from `validateSchedule`).
 * @param options - The card source.
 * @returns The cards.
 *
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toCdsCards } from 'level-of-care/fhir';
 *
 * const issue = createIssue(
 *   'week_days_below_minimum',
 *   { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 },
 *   { path: ['weeks', '2026-03-02'], sources: ['encore-os-scheduling'] },
 * );
 * const [card] = toCdsCards({ issues: [issue] });
 * [card?.indicator, card?.summary, card?.source.label];
 * //=> ['critical', 'Week of 2026-03-02 has 2 service days of iop; the policy requires at least 3.', 'level-of-care']
 * ```
 *
 * @category FHIR
 */
export function toCdsCards(result: { readonly issues: readonly Issue[] }, options: CdsCardOptions = {}): CdsCard[] {
  // JavaScript callers may pass null or a source without a label; CDS Hooks requires a label.
  const given = typeof options === 'object' && options !== null ? options.source : undefined;
  const source = typeof given?.label === 'string' ? given : { label: 'level-of-care' };
  const issues = Array.isArray(result?.issues) ? result.issues.filter(isIssueLike) : [];
  const rank: { readonly [S in Severity]: number } = { error: 0, warning: 1, info: 2 };
  return [...issues]
    .sort((a, b) => rank[severityOf(a)] - rank[severityOf(b)])
    .map((issue) => ({
      summary: summaryOf(issue.message),
      indicator: INDICATOR[severityOf(issue)],
      detail: detailOf(issue),
      source: { ...source },
    }));
}
