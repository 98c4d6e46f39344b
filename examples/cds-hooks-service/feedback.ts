// CDS Hooks feedback: the EHR tells the service whether a clinician accepted or overrode a card.
// The example keeps the latest entries in memory, up to a number of entries each of a bounded size,
// so it can never grow without bound.
import { HttpError, count, isObject } from '../_shared/http.js';
import { checkListLength, type RequestLimits } from '../_shared/limits.js';

/** One accepted or overridden card. */
export interface FeedbackEntry {
  readonly serviceId: string;
  /** The `uuid` of the card. */
  readonly card: string;
  readonly outcome: 'accepted' | 'overridden';
  /** When the clinician acted, as the EHR sent it. */
  readonly outcomeTimestamp: string;
  /** The ids of the suggestions accepted, when the card had any. */
  readonly acceptedSuggestions?: readonly string[];
  /** Why a card was overridden, as the EHR sent it (a coding and a comment). */
  readonly overrideReason?: unknown;
}

/** The latest feedback entries, oldest dropped first once `limit` is reached. */
export class FeedbackLog {
  readonly #entries: FeedbackEntry[] = [];
  readonly #limit: number;

  constructor(limit = 1000) {
    this.#limit = limit;
  }

  /** Adds entries, dropping the oldest beyond the limit. */
  record(entries: readonly FeedbackEntry[]): void {
    // One at a time: spreading a caller's list into `push` arguments overflows the stack when it is long.
    for (const entry of entries) this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
  }

  /** The entries kept, oldest first. */
  entries(): readonly FeedbackEntry[] {
    return [...this.#entries];
  }
}

const badFeedback = (message: string): HttpError => new HttpError(400, 'invalid_feedback', message);

/**
 * The most JSON one feedback entry may hold, in characters: an entry is a card id, an outcome, a time,
 * a few suggestion ids and a coded reason with a comment. The log keeps 1,000 entries by default, so
 * it holds at most about 4 MB.
 */
const MAX_FEEDBACK_ENTRY_CHARS = 4096;

/**
 * Reads a CDS Hooks feedback body `{ feedback: [{ card, outcome, outcomeTimestamp, … }] }`; 400 when
 * it is wrong, 422 when it holds more entries than `maxListEntries` or an entry over
 * {@link MAX_FEEDBACK_ENTRY_CHARS}.
 */
export function readFeedback(body: unknown, serviceId: string, limits: RequestLimits): FeedbackEntry[] {
  const list = isObject(body) ? body['feedback'] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw badFeedback('Expected { "feedback": [{ "card", "outcome", "outcomeTimestamp" }] }.');
  checkListLength(list, 'feedback', 'maxListEntries', limits);
  return list.map((item: unknown, index) => {
    if (!isObject(item) || typeof item['card'] !== 'string' || item['card'] === '') throw badFeedback(`feedback[${index}].card must be the uuid of a card.`);
    const chars = JSON.stringify(item).length;
    if (chars > MAX_FEEDBACK_ENTRY_CHARS) {
      const message = `feedback[${index}]: ${count(chars)} characters of JSON, more than this server keeps for one entry (at most ${count(MAX_FEEDBACK_ENTRY_CHARS)}).`;
      throw new HttpError(422, 'feedback_entry_too_large', message, { expressions: [`feedback[${index}]`] });
    }
    const outcome = item['outcome'];
    if (outcome !== 'accepted' && outcome !== 'overridden') throw badFeedback(`feedback[${index}].outcome must be "accepted" or "overridden".`);
    const timestamp = item['outcomeTimestamp'];
    if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) throw badFeedback(`feedback[${index}].outcomeTimestamp must be a date and time.`);
    const suggestions = Array.isArray(item['acceptedSuggestions'])
      ? item['acceptedSuggestions'].map((suggestion: unknown) => (isObject(suggestion) ? String(suggestion['id']) : String(suggestion)))
      : undefined;
    return {
      serviceId,
      card: item['card'],
      outcome,
      outcomeTimestamp: timestamp,
      ...(suggestions === undefined ? {} : { acceptedSuggestions: suggestions }),
      ...(outcome === 'overridden' && item['overrideReason'] !== undefined ? { overrideReason: item['overrideReason'] } : {}),
    };
  });
}
