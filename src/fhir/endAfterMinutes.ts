import { instantMs } from '../_lib/instant.js';

const offsetSuffix = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant `minutes` after `start` (an instant string with an offset), written with the offset of
 * `start`, so that an end worked out from a duration reads like the start it belongs to.
 */
export function endAfterMinutes(start: string, minutes: number): string {
  const suffix = offsetSuffix.exec(start)?.[0] ?? 'Z';
  const sign = suffix.startsWith('-') ? -1 : 1;
  const offsetMinutes = suffix === 'Z' ? 0 : sign * (Number(suffix.slice(1, 3)) * 60 + Number(suffix.slice(4, 6)));
  const local = new Date(instantMs(start) + Math.round(minutes * 60_000) + offsetMinutes * 60_000).toISOString();
  return `${local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23)}${suffix}`;
}
