import { describeReceived, describeThrown } from '../_lib/describeReceived.js';
import { formatPath } from './formatPath.js';
import { invalidInput } from './invalidInput.js';
import type { Issue, PathSegment } from './types.js';
import { formatCount } from '../_lib/formatCount.js';

// The one boundary between a caller's objects and the library. Reading a caller's value can run the
// caller's code (getters, Proxy traps) or meet shapes JSON never has (cycles, deep nesting, huge sparse
// arrays); whatever happens there becomes an `invalid_input` issue at the deepest path known, and the
// rest of the input is still checked.

const where = (path: readonly PathSegment[]): string => (path.length === 0 ? 'input' : formatPath(path));

/**
 * The issue for a value that could not be read: a getter or a Proxy trap threw, or the value nests too
 * deep to be followed. The value is left out; the rest of the input is checked as usual.
 */
export function unreadable(path: readonly PathSegment[], thrown: unknown): Issue {
  return invalidInput(`${where(path)}: could not be read (${describeThrown(thrown)}); it was left out.`, { path: [...path] });
}

/**
 * The length of a list a caller gives, checked before anything is read from it: `undefined`, with an
 * issue at `path`, when it is not an array, its length cannot be read, or it has more than `limit`
 * entries (`limitName` names the entry of `LIMITS`). Entries are then read by index, so a sparse array
 * costs nothing for its holes' sake beyond the limit.
 */
export function listLength(
  value: unknown,
  path: readonly PathSegment[],
  what: string,
  limit: number,
  limitName: string,
  issues: Issue[],
): number | undefined {
  let length: number;
  try {
    if (!Array.isArray(value)) {
      issues.push(invalidInput(`${where(path)}: expected an array of ${what}, received ${describeReceived(value)}.`, { path: [...path] }));
      return undefined;
    }
    length = value.length;
  } catch (thrown) {
    issues.push(unreadable(path, thrown));
    return undefined;
  }
  if (length > limit) {
    const detail = `${where(path)}: ${formatCount(length)} ${what} are more than a call takes (at most ${formatCount(limit)}, LIMITS.${limitName}); none was read.`;
    issues.push(invalidInput(detail, { path: [...path], expected: limit, received: length }));
    return undefined;
  }
  return length;
}

/**
 * Reads the first `length` entries of a caller's list (checked by {@link listLength}) by index, each
 * once, and hands each to `each` with its index. An entry whose reading throws is reported at
 * `[...path, index]` and skipped; the others are still read.
 */
export function forEachEntry(
  list: unknown,
  length: number,
  path: readonly PathSegment[],
  issues: Issue[],
  each: (entry: unknown, index: number) => void,
): void {
  for (let index = 0; index < length; index += 1) {
    let entry: unknown;
    try {
      entry = (list as readonly unknown[])[index];
    } catch (thrown) {
      issues.push(unreadable([...path, index], thrown));
      continue;
    }
    each(entry, index);
  }
}

/**
 * The options a caller gives, copied once: their own enumerable keys, each read once (a getter cannot
 * answer two ways). Absent or `null` options are no options; options whose reading throws are
 * reported at `path` and read as none.
 */
export function optionsOf(value: unknown, path: readonly PathSegment[], issues: Issue[]): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return {};
  try {
    return { ...value };
  } catch (thrown) {
    issues.push(unreadable(path, thrown));
    return {};
  }
}
