// The subpath keeps bundles to tzOffset alone: the package root also loads TZDate, which bundlers keep.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DAY_MS, type DayNumber } from './dayNumber.js';

// The one time-zone helper of the library. Offsets come from `@date-fns/tz` (the runtime's IANA
// data through Intl) and never from the process `TZ`: a program counts hours per day and week in its
// own zone, wherever the server runs. Schedules hold up to millions of sessions, so the offset of each
// zone is looked up once per UTC day and remembered; a day with a clock change stores the exact
// instants of the change, found by bisection to the second.

const MINUTE_MS = 60_000;
const MAX_INSTANT = 8.64e15;
const MAX_CACHED_ZONES = 512;
const MAX_CACHED_DAYS = 100_000;

/** The offsets of one UTC day: constant, or changing at the listed instants. */
type DayOffsets = number | { readonly first: number; readonly changes: readonly { readonly at: number; readonly offset: number }[] };

interface ZoneState {
  readonly timeZone: string;
  readonly days: Map<number, DayOffsets>;
}

const zones = new Map<string, ZoneState | null>();

/**
 * The zone's offset at an instant, in milliseconds (seconds included: `tzOffset` answers fractional
 * minutes); `@date-fns/tz` reads it from the runtime's Intl data.
 */
function wallOffset(timeZone: string, instant: number): number {
  const date = new Date(Math.min(Math.max(instant, -MAX_INSTANT), MAX_INSTANT));
  const minutes = tzOffset(timeZone, date);
  // tzOffset reads "GMT-00:44:30" as +44.5 (date-fns #4279): under an hour, the sign is read from Intl.
  const west = minutes > 0 && minutes < 60 && new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format(date).includes('GMT-');
  return (west ? -minutes : minutes) * MINUTE_MS;
}

function zoneState(timeZone: string): ZoneState | undefined {
  const known = zones.get(timeZone);
  if (known !== undefined) return known ?? undefined;
  let state: ZoneState | null = null;
  try {
    // Intl throws a RangeError for names it does not know; the finite check guards runtimes that do not.
    new Intl.DateTimeFormat('en-US', { timeZone });
    if (Number.isFinite(wallOffset(timeZone, 0))) state = { timeZone, days: new Map() };
  } catch {
    state = null;
  }
  if (zones.size >= MAX_CACHED_ZONES) zones.clear();
  zones.set(timeZone, state);
  return state ?? undefined;
}

function offsetsOfDay(timeZone: string, day: number): DayOffsets {
  const start = day * DAY_MS;
  const last = start + DAY_MS - 1000;
  const first = wallOffset(timeZone, start);
  if (wallOffset(timeZone, last) === first) return first;
  // Clock changes fall on whole seconds; each loop finds the next one after `from`.
  const changes: { at: number; offset: number }[] = [];
  let from = start;
  let current = first;
  while (wallOffset(timeZone, last) !== current && changes.length < 4) {
    let low = from;
    let high = last;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (wallOffset(timeZone, middle) === current) low = middle;
      else high = middle;
    }
    current = wallOffset(timeZone, high);
    changes.push({ at: high, offset: current });
    from = high;
  }
  return { first, changes };
}

/**
 * The UTC offsets of one IANA time zone, with a memo of the last day looked up so that runs of
 * sessions on the same day cost one comparison. Get one from {@link zoneClock}.
 */
export interface ZoneClock {
  /** The zone's name as given. */
  readonly timeZone: string;
  /** The offset from UTC in milliseconds at an instant (positive east of Greenwich). */
  offsetAt(instant: number): number;
  /** The local calendar day (as a day number) on which an instant falls. */
  localDay(instant: number): DayNumber;
  /**
   * The instant of a local wall-clock time. A time that occurs twice (clocks fall back) resolves to
   * its first occurrence; a time inside a spring-forward gap is moved forward by the gap's length,
   * which is what a clock on the wall shows at that moment. (TZDate's wall-clock constructor would
   * pick London's repeated 01:30 on 2026-10-25 by the process zone: +00:00 under TZ=UTC, +01:00
   * under TZ=Australia/Lord_Howe.)
   */
  wallTimeToInstant(day: DayNumber, minuteOfDay: number): WallTimeResolution;
  /**
   * An instant as ISO 8601 with this zone's offset, e.g. `2026-03-09T09:00:00-04:00`; milliseconds
   * appear only when not zero. Historical offsets with seconds are rounded to the minute (the string
   * still names the same instant).
   */
  formatInstant(instant: number): string;
}

class CachedZoneClock implements ZoneClock {
  readonly timeZone: string;
  readonly #state: ZoneState;
  #lastDay = Number.NaN;
  #lastOffsets: DayOffsets = 0;

  constructor(timeZone: string, state: ZoneState) {
    this.timeZone = timeZone;
    this.#state = state;
  }

  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    let offsets: DayOffsets;
    if (day === this.#lastDay) {
      offsets = this.#lastOffsets;
    } else {
      const days = this.#state.days;
      const cached = days.get(day);
      if (cached === undefined) {
        offsets = offsetsOfDay(this.#state.timeZone, day);
        if (days.size >= MAX_CACHED_DAYS) days.clear();
        days.set(day, offsets);
      } else {
        offsets = cached;
      }
      this.#lastDay = day;
      this.#lastOffsets = offsets;
    }
    if (typeof offsets === 'number') return offsets;
    let offset = offsets.first;
    for (const change of offsets.changes) {
      if (instant < change.at) break;
      offset = change.offset;
    }
    return offset;
  }

  localDay(instant: number): DayNumber {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  wallTimeToInstant(day: DayNumber, minuteOfDay: number): WallTimeResolution {
    const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
    const offsetBefore = this.offsetAt(wall - DAY_MS);
    const offsetAfter = this.offsetAt(wall + DAY_MS);
    const early = wall - offsetBefore;
    const late = wall - offsetAfter;
    const earlyFits = this.offsetAt(early) === offsetBefore;
    const lateFits = this.offsetAt(late) === offsetAfter;
    if (earlyFits && lateFits && early !== late) return { instant: Math.min(early, late), kind: 'ambiguous' };
    if (earlyFits) return { instant: early, kind: 'exact' };
    if (lateFits) return { instant: late, kind: 'exact' };
    return { instant: early, kind: 'nonexistent' };
  }

  formatInstant(instant: number): string {
    const offset = Math.round(this.offsetAt(instant) / MINUTE_MS) * MINUTE_MS;
    const local = new Date(instant + offset);
    const millis = local.getUTCMilliseconds();
    const sign = offset < 0 ? '-' : '+';
    const absolute = Math.abs(offset) / MINUTE_MS;
    return (
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `${millis === 0 ? '' : `.${pad(millis, 3)}`}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
    );
  }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** How a wall-clock time was resolved to an instant. */
interface WallTimeResolution {
  /** Milliseconds since the epoch. */
  readonly instant: number;
  /** `exact` when the wall time occurs once, `ambiguous` when twice, `nonexistent` in a gap. */
  readonly kind: 'exact' | 'ambiguous' | 'nonexistent';
}

/** A {@link ZoneClock} for a time-zone name, or `undefined` when the runtime does not know the zone. */
export function zoneClock(timeZone: unknown): ZoneClock | undefined {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 100) return undefined;
  const state = zoneState(timeZone);
  return state === undefined ? undefined : new CachedZoneClock(timeZone, state);
}
