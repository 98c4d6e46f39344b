import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Internal schemas are written with `zod/mini`: the same zod 4 core as `zod` (the same checks, the
// same issue messages), but its functions tree-shake, so a page that imports one validator does not
// carry all of zod. The public schemas (`SessionSchema`, `AssessmentSchema`, …) stay `zod` schemas
// with their methods; tests hold each internal twin to the issues of its public schema.

let english: z.core.$ZodErrorMap | undefined;

/**
 * The message of an issue, looked up the way `zod` looks it up once it is loaded: an application's
 * own `z.config({ customError })` first, then the configured locale, then zod's English messages.
 * `zod/mini` loads no locale by itself, and the messages of `invalid_input` issues must not depend
 * on whether some other module imported `zod`.
 */
function messageOf(issue: z.core.$ZodRawIssue): string | { message: string } | undefined | null {
  const config = z.config();
  const custom = config.customError?.(issue);
  if (custom !== undefined && custom !== null) return custom;
  const local = config.localeError?.(issue);
  if (local !== undefined && local !== null) return local;
  english ??= en().localeError;
  return english(issue);
}

/** `safeParse` with the messages `zod` would give (see {@link messageOf}). */
export function safeParseMini<T extends z.core.$ZodType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.core.output<T>> {
  // A parse given an error map costs about 1 µs more (Node 20), and a valid value needs no messages:
  // the map is passed only to write the issues of a value that fails.
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed : z.safeParse(schema, value, { error: messageOf });
}

/**
 * A value built on first use and kept: module-level schemas cost nothing to import, and bundlers drop
 * the ones a page never uses (call sites are marked `@__PURE__`).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
