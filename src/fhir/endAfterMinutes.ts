import { inInstantRange } from '../_lib/describeReceived.js';
import { instantMs } from '../_lib/instant.js';

const offsetSuffix = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant `minutes` after `start` (an instant string with an offset), written with the offset of
 * `start`, so that an end worked out from a duration reads like the start it belongs to; `undefined`
 * when that instant is outside the years 0001–9999 that instants are read in.
 */
export function endAfterMinutes(start: string, minutes: number): string | undefined {
  const endMs = instantMs(start) + Math.round(minutes * 60_000);
  if (!inInstantRange(endMs)) return undefined;
  const suffix = offsetSuffix.exec(start)?.[0] ?? 'Z';
  const sign = suffix.startsWith('-') ? -1 : 1;
  const offsetMinutes = suffix === 'Z' ? 0 : sign * (Number(suffix.slice(1, 3)) * 60 + Number(suffix.slice(4, 6)));
  const local = new Date(endMs + offsetMinutes * 60_000).toISOString();
  return `${local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23)}${suffix}`;
}
