import type { ZoneClock } from '../_lib/timeZone.js';
import { zoneNameKind } from '../_lib/zoneNameKind.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';

const PATH = ['options', 'timeZone'] as const;
// Any instant will do for a zone whose offset never changes.
const AN_INSTANT = 946_684_800_000;

function utcOffset(clock: ZoneClock): string {
  const minutes = Math.round(clock.offsetAt(AN_INSTANT) / 60_000);
  const absolute = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * What every function with a `timeZone` option reports about it, the same way: `invalid_time_zone`
 * (an error) when the runtime does not know the zone, `time_zone_not_a_place` (a warning) when it is
 * a fixed offset or an abbreviation, and nothing for a place name or UTC.
 *
 * @param timeZone - The name given.
 * @param clock - Its clock, or `undefined` when the runtime does not know it.
 */
export function timeZoneIssues(timeZone: string, clock: ZoneClock | undefined): Issue[] {
  if (clock === undefined) return [createIssue('invalid_time_zone', { timeZone }, { path: [...PATH], received: timeZone })];
  const kind = zoneNameKind(timeZone);
  if (kind === undefined) return [];
  const params = kind === 'fixed-offset' ? { timeZone, kind, offset: utcOffset(clock) } : { timeZone, kind };
  return [createIssue('time_zone_not_a_place', params, { path: [...PATH], received: timeZone })];
}
