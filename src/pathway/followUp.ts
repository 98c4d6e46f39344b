import type { DayNumber } from '../_lib/dayNumber.js';
import { FOLLOW_UP_LEVELS, FOLLOW_UP_RULES } from './data.js';
import type { DatedEpisode } from './datedEpisode.js';

/** A high-intensity discharge after the direct transfers that lead to it. */
export interface Discharge<E extends DatedEpisode> {
  /** The last high-intensity episode of the run: its end is the discharge. */
  readonly episode: E & { readonly end: DayNumber };
  /** The episodes the person was transferred from, earliest first. */
  readonly transferredFrom: readonly E[];
}

const isHighIntensity = (episode: DatedEpisode): boolean => FOLLOW_UP_LEVELS.includes(episode.level);

/** The first index in `[0, length)` from which `holds` is true, `length` when it never is; `holds` must stay true once it is (binary search). */
function firstWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Index of the first episode in `sorted` (by start) starting on or after `day`. */
export function firstStartingFrom(sorted: readonly { readonly start: DayNumber }[], day: DayNumber): number {
  return firstWhere(sorted.length, (index) => sorted[index]!.start >= day);
}

/**
 * The high-intensity discharges of a history sorted by start, in date order. A high-intensity episode
 * followed by another within the direct-transfer days (the same day or the next) is a transfer, not a
 * discharge: the discharge moves to the end of the episode transferred to. A run that ends in an
 * ongoing episode has not been discharged.
 */
export function dischargesOf<E extends DatedEpisode>(sorted: readonly E[]): Discharge<E>[] {
  const transfers = FOLLOW_UP_RULES.directTransferDays.value;
  const runs = new Map<E, E[]>();
  const discharges: Discharge<E>[] = [];
  for (const episode of sorted) {
    if (!isHighIntensity(episode)) continue;
    const before = runs.get(episode) ?? [];
    const { end } = episode;
    if (end === undefined) continue;
    // Only the episodes that start within the transfer days of the end can take the person over.
    let next: E | undefined;
    for (let position = firstStartingFrom(sorted, end); position < sorted.length; position += 1) {
      const other = sorted[position]!;
      if (other.start - end > transfers) break;
      if (other !== episode && isHighIntensity(other) && !runs.has(other)) {
        next = other;
        break;
      }
    }
    if (next !== undefined) runs.set(next, [...before, episode]);
    else discharges.push({ episode: episode as E & { readonly end: DayNumber }, transferredFrom: before });
  }
  return discharges;
}

/** The first follow-up contact after a discharge: its day, and the episode or visit that gave it. */
export interface Contact {
  readonly day: DayNumber;
  readonly episodeIndex?: number;
  readonly visitIndex?: number;
}

/**
 * Finds, for a discharge date, the first day after it on which an episode goes on (one that started
 * earlier or on the discharge day counts from the day after) and the episode that gives it.
 *
 * The episodes of the discharged run all end by the discharge date, so they never count. An episode
 * starting after the discharge date always goes on, so the answer is the first episode in `sorted`
 * that ends after the discharge date or never: the furthest end reached by each prefix of `sorted`
 * only grows, so a binary search over it finds that episode.
 *
 * @param sorted - The history sorted by start.
 */
export function episodeContacts<E extends DatedEpisode>(sorted: readonly E[]): (discharged: DayNumber) => Contact | undefined {
  const reach: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const episode of sorted) {
    furthest = Math.max(furthest, episode.end ?? Number.POSITIVE_INFINITY);
    reach.push(furthest);
  }
  return (discharged) => {
    const dayAfter = discharged + 1;
    const episode = sorted[firstWhere(reach.length, (index) => reach[index]! >= dayAfter)];
    return episode === undefined ? undefined : { day: Math.max(episode.start, dayAfter), episodeIndex: episode.index };
  };
}

/**
 * The first visit after the discharge date `discharged`.
 *
 * @param visits - Visit days with their index in the caller's list, sorted by day.
 */
export function firstVisitAfter(visits: readonly { readonly day: DayNumber; readonly index: number }[], discharged: DayNumber): Contact | undefined {
  const visit = visits[firstWhere(visits.length, (index) => visits[index]!.day > discharged)];
  return visit === undefined ? undefined : { day: visit.day, visitIndex: visit.index };
}
