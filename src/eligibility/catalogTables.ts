import { perPolicy } from '../_lib/perPolicy.js';
import type { Policy } from '../policies/types.js';
import { assessmentFromCodes } from './assessmentCodes.js';
import { CATALOG_CAUTION_RULES, CATALOG_PLACEMENT_RULES, PARTS, WHOLE_PART, keyOf, keysOf } from './catalogParts.js';
import { COMPILED_CATALOG, evaluate, floorOf } from './engine.js';
import { LEAST_INTENSIVE_RANK, RANK } from './levelRank.js';
import { hitOf } from './ruleHit.js';
import { traceEntryOf } from './traceEntry.js';
import type { RuleContext, RuleEvaluation, RuleHit, TraceEntry } from './types.js';

// The built-in catalog, tabulated. A rule's answer depends only on the fields it reads (and the
// policy), and the catalog's rules are split into parts that read no field in common (see
// catalogParts.ts). For a fully known assessment, each part is looked up by the values of its fields
// in a table per policy, filled the first time a combination is seen by calling the rules themselves:
// no rule logic is written twice, and a batch of assessments pays for each combination once.
//
// A part's answer is kept once per set of trace lines, with what a recommendation needs from it
// worked out beforehand (floor, exclusions, cautions, drivers), so that a call combines a few numbers
// per part instead of going over every rule. Keys lead to answers through typed arrays, and the
// lines are kept as rows of bytes: both stay in the processor's cache.

/** What a part's rules answer for one combination of the values of its fields. Keys with the same trace lines share it. */
export interface Answer {
  /**
   * For the part with the most rules, a whole trace: its rules' lines at their places in the catalog,
   * the other parts' places empty, so that a call copies most of its trace in one go. Empty for the
   * other parts, whose lines a call takes from the part's rows.
   */
  readonly trace: readonly (TraceEntry | undefined)[];
  /** Where its row starts in the part's rows. */
  readonly row: number;
  /** The highest floor (lowest rank) its true minimum-level rules set, or the least intensive rank. */
  readonly floor: number;
  /** The levels its true contraindications exclude (a bit mask). */
  readonly excluded: number;
  /** Its true contraindications: bit j for the rule `COMPILED_CATALOG.contraindications[j]`. */
  readonly contraindications: number;
  /** Its true caution rules: bit c for `CATALOG_CAUTION_RULES[c]`. */
  readonly cautions: number;
  /** The highest floor its true placement-table rules set with a level of their own (a rank), or -1. */
  readonly placementFloor: number;
  /** The placement-table rules that set `placementFloor`: bit d for `CATALOG_PLACEMENT_RULES[d]`. */
  readonly drivers: number;
}

/** What a part's rules answered for the combinations seen so far. */
interface PartTables {
  /** Per key: 0 when not yet seen, otherwise the answer's index plus one. */
  readonly slots: Uint16Array | Uint32Array;
  /** The answers, in the order they were first seen. */
  readonly answers: Answer[];
  /**
   * The answers' rows, one after the other (grown as answers are added): per rule of the part, in its
   * order, the index of the rule's trace line among its lines (see {@link CatalogTables.entries}).
   * Rows of bytes stay in the processor's cache better than arrays of lines.
   */
  rows: Uint8Array;
  /** Each answer's index, by its row as a string. */
  readonly byRow: Map<string, number>;
}

/** One policy's tables. */
export interface CatalogTables {
  /** What the rules are given besides the assessment. */
  readonly context: RuleContext;
  /** Per part. */
  readonly parts: readonly PartTables[];
  /** Per rule: its frozen trace lines, each made once. */
  readonly entries: readonly TraceEntry[][];
  /** Per caution rule (in {@link CATALOG_CAUTION_RULES} order), by the rule's own key: its frozen hit, once needed. */
  readonly hits: readonly (RuleHit | undefined)[][];
}

/** The catalog's tables for a policy, made once per policy object (and filled as combinations are seen). */
export const catalogTablesOf: (policy: Policy) => CatalogTables = /* @__PURE__ */ perPolicy((policy) => ({
  context: { policy },
  parts: PARTS.map(({ rules, size }) => ({
    slots: size < 0xffff ? new Uint16Array(size) : new Uint32Array(size),
    answers: [],
    rows: new Uint8Array(rules.length * 64),
    byRow: new Map(),
  })),
  entries: COMPILED_CATALOG.rules.map(() => []),
  hits: CATALOG_CAUTION_RULES.map(({ fields }) => new Array<RuleHit | undefined>(keysOf(fields))),
}));

/** The index of rule `i`'s trace line for an evaluation among the rule's lines, made the first time. */
function entryIndex(tables: CatalogTables, i: number, evaluation: RuleEvaluation): number {
  const entries = tables.entries[i]!;
  const index = entries.findIndex((entry) => entry.outcome === evaluation.outcome && entry.minimumLevel === evaluation.minimumLevel);
  if (index !== -1) return index;
  entries.push(Object.freeze(traceEntryOf(COMPILED_CATALOG.rules[i]!, evaluation)));
  return entries.length - 1;
}

const NO_TRACE: readonly (TraceEntry | undefined)[] = /* @__PURE__ */ Object.freeze([]);

