/**
 * The source of a CDS Hooks card.
 *
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toCdsCards, type CdsSource } from 'level-of-care/fhir';
 *
 * const issue = createIssue('week_partial', { weekStart: '2026-03-02', days: 2 }, { path: ['weeks', '2026-03-02'] });
 * const source: CdsSource | undefined = toCdsCards({ issues: [issue] })[0]?.source;
 * source;
 * //=> { label: 'level-of-care' }
 * ```
 *
 * @category FHIR
 */
export interface CdsSource {
  /** Short, human-readable name of the source. */
  label: string;
  /** Where to read more about the source. */
  url?: string;
}

/**
 * A CDS Hooks card (the fields this library fills).
 *
 * @example
 * ```ts
 * import { createIssue } from 'level-of-care';
 * import { toCdsCards, type CdsCard } from 'level-of-care/fhir';
 *
 * const params = { weekStart: '2026-03-02', level: 'iop', days: 2, minimum: 3 };
 * const issue = createIssue('week_days_below_minimum', params, { path: ['weeks', '2026-03-02'] });
 * const card: CdsCard | undefined = toCdsCards({ issues: [issue] })[0];
 * [card?.indicator, card?.summary];
 * //=> ['critical', 'Week of 2026-03-02 has 2 service days of iop; the policy requires at least 3.']
 * ```
 *
 * @category FHIR
 */
export interface CdsCard {
  /** One-line summary, fewer than 140 characters. */
  summary: string;
  /** Urgency: `info`, `warning` or `critical`. */
  indicator: 'info' | 'warning' | 'critical';
  /** Detail in GitHub-flavoured markdown. */
  detail?: string;
  /** Who produced the card. */
  source: CdsSource;
}

/**
 * A CDS Hooks service response.
 *
 * @example
 * ```ts
 * import { validateSchedule } from 'level-of-care';
 * import { toCdsCards, type CdsResponse } from 'level-of-care/fhir';
 *
 * const result = validateSchedule([], { level: 'iop', timeZone: 'America/New_York' });
 * const response: CdsResponse = { cards: toCdsCards(result) };
 * response.cards.map((card) => [card.indicator, card.summary]);
 * //=> [['critical', 'The schedule has no sessions.']]
 * ```
 *
 * @category FHIR
 */
export interface CdsResponse {
  /** The cards, possibly none. */
  cards: CdsCard[];
}
