import type * as z from 'zod/mini';
import { invalidInput } from './invalidInput.js';
import type { Issue, PathSegment } from './types.js';
import { formatPath } from './formatPath.js';

/**
 * Turns a zod error into `invalid_input` issues, one per zod issue, each at its full path. Takes the
 * error of a `zod` or a `zod/mini` schema (both are zod 4 core errors).
 */
export function issuesFromZod(error: { readonly issues: readonly z.core.$ZodIssue[] }, basePath: readonly PathSegment[] = []): Issue[] {
  return error.issues.map((zodIssue) => {
    const path = [
      ...basePath,
      ...zodIssue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol'),
    ];
    const where = path.length === 0 ? 'input' : formatPath(path);
    return invalidInput(`${where}: ${zodIssue.message}.`, { path });
  });
}
