import { generalPolicy } from '../policies/general.js';
import type { Dimension } from '../policies/types.js';
import { FIELD_INDEX, KNOWN_VALUES } from './assessmentCodes.js';
import { COMPILED_CATALOG } from './engine.js';
import { readValidAssessment } from './normalizeAssessment.js';
import type { NormalizedAssessment } from './types.js';

// The built-in catalog split into parts such that no field is read by rules of two parts, so that
// each part can be tabulated by the values of its own fields (see catalogTables.ts).

/** A part of the catalog: its rules, and the fields they read with the weight of each in the part's key. */
export interface Part {
  /** Indices of its rules in the catalog, in order. */
  readonly rules: Int32Array;
  /** The fields its rules read (indices into FIELD_ORDER). */
  readonly fields: Int32Array;
  /** Per field: its weight in the key. */
  readonly strides: Int32Array;
  /** How many keys the part has. */
  readonly size: number;
}

/** Most keys a part is given when parts are merged: their tables stay small and quick to reach. */
const MAX_MERGED_KEYS = 1 << 16;

/** The fields each catalog rule reads (indices into FIELD_ORDER): the same whatever it answers, so those of an unknown answer. */
const READS: readonly (readonly number[])[] = /* @__PURE__ */ (() => {
  const reference = readValidAssessment({}) as NormalizedAssessment;
  return COMPILED_CATALOG.rules.map((rule) => rule.predicate(reference, { policy: generalPolicy }).read.map((field) => FIELD_INDEX.get(field)!));
})();

/** The number of keys of a set of fields: the product of their numbers of known values. */
export const keysOf = (fields: Iterable<number>): number => {
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
export const PARTS: readonly Part[] = /* @__PURE__ */ (() => {
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

/** The part with the most rules, whose answers hold a whole trace (see `Answer.trace` in catalogTables.ts). */
export const WHOLE_PART: number = /* @__PURE__ */ (() =>
  PARTS.reduce((most, { rules }, p) => (rules.length > PARTS[most]!.rules.length ? p : most), 0))();

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

/** The key of an assessment (its codes) over some fields, each with its weight. */
export function keyOf(codes: Uint8Array, { fields, strides }: { readonly fields: Int32Array; readonly strides: Int32Array }): number {
  let key = 0;
  for (let k = 0; k < fields.length; k += 1) key += codes[fields[k]!]! * strides[k]!;
  return key;
}
