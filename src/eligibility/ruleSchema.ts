import * as z from 'zod/mini';
import { safeParseMini } from '../_lib/miniZod.js';
import { LevelIdSchema } from '../levels/schema.js';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { message: `${what} must be a function` });

const RuleSchema = /* @__PURE__ */ (() => z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use kebab-case: lower-case letters and digits joined by "-"')),
  levels: z.array(LevelIdSchema).check(z.minLength(1, 'name at least one level')),
  effect: z.enum(['indication', 'contraindication', 'caution', 'minimum-level']),
  summary: z
    .string()
    .check(
      z.refine((text) => text.trim().length > 0, { message: 'write a one-line summary' }),
      z.refine((text) => !/[\r\n]/.test(text), { message: 'the summary must be one line' }),
    ),
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'cite at least one source')),
  predicate: fn('predicate'),
  explain: z.optional(fn('explain')),
}))();

// One verdict per rule object: a rule is configuration, made once and passed on every call.
const verdicts = new WeakMap<object, readonly z.core.$ZodIssue[]>();

/** The problems with a rule's shape (id, levels, effect, one-line summary, sources, functions), checked once per object. */
export function ruleProblems(rule: unknown): readonly z.core.$ZodIssue[] {
  const cached = typeof rule === 'object' && rule !== null ? verdicts.get(rule) : undefined;
  if (cached !== undefined) return cached;
  const parsed = safeParseMini(RuleSchema, rule);
  const problems = parsed.success ? [] : parsed.error.issues;
  if (typeof rule === 'object' && rule !== null) verdicts.set(rule, problems);
  return problems;
}
