import type { PathSegment } from '../issues/types.js';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Renders a path as `sessions[3].end`; keys that are not identifiers are quoted in brackets. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
