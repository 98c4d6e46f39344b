import type { DayNumber } from '../_lib/dayNumber.js';
import type { LevelId } from '../levels/types.js';
import { FOLLOW_UP_LEVELS, FOLLOW_UP_RULES } from './data.js';

/** An episode with valid dates as day numbers; `end` is absent while it goes on. */
interface DatedEpisode {
  readonly index: number;
  readonly level: LevelId;
  readonly start: DayNumber;
  readonly end: DayNumber | undefined;
}

/** A high-intensity discharge after the direct transfers that lead to it. */
export interface Discharge<E extends DatedEpisode> {
  /** The last high-intensity episode of the run: its end is the discharge. */
  readonly episode: E & { readonly end: DayNumber };
  /** The episodes the person was transferred from, earliest first. */
  readonly transferredFrom: readonly E[];
}

const isHighIntensity = (episode: DatedEpisode): boolean => FOLLOW_UP_LEVELS.includes(episode.level);

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
    const next = sorted.find(
      (other) => other !== episode && isHighIntensity(other) && other.start >= end && other.start - end <= transfers && !runs.has(other),
    );
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
 * The first follow-up contact after a discharge on `discharged`: a day after the discharge date on
 * which an episode other than the discharged run goes on (one that started earlier or on the
 * discharge day counts from the day after), or the first visit after the discharge date.
 *
 * @param visits - Visit days with their index in the caller's list, sorted by day.
 */
export function firstContact<E extends DatedEpisode>(
  sorted: readonly E[],
  run: Discharge<E>,
  visits: readonly { readonly day: DayNumber; readonly index: number }[],
): Contact | undefined {
  const dayAfter = run.episode.end + 1;
  let first: Contact | undefined;
  for (const episode of sorted) {
    if (episode === run.episode || run.transferredFrom.includes(episode)) continue;
    if (episode.end !== undefined && episode.end < dayAfter) continue;
    const day = Math.max(episode.start, dayAfter);
    if (first === undefined || day < first.day) first = { day, episodeIndex: episode.index };
  }
  const visit = visits.find((entry) => entry.day >= dayAfter);
  if (visit !== undefined && (first === undefined || visit.day < first.day)) first = { day: visit.day, visitIndex: visit.index };
  return first;
}
