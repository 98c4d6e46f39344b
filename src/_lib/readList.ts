/**
 * The entries of a list a caller hands to a helper, copied once as plain data: the entries `keep`
 * accepts, in order, at most `limit` of them. Anything that is not an array, or whose reading throws
 * (a getter or Proxy trap of the caller's), gives what was read so far; never throws.
 */
export function readList<T>(value: unknown, limit: number, keep: (entry: unknown) => entry is T): T[] {
  const out: T[] = [];
  try {
    if (!Array.isArray(value)) return out;
    const length = Math.min(value.length, limit);
    for (let i = 0; i < length; i += 1) {
      const entry: unknown = (value as readonly unknown[])[i];
      if (keep(entry)) out.push(entry);
    }
  } catch {
    // What was read before the caller's object threw is kept; the rest is left out.
  }
  return out;
}

/** Whether a value is a string. */
export const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * A list a caller hands over, copied once by index as plain data, all or nothing: `undefined` when
 * it is not an array, has more than `limit` entries, holds an entry `keep` turns down (a hole too),
 * or throws while being read. Its iterator is never called, so an overridden one cannot run.
 */
export function readWholeList<T>(value: unknown, limit: number, keep: (entry: unknown) => entry is T): T[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const length = (value as readonly unknown[]).length;
    if (length > limit) return undefined;
    const out: T[] = [];
    for (let i = 0; i < length; i += 1) {
      const entry: unknown = (value as readonly unknown[])[i];
      if (!keep(entry)) return undefined;
      out.push(entry);
    }
    return out;
  } catch {
    return undefined;
  }
}
