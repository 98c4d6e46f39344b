import { perPolicy } from '../_lib/perPolicy.js';
import { generalPolicy } from '../policies/general.js';
import type { Dimension, Policy } from '../policies/types.js';
import { FIELD_INDEX, KNOWN_VALUES, assessmentFromCodes, encodeAssessment, newCodes } from './assessmentCodes.js';
import { COMPILED_CATALOG, evaluate, floorOf, placementFrom, withdrawalManagementIndicated, type Placement } from './engine.js';
import { LEAST_INTENSIVE_RANK } from './levelRank.js';
import { hitOf } from './ruleHit.js';
import { readValidAssessment } from './normalizeAssessment.js';
import { traceEntryOf } from './traceEntry.js';
import type { NormalizedAssessment, RuleContext, RuleEvaluation, RuleHit, TraceEntry } from './types.js';

// The built-in catalog, tabulated. A rule's answer depends only on the fields it reads (and the
// policy). The catalog's rules are split into a few parts such that no field is read by rules of two
// parts. For a fully known assessment, each part is looked up by the values of its fields in a table
// per policy, filled the first time a combination is seen by calling the rules themselves: no rule
// logic is written twice, and a batch of assessments pays for each combination once.
//
// The tables are typed arrays and arrays of small integers, so that a lookup touches a few bytes
// that stay in the processor's cache rather than objects spread over the heap.

/** A part of the catalog: its rules, and the fields they read with the weight of each in the part's key. */
interface Part {
  /** Indices of its rules in the catalog, in order. */
  readonly rules: Int32Array;
  /** The fields its rules read (indices into FIELD_ORDER). */
  readonly fields: Int32Array;
  /** Per field: its weight in the key. */
  readonly strides: Int32Array;
  /** How many keys the part has. */
  readonly size: number;
}

/**
 * What a part's rules answered for the combinations seen so far. An answer is a row of `rules.length`
 * bytes, each the index of a rule's trace line among that rule's lines (see {@link CatalogTables}).
 */
interface PartTables {
  /** Per key: 0 when not yet seen, otherwise the answer's index plus one. */
  readonly slots: Uint16Array | Uint32Array;
  /** The answers' rows, one after the other (grown as answers are added). */
  rows: Uint8Array;
  /** Per answer: the highest floor (lowest rank) its true minimum-level rules set, or the least intensive rank. */
  readonly floors: number[];
  /** Per answer: the levels its true contraindications exclude (a bit mask). */
  readonly excluded: number[];
  /** Each answer's index, by its row as a string: answers are shared between keys. */
  readonly byRow: Map<string, number>;
}

/** One policy's tables. */
export interface CatalogTables {
  /** Per part. */
  readonly parts: readonly PartTables[];
  /** Per rule: its frozen trace lines, each made once. */
  readonly entries: readonly TraceEntry[][];
  /** Per caution rule (in {@link CATALOG_CAUTION_RULES} order), by the rule's own key: its frozen hit, once needed. */
  readonly hits: readonly (RuleHit | undefined)[][];
}

/** Most keys a part is given when parts are merged: their tables stay small and quick to reach. */
const MAX_MERGED_KEYS = 1 << 16;

/** The fields each catalog rule reads (indices into FIELD_ORDER): the same whatever it answers, so those of an unknown answer. */
const READS: readonly (readonly number[])[] = /* @__PURE__ */ (() => {
  const reference = readValidAssessment({}) as NormalizedAssessment;
  return COMPILED_CATALOG.rules.map((rule) => rule.predicate(reference, { policy: generalPolicy }).read.map((field) => FIELD_INDEX.get(field)!));
})();

/** The number of keys of a set of fields: the product of their numbers of known values. */
const keysOf = (fields: Iterable<number>): number => {
  let keys = 1;
  for (const field of fields) keys *= KNOWN_VALUES[field]!;
  return keys;
};

/** The weight of each field in a key over `fields`. */
const stridesOf = (fields: readonly number[]): Int32Array => {
  const strides = new Int32Array(fields.length);
  let stride = 1;
  fields.forEach((field, k) => {
    strides[k] = stride;
    stride *= KNOWN_VALUES[field]!;
  });
  return strides;
};

