/**
 * The source of a CDS Hooks card.
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
 * @category FHIR
 */
export interface CdsResponse {
  /** The cards, possibly none. */
  cards: CdsCard[];
}