/** A whole trace with the lines of part `p`'s rules (in the part's order) at their places, the other places empty. */
function wholeTrace(p: number, lines: readonly TraceEntry[]): (TraceEntry | undefined)[] {
  const { rules } = PARTS[p]!;
  const trace: (TraceEntry | undefined)[] = [];
  // Pushed one by one, the array stays packed, which V8 copies fastest.
  for (let i = 0; i < COMPILED_CATALOG.rules.length; i += 1) trace.push(undefined);
  lines.forEach((line, k) => {
    trace[rules[k]!] = line;
  });
  return trace;
}

/** Part `p`'s answer whose row starts at `row`, made of its rules' trace lines (in the part's order): all it holds follows from them. */
function answerFrom(p: number, row: number, lines: readonly TraceEntry[]): Answer {
  const { rules } = PARTS[p]!;
  const trace = p === WHOLE_PART ? wholeTrace(p, lines) : NO_TRACE;
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  let contraindications = 0;
  let cautions = 0;
  let placementFloor = -1;
  let drivers = 0;
  lines.forEach((line, k) => {
    const i = rules[k]!;
    if (line.outcome !== true) return;
    switch (line.effect) {
      case 'minimum-level': {
        floor = Math.min(floor, floorOf(COMPILED_CATALOG, i, line));
        const d = CATALOG_PLACEMENT_RULES.findIndex(({ index }) => index === i);
        if (d === -1 || line.minimumLevel === undefined) break;
        const rank = RANK[line.minimumLevel];
        if (placementFloor === -1 || rank < placementFloor) {
          placementFloor = rank;
          drivers = 0;
        }
        if (rank === placementFloor) drivers |= 1 << d;
        break;
      }
      case 'contraindication':
        excluded |= COMPILED_CATALOG.masks[i]!;
        contraindications |= 1 << COMPILED_CATALOG.contraindications.indexOf(i);
        break;
      case 'caution':
        cautions |= 1 << CATALOG_CAUTION_RULES.findIndex(({ index }) => index === i);
        break;
      case 'indication':
        break;
    }
  });
  return { trace, row, floor, excluded, contraindications, cautions, placementFloor, drivers };
}

/** Evaluates the rules of part `p` for a fully known assessment (its codes) whose key is `key`, and keeps and returns the answer. */
function fill(tables: CatalogTables, p: number, key: number, codes: Uint8Array): Answer {
  const assessment = assessmentFromCodes(codes);
  const { rules } = PARTS[p]!;
  const row = Uint8Array.from(rules, (i) => entryIndex(tables, i, evaluate(COMPILED_CATALOG.rules[i]!, assessment, tables.context)));
  const part = tables.parts[p]!;
  const signature = String.fromCharCode(...row);
  let index = part.byRow.get(signature);
  if (index === undefined) {
    index = part.answers.length;
    const start = index * rules.length;
    if (start + rules.length > part.rows.length) {
      const grown = new Uint8Array(part.rows.length * 2);
      grown.set(part.rows);
      part.rows = grown;
    }
    part.rows.set(row, start);
    part.answers.push(answerFrom(p, start, Array.from(row, (entry, k) => tables.entries[rules[k]!]![entry]!)));
    part.byRow.set(signature, index);
  }
  part.slots[key] = index + 1;
  return part.answers[index]!;
}

/** Part `p`'s answer for a fully known assessment (its codes), evaluated the first time its key is seen. */
export function answerOf(tables: CatalogTables, p: number, codes: Uint8Array): Answer {
  const key = keyOf(codes, PARTS[p]!);
  const part = tables.parts[p]!;
  const seen = part.slots[key]!;
  return seen === 0 ? fill(tables, p, key, codes) : part.answers[seen - 1]!;
}

/** A buffer for the answers of every part, one per part. */
export const newAnswers = (): Answer[] => new Array<Answer>(PARTS.length);

/**
 * Looks every part up for a fully known assessment (its codes): writes the answers into `found` and
 * returns the trace.
 */
export function lookUpCatalog(tables: CatalogTables, codes: Uint8Array, found: Answer[]): TraceEntry[] {
  const whole = answerOf(tables, WHOLE_PART, codes);
  found[WHOLE_PART] = whole;
  const trace = whole.trace.slice() as TraceEntry[];
  const { entries } = tables;
  for (let p = 0; p < PARTS.length; p += 1) {
    if (p === WHOLE_PART) continue;
    const answer = answerOf(tables, p, codes);
    found[p] = answer;
    const { rules } = PARTS[p]!;
    const { rows } = tables.parts[p]!;
    const { row } = answer;
    for (let k = 0; k < rules.length; k += 1) {
      const i = rules[k]!;
      trace[i] = entries[i]![rows[row + k]!]!;
    }
  }
  return trace;
}

/**
 * The hit of the `c`-th caution rule (of {@link CATALOG_CAUTION_RULES}), which held for a fully known
 * assessment (its codes): frozen, and made once per policy and values of the fields the rule reads.
 */
export function catalogHit(tables: CatalogTables, c: number, codes: Uint8Array): RuleHit {
  const caution = CATALOG_CAUTION_RULES[c]!;
  const key = keyOf(codes, caution);
  const hits = tables.hits[c]!;
  let hit = hits[key];
  if (hit === undefined) {
    const rule = COMPILED_CATALOG.rules[caution.index]!;
    const assessment = assessmentFromCodes(codes);
    const made = hitOf(rule, evaluate(rule, assessment, tables.context), assessment, tables.context);
    hit = Object.freeze({ ...made, sources: Object.freeze(made.sources) });
    hits[key] = hit;
  }
  return hit;
}

