import type { PathSegment } from '../issues/types.js';
import { readList } from '../_lib/readList.js';
import { isSegment } from '../issues/formatPath.js';
import { LIMITS } from '../issues/limits.js';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Writes an issue path as a FHIRPath expression: `['sessions', 3, 'end']` → `sessions[3].end`; a key
 * that is not an identifier is delimited with backticks (`` weeks.`2026-03-02` ``), as FHIRPath
 * requires. An empty path stands for the input as a whole.
 *
 * @param path - An issue path.
 * @returns The expression; the empty path gives `'%resource'`.
 *
 * @example
 * ```ts
 * import { toFhirPath } from 'level-of-care/fhir';
 *
 * toFhirPath(['entry', 2, 'resource', 'start']);
 * //=> 'entry[2].resource.start'
 * toFhirPath(['weeks', '2026-03-02']);
 * //=> 'weeks.`2026-03-02`'
 * ```
 *
 * @category FHIR
 */
export function toFhirPath(path: readonly PathSegment[]): string {
  const segments = readList(path, LIMITS.maxListEntries, isSegment);
  if (segments.length === 0) return '%resource';
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const name = identifier.test(segment) ? segment : `\`${segment.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
      out += out === '' ? name : `.${name}`;
    }
  }
  return out;
}
