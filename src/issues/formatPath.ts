import type { PathSegment } from './types.js';
import { readList } from '../_lib/readList.js';
import { LIMITS } from './limits.js';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Whether a value can be a step of a path: a key or an index. */
export const isSegment = (value: unknown): value is PathSegment => typeof value === 'string' || typeof value === 'number';

/**
 * Renders an issue path the way messages and {@link formatIssues} write it: indexes in brackets,
 * identifier keys joined with dots, any other key quoted in brackets.
 *
 * @param path - An issue path.
 * @returns The path as text; the empty path gives `''`.
 *
 * @example
 * ```ts
 * import { formatPath } from 'level-of-care';
 *
 * formatPath(['sessions', 3, 'end']);
 * //=> 'sessions[3].end'
 * formatPath(['weeks', '2026-03-02']);
 * //=> 'weeks["2026-03-02"]'
 * ```
 *
 * @category Issues
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of readList(path, LIMITS.maxListEntries, isSegment)) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