/**
 * The catalog's parts. Rules that read a common field fall into one group (fields are joined through
 * the rules that read them together; a rule that reads nothing joins the group of the first field);
 * groups are then merged, largest first, while the product of their key counts stays within
 * {@link MAX_MERGED_KEYS}.
 */
const PARTS: readonly Part[] = /* @__PURE__ */ (() => {
  const parent = Array.from(KNOWN_VALUES, (_, field) => field);
  const root = (field: number): number => (parent[field] === field ? field : (parent[field] = root(parent[field]!)));
  for (const read of READS) for (const field of read.slice(1)) parent[root(field)] = root(read[0]!);

  const groups = new Map<number, { rules: number[]; fields: Set<number> }>();
  READS.forEach((read, rule) => {
    const key = root(read[0] ?? 0);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { rules: [], fields: new Set() }));
    group.rules.push(rule);
    for (const field of read) group.fields.add(field);
  });

  const merged: { rules: number[]; fields: number[] }[] = [];
  for (const group of [...groups.values()].sort((a, b) => keysOf(b.fields) - keysOf(a.fields))) {
    const into = merged.find((part) => keysOf(part.fields) * keysOf(group.fields) <= MAX_MERGED_KEYS);
    if (into === undefined) merged.push({ rules: group.rules, fields: [...group.fields] });
    else {
      into.rules.push(...group.rules);
      into.fields.push(...group.fields);
    }
  }
  return merged.map(({ rules, fields }) => ({
    rules: Int32Array.from(rules.sort((a, b) => a - b)),
    fields: Int32Array.from(fields),
    strides: stridesOf(fields),
    size: keysOf(fields),
  }));
})();

/** The catalog's placement-table rules: index, dimension and the field of its rating (an index into FIELD_ORDER). */
export const CATALOG_PLACEMENT_RULES: readonly { readonly index: number; readonly dimension: Dimension; readonly field: number }[] =
  /* @__PURE__ */ (() =>
    COMPILED_CATALOG.dimensions.flatMap((dimension, index) =>
      dimension === undefined ? [] : [{ index, dimension, field: FIELD_INDEX.get(`risk.${dimension}`)! }],
    ))();

/** The catalog's caution rules: index, and the fields it reads with their weights in its own key. */
export const CATALOG_CAUTION_RULES: readonly { readonly index: number; readonly fields: Int32Array; readonly strides: Int32Array }[] =
  /* @__PURE__ */ (() =>
    COMPILED_CATALOG.rules.flatMap((rule, index) =>
      rule.effect === 'caution' ? [{ index, fields: Int32Array.from(READS[index]!), strides: stridesOf(READS[index]!) }] : [],
    ))();

