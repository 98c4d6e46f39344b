import { LEVEL_IDS } from '../levels/schema.js';
import type { RiskRating } from '../policies/types.js';
import { KNOWN_VALUES, assessmentFromCodes, codeOf, needsWithdrawalManagementOf, newCodes, withdrawalOf } from './assessmentCodes.js';
import { CATALOG_CAUTION_RULES, CATALOG_PLACEMENT_RULES, PARTS } from './catalogParts.js';
import { type Answer, type CatalogTables, answerOf, catalogHit, newAnswers } from './catalogTables.js';
import {
  COMPILED_CATALOG,
  placementFrom,
  weighedAgainst,
  weighsOtherNeeds,
  withdrawalManagementIndicatedBy,
  withoutWithdrawalManagement,
  type Placement,
} from './engine.js';
import { FIELD_ORDER } from './data.js';
import { exclusionsOf } from './exclusions.js';
import { LEAST_INTENSIVE_RANK, levelAt } from './levelRank.js';
import { fieldValue } from './ruleHit.js';
import type { Driver, Exclusion, RuleHit, TraceEntry } from './types.js';

// What a recommendation of a fully known assessment takes from its parts' answers in the catalog
// tables: its placement, drivers, cautions and exclusions.

/** The placement of a fully known assessment as it is, from its codes and its parts' answers. */
function placementOfAnswers(codes: Uint8Array, found: readonly Answer[], available: number | undefined): Placement {
  let floor = LEAST_INTENSIVE_RANK;
  let excluded = 0;
  for (const answer of found) {
    if (answer.floor < floor) floor = answer.floor;
    excluded |= answer.excluded;
  }
  const withdrawalManagement = withdrawalManagementIndicatedBy(withdrawalOf(codes), needsWithdrawalManagementOf(codes));
  return placementFrom(floor, excluded, withdrawalManagement, available);
}

/**
 * Per field, per known code: the field's code in the assessment as it would be without a need for
 * withdrawal management. That change sets each field from its own value alone (a test holds it to
 * this), so it applies to codes field by field.
 */
const WITHOUT_WITHDRAWAL_MANAGEMENT: readonly Uint8Array[] = /* @__PURE__ */ (() => {
  const codes = newCodes();
  return Array.from(KNOWN_VALUES, (known, field) =>
    Uint8Array.from({ length: known }, (_, code) => {
      codes.fill(0);
      codes[field] = code;
      return codeOf(field, fieldValue(withoutWithdrawalManagement(assessmentFromCodes(codes)), FIELD_ORDER[field]!));
    }),
  );
})();

/** Writes into `out` the codes of a fully known assessment (its codes) as it would be without a need for withdrawal management. */
export function codesWithoutWithdrawalManagement(codes: Uint8Array, out: Uint8Array): void {
  for (let field = 0; field < codes.length; field += 1) out[field] = WITHOUT_WITHDRAWAL_MANAGEMENT[field]![codes[field]!]!;
}

const OTHER_CODES = /* @__PURE__ */ newCodes();
const OTHER_ANSWERS = /* @__PURE__ */ newAnswers();

/** The full placement (see `place` in engine.ts) of a fully known assessment, from its codes and its parts' answers. */
export function catalogPlacement(tables: CatalogTables, codes: Uint8Array, found: readonly Answer[], available: number | undefined): Placement {
  const placement = placementOfAnswers(codes, found, available);
  if (!weighsOtherNeeds(placement)) return placement;
  codesWithoutWithdrawalManagement(codes, OTHER_CODES);
  for (let p = 0; p < PARTS.length; p += 1) OTHER_ANSWERS[p] = answerOf(tables, p, OTHER_CODES);
  return weighedAgainst(placement, placementOfAnswers(OTHER_CODES, OTHER_ANSWERS, available));
}

/** The drivers (see `Recommendation.drivers`) for a fully known assessment (its codes and its parts' answers) and the floor ratings drive (-1 for none). */
export function catalogDrivers(found: readonly Answer[], driverFloor: number, codes: Uint8Array): Driver[] {
  // A true placement-table rule at the overall floor sets the highest floor of its part, so those of
  // the parts whose highest floor is the overall one are all the drivers.
  let bits = 0;
  if (driverFloor !== -1) for (const answer of found) if (answer.placementFloor === driverFloor) bits |= answer.drivers;
  const drivers = new Array<Driver>(bitCount(bits));
  if (bits === 0) return drivers;
  const minimumLevel = levelAt(driverFloor);
  for (let d = 0, n = 0; bits !== 0; d += 1, bits >>>= 1) {
    if ((bits & 1) === 0) continue;
    const { dimension, field } = CATALOG_PLACEMENT_RULES[d]!;
    drivers[n++] = { dimension, rating: codes[field] as RiskRating, minimumLevel };
  }
  return drivers;
}

/** Per rank: the caution rules (bit c for `CATALOG_CAUTION_RULES[c]`) that apply to the level. */
const CAUTIONS_AT: readonly number[] = /* @__PURE__ */ (() =>
  LEVEL_IDS.map((_, rank) =>
    CATALOG_CAUTION_RULES.reduce((bits, { index }, c) => ((COMPILED_CATALOG.masks[index]! & (1 << rank)) !== 0 ? bits | (1 << c) : bits), 0),
  ))();

/**
 * The cautions of the catalog's rules that held for a fully known assessment (its codes and its parts'
 * answers) and apply to the level at `rank`, in catalog order.
 */
export function catalogCautions(tables: CatalogTables, found: readonly Answer[], rank: number, codes: Uint8Array): RuleHit[] {
  let bits = 0;
  for (const answer of found) bits |= answer.cautions;
  bits &= CAUTIONS_AT[rank]!;
  const cautions = new Array<RuleHit>(bitCount(bits));
  for (let c = 0, n = 0; bits !== 0; c += 1, bits >>>= 1) if ((bits & 1) !== 0) cautions[n++] = catalogHit(tables, c, codes);
  return cautions;
}

/** The number of bits set in a mask. Arrays are made at their final length: growing one from empty costs more than the rest of its making. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** The exclusions by the catalog's contraindications, frozen, per set of those that held (bit j for `COMPILED_CATALOG.contraindications[j]`). */
const EXCLUSIONS = new Map<number, readonly Exclusion[]>();

/**
 * The exclusions (see `Recommendation.excluded`) for a fully known assessment (its parts' answers
 * and trace): a new array of frozen exclusions, made once per set of contraindications that held.
 */
export function catalogExclusions(found: readonly Answer[], trace: readonly TraceEntry[]): Exclusion[] {
  let bits = 0;
  for (const answer of found) bits |= answer.contraindications;
  let exclusions = EXCLUSIONS.get(bits);
  if (exclusions === undefined) {
    let excluded = 0;
    for (const answer of found) excluded |= answer.excluded;
    exclusions = exclusionsOf(COMPILED_CATALOG, trace, excluded).map((exclusion) => Object.freeze({ ...exclusion, ruleIds: Object.freeze(exclusion.ruleIds) }));
    EXCLUSIONS.set(bits, exclusions);
  }
  return exclusions.slice();
}
