import type { DayNumber } from '../_lib/dayNumber.js';
import type { EpisodeRef } from '../issues/messages.js';
import type { LevelId } from '../levels/types.js';

/** An episode with valid dates as day numbers; `end` is absent while it goes on. */
export interface DatedEpisode {
  /** Its index in the caller's list. */
  readonly index: number;
  /** How messages name it. */
  readonly ref: EpisodeRef;
  readonly level: LevelId;
  readonly start: DayNumber;
  readonly end: DayNumber | undefined;
}
