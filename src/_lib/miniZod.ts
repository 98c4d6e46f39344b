import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { describeThrown } from './describeReceived.js';
import { formatCount } from './formatCount.js';

// Every schema, the public ones (`SessionSchema`, `AssessmentSchema`, …) included, is written with
// `zod/mini`: the same zod 4 core as `zod` (the same checks, the same issue messages), but its
// functions tree-shake, so a page that imports one validator does not carry all of zod.

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

/**
 * `safeParse` with the messages `zod` would give (see {@link messageOf}), that never throws. Valid
 * input is parsed once without the message options (passing them costs about 0.4 µs a call); only a
 * failure is parsed again to write its messages. A value whose reading throws (a getter or a Proxy
 * trap of the caller's) fails with one issue at the root of the value, saying what was thrown.
 */
export function safeParseMini<T extends z.core.$ZodType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.core.output<T>> {
  try {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? parsed : z.safeParse(schema, value, { error: messageOf });
  } catch (thrown) {
    const issue: z.core.$ZodIssue = { code: 'custom', path: [], message: `could not be read (${describeThrown(thrown)})`, input: undefined };
    // Only the issues are read from a failure (not a ZodError's methods), so a plain object serves.
    return { success: false, error: { issues: [issue] } } as unknown as z.core.util.SafeParseResult<z.core.output<T>>;
  }
}

/**
 * A list schema (`z.array(…)`, with its checks) that first turns down a list longer than `limit`,
 * before reading an entry: a sparse array of length 2³² − 1 holds nothing, yet reading it entry by
 * entry takes minutes. `limitName` names the entry of `LIMITS` in the message.
 */
export function bounded<T extends z.core.$ZodType>(list: T, limit: number, limitName: string): z.ZodMiniPipe<z.ZodMiniCustom<unknown, unknown>, T> {
  const within = z.custom<unknown>((value) => !Array.isArray(value) || value.length <= limit, {
    error: (issue) =>
      `${Array.isArray(issue.input) ? formatCount(issue.input.length) : 'more'} entries are more than a call takes (at most ${formatCount(limit)}, LIMITS.${limitName})`,
  });
  return z.pipe(within, list);
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
