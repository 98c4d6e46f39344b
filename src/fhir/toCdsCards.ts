import { isRecord } from '../_lib/isRecord.js';
import { issuesIn, readIssues } from '../issues/readIssues.js';
import type { Issue, Severity } from '../issues/types.js';
import { citationsOf } from '../sources/citations.js';
import { EVIDENCE_LABELS, evidenceOf } from '../sources/evidence.js';
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
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toCdsCards, type CdsCardOptions } from 'level-of-care/fhir';
 *
 * const issue = createIssue('week_partial', { weekStart: '2026-03-02', days: 2 }, { path: ['weeks', '2026-03-02'] });
 * const options: CdsCardOptions = { source: { label: 'Clinic scheduling rules', url: 'https://clinic.example/rules' } };
 * toCdsCards({ issues: [issue] }, options)[0]?.source;
 * //=> { label: 'Clinic scheduling rules', url: 'https://clinic.example/rules' }
 * ```
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

/** `JSON.stringify` for a message, never throwing (a BigInt or a cycle renders as its type). */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

function detailOf(issue: Issue): string {
  const lines = [issue.message];
  if (issue.ruleId !== undefined) lines.push('', `Rule: \`${issue.ruleId}\``);
  if (issue.expected !== undefined || issue.received !== undefined) {
    lines.push('', `Expected: ${safeJson(issue.expected)} · found: ${safeJson(issue.received)}`);
  }
  const sources = issue.sources ?? [];
  if (sources.length > 0) {
    lines.push('', `Evidence: ${EVIDENCE_LABELS[evidenceOf(sources)]}`, '', 'Sources:', ...citationsOf(sources).map((title) => `- ${title}`));
  }
  return lines.join('\n');
}


/**
 * Turns the issues of any validator result into CDS Hooks cards, one card per issue, most severe
 * first: `error` → `critical`, `warning` → `warning`, `info` → `info`. The summary is the issue's
 * message, shortened at a word boundary with an ellipsis to fewer than 140 characters; the markdown
 * detail adds the rule, the expected and found values, the kind of evidence behind the check
 * (`Evidence: library default` when only the library's own judgment or provider web pages support
 * it) and readable citations of the sources. A result without issues gives no cards.
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
  try {
    const given = typeof options === 'object' && options !== null ? options.source : undefined;
    const label = isRecord(given) ? given['label'] : undefined;
    const source: CdsSource = typeof label === 'string' ? { ...given, label } : { label: 'level-of-care' };
    const issues = issuesIn(readIssues(isRecord(result) ? result['issues'] : undefined));
    const rank: { readonly [S in Severity]: number } = { error: 0, warning: 1, info: 2 };
    return issues
      .sort((a, b) => rank[a.severity] - rank[b.severity])
      .map((issue) => ({
        summary: summaryOf(issue.message),
        indicator: INDICATOR[issue.severity],
        detail: detailOf(issue),
        source: { ...source },
      }));
  } catch {
    // Options or a result whose reading throws give no card: there is nothing to show a clinician.
    return [];
  }
}