/** The catalog's tables for a policy, made once per policy object (and filled as combinations are seen). */
export const catalogTablesOf: (policy: Policy) => CatalogTables = /* @__PURE__ */ perPolicy(() => ({
  parts: PARTS.map(({ rules, size }) => ({
    slots: size < 0xffff ? new Uint16Array(size) : new Uint32Array(size),
    rows: new Uint8Array(rules.length * 64),
    floors: [],
    excluded: [],
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

/** Evaluates the rules of part `p` for a fully known assessment (its codes) whose key is `key`, keeps the answer and returns its index. */
function fill(tables: CatalogTables, p: number, key: number, codes: Uint8Array, context: RuleContext): number {
  const assessment = assessmentFromCodes(codes);
  const { rules } = PARTS[p]!;
  const row = new Uint8Array(rules.length);
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  rules.forEach((i, k) => {
    const rule = COMPILED_CATALOG.rules[i]!;
    const evaluation = evaluate(rule, assessment, context);
    row[k] = entryIndex(tables, i, evaluation);
    if (evaluation.outcome !== true) return;
    if (rule.effect === 'minimum-level') floor = Math.min(floor, floorOf(COMPILED_CATALOG, i, evaluation));
    else if (rule.effect === 'contraindication') excluded |= COMPILED_CATALOG.masks[i]!;
  });
  const part = tables.parts[p]!;
  const signature = String.fromCharCode(...row);
  let answer = part.byRow.get(signature);
  if (answer === undefined) {
    answer = part.floors.length;
    if ((answer + 1) * rules.length > part.rows.length) {
      const grown = new Uint8Array(part.rows.length * 2);
      grown.set(part.rows);
      part.rows = grown;
    }
    part.rows.set(row, answer * rules.length);
    part.floors.push(floor);
    part.excluded.push(excluded);
    part.byRow.set(signature, answer);
  }
  part.slots[key] = answer + 1;
  return answer;
}

/** The key of an assessment (its codes) over some fields, each with its weight. */
function keyOf(codes: Uint8Array, { fields, strides }: { readonly fields: Int32Array; readonly strides: Int32Array }): number {
  let key = 0;
  for (let k = 0; k < fields.length; k += 1) key += codes[fields[k]!]! * strides[k]!;
  return key;
}

/** The index of part `p`'s answer for a fully known assessment (its codes), evaluated the first time its key is seen. */
function answerOf(tables: CatalogTables, p: number, codes: Uint8Array, context: RuleContext): number {
  const key = keyOf(codes, PARTS[p]!);
  const seen = tables.parts[p]!.slots[key]!;
  return seen === 0 ? fill(tables, p, key, codes, context) : seen - 1;
}

/**
 * Looks every part up for a fully known assessment (its codes): writes each rule's trace line into
 * `trace`, and returns the placement of the assessment as it is.
 */
export function lookUpCatalog(
  tables: CatalogTables,
  codes: Uint8Array,
  assessment: NormalizedAssessment,
  context: RuleContext,
  available: number | undefined,
  trace: TraceEntry[],
): Placement {
  const { entries } = tables;
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  for (let p = 0; p < PARTS.length; p += 1) {
    const answer = answerOf(tables, p, codes, context);
    const part = tables.parts[p]!;
    const { rules } = PARTS[p]!;
    const { rows } = part;
    const start = answer * rules.length;
    for (let k = 0; k < rules.length; k += 1) {
      const i = rules[k]!;
      trace[i] = entries[i]![rows[start + k]!]!;
    }
    const partFloor = part.floors[answer]!;
    if (partFloor < floor) floor = partFloor;
    excluded |= part.excluded[answer]!;
  }
  return placementFrom(floor, excluded, withdrawalManagementIndicated(assessment), available);
}

const OTHER_CODES = /* @__PURE__ */ newCodes();

/** The placement of a fully known assessment, from the parts looked up. */
export function placeByCatalog(
  tables: CatalogTables,
  assessment: NormalizedAssessment,
  context: RuleContext,
  available: number | undefined,
): Placement {
  encodeAssessment(assessment, OTHER_CODES);
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  for (let p = 0; p < PARTS.length; p += 1) {
    const answer = answerOf(tables, p, OTHER_CODES, context);
    const part = tables.parts[p]!;
    const partFloor = part.floors[answer]!;
    if (partFloor < floor) floor = partFloor;
    excluded |= part.excluded[answer]!;
  }
  return placementFrom(floor, excluded, withdrawalManagementIndicated(assessment), available);
}

/**
 * The hit of the `c`-th caution rule (of {@link CATALOG_CAUTION_RULES}), which held for a fully known
 * assessment (its codes): frozen, and made once per policy and values of the fields the rule reads.
 */
export function catalogHit(tables: CatalogTables, c: number, codes: Uint8Array, assessment: NormalizedAssessment, context: RuleContext): RuleHit {
  const caution = CATALOG_CAUTION_RULES[c]!;
  const key = keyOf(codes, caution);
  const hits = tables.hits[c]!;
  let hit = hits[key];
  if (hit === undefined) {
    const rule = COMPILED_CATALOG.rules[caution.index]!;
    const made = hitOf(rule, evaluate(rule, assessment, context), assessment, context);
    hit = Object.freeze({ ...made, sources: Object.freeze(made.sources) });
    hits[key] = hit;
  }
  return hit;
}
