import * as z from 'zod/mini';
import { describeThrown } from '../_lib/describeReceived.js';
import { bounded, safeParseMini } from '../_lib/miniZod.js';
import { LevelIdSchema } from '../levels/schema.js';
import { LIMITS } from '../issues/limits.js';
import { generalPolicy } from '../policies/general.js';
import { ASSESSMENT_FIELDS, type AssessmentFieldKind } from './fields.js';
import { normalizeAssessment } from './normalizeAssessment.js';
import { evaluationProblem } from './checkEvaluation.js';
import type { NormalizedAssessment, Rule } from './types.js';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { message: `${what} must be a function` });

const list = <T extends z.core.$ZodType>(schema: T) => bounded(schema, LIMITS.maxListEntries, 'maxListEntries');

const RuleSchema = /* @__PURE__ */ (() => z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use kebab-case: lower-case letters and digits joined by "-"')),
  levels: list(z.array(LevelIdSchema).check(z.minLength(1, 'name at least one level'))),
  effect: z.enum(['indication', 'contraindication', 'caution', 'minimum-level']),
  summary: z
    .string()
    .check(
      z.refine((text) => text.trim().length > 0, { message: 'write a one-line summary' }),
      z.refine((text) => !/[\r\n]/.test(text), { message: 'the summary must be one line' }),
    ),
  sources: list(z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'cite at least one source'))),
  predicate: fn('predicate'),
  explain: z.optional(fn('explain')),
}))();

// Two probes: every field unknown, and every field known (required ones favourable, context ones set).
const KNOWN_VALUES: { readonly [K in AssessmentFieldKind]: unknown } = { population: 'adult', rating: 2, flag: true, days: 3, level: 'residential' };

const PROBES: () => readonly { readonly label: string; readonly assessment: NormalizedAssessment }[] = /* @__PURE__ */ (() => {
  let probes: readonly { readonly label: string; readonly assessment: NormalizedAssessment }[] | undefined;
  return () => {
    if (probes !== undefined) return probes;
    const known: Record<string, Record<string, unknown>> = { risk: {}, findings: {} };
    for (const spec of ASSESSMENT_FIELDS) {
      if (spec.group !== 'population') known[spec.group]![spec.name] = spec.group === 'findings' && spec.required ? spec.favourable : KNOWN_VALUES[spec.kind];
    }
    probes = [
      { label: 'an assessment with every field unknown', assessment: normalizeAssessment({}).assessment },
      { label: 'a fully known assessment', assessment: normalizeAssessment(known).assessment },
    ];
    return probes;
  };
})();

/** What is wrong with a rule: its shape (as zod issues), or what its predicate did on a probe. */
export interface RuleVerdict {
  /** Problems with the id, levels, effect, one-line summary, sources and functions. */
  readonly shape: readonly z.core.$ZodIssue[];
  /** What the predicate did wrong on a probe assessment, in words. */
  readonly probe?: string;
}

/** Calls the predicate on each probe: it must answer an evaluation without throwing. */
function probeProblem(predicate: Rule['predicate']): string | undefined {
  for (const probe of PROBES()) {
    let answer: unknown;
    try {
      answer = predicate(probe.assessment, { policy: generalPolicy });
    } catch (thrown) {
      return `on ${probe.label}, its predicate threw: ${describeThrown(thrown)}`;
    }
    const problem = evaluationProblem(answer);
    if (problem !== undefined) return `on ${probe.label}, its predicate returned ${problem}`;
  }
  return undefined;
}

// One verdict per rule object: a rule is configuration, made once and passed on every call.
const verdicts = new WeakMap<object, RuleVerdict>();

/**
 * Whether a rule is one the engine can run, checked once per object: its shape, then its predicate on
 * two probe assessments (every field unknown, every field known), where it must answer a valid
 * evaluation without throwing.
 */
export function ruleVerdict(rule: unknown): RuleVerdict {
  const cached = typeof rule === 'object' && rule !== null ? verdicts.get(rule) : undefined;
  if (cached !== undefined) return cached;
  const parsed = safeParseMini(RuleSchema, rule);
  const probe = parsed.success ? probeProblem((rule as Rule).predicate) : undefined;
  const verdict: RuleVerdict = parsed.success ? (probe === undefined ? { shape: [] } : { shape: [], probe }) : { shape: parsed.error.issues };
  if (typeof rule === 'object' && rule !== null) verdicts.set(rule, verdict);
  return verdict;
}

/** Whether a verdict finds nothing wrong. */
export const isSound = (verdict: RuleVerdict): boolean => verdict.shape.length === 0 && verdict.probe === undefined;
