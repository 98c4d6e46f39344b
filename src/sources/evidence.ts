import type { SourceId, SourceKind } from './data.js';
import { isString, readList } from '../_lib/readList.js';
import { LIMITS } from '../issues/limits.js';

/**
 * How strong the support for a rule, a threshold or a default is, as a clinician or a reviewer reads
 * it: the strongest kind among the sources it cites — a regulation or code descriptor (`primary`), a
 * state rule or payer policy (`secondary`), a program's own reference that is not in {@link SOURCES}
 * (`program`), a provider web page (`seed`) or this library's own documented default (`editorial`).
 *
 * @example
 * ```ts
 * import { evaluateEligibility, type EvidenceKind } from 'level-of-care';
 *
 * const hit = evaluateEligibility({ findings: { canAttendDaysPerWeek: 2 } }, 'iop').contraindications[0];
 * const evidence: EvidenceKind | undefined = hit?.evidence;
 * [hit?.id, evidence];
 * //=> ['schedule-not-feasible', 'primary']
 * ```
 *
 * @category Sources
 */
export type EvidenceKind = SourceKind | 'program';

// The kind of every source, by kind, kept apart from the catalog's titles and notes so that a page
// that only checks an assessment carries the kinds without the text (a test holds the two together).
const PRIMARY = [
  'cfr-42-410-43',
  'cfr-42-410-44',
  'cfr-42-424-24',
  'cms-1786-fc',
  'cms-opps-2024-fact-sheet',
  'hcpcs-level-ii',
  'hl7-fhir-r4',
  'hl7-v3-act-code',
  'hl7-v2-0004',
  'hcpcs-bh-service-codes',
  'cpt-code-numbers',
  'vsac-ecqm-value-sets',
  'snomed-ct-encounter-types',
  'cms-place-of-service',
] as const;
const SECONDARY = [
  'samhsa-tip-47-advisory',
  'kansas-r03-704',
  'il-dhs-sud-levels',
  'mid-shore-glossary',
  'dc-22-a6329',
  'dc-22-a6330',
  'dc-22-a6331',
  'dc-22-a6334',
  'dc-22-a6336',
  'noridian-medicare-iop',
  'chcs-medicare-iop',
  'hancock-daniel-medicare-iop',
  'nahri-condition-code-92',
  'encore-os-scheduling',
  'hedis-fui',
  'teds-2004',
  'nida-principles',
  'medicare-bpm-php',
  'ncqa-fui-measure',
  'health-plan-fui-summary',
  'dc-22-a6328',
  'criteria-2023-state-summaries',
  'telehealth-modifiers',
] as const;
const SEED = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const;
const EDITORIAL = ['level-of-care-design', 'hcpcs-service-codes-review'] as const;

// Fails to compile when a source is added to the catalog without a kind here.
const everySourceHasAKind: Exclude<
  SourceId,
  (typeof PRIMARY)[number] | (typeof SECONDARY)[number] | (typeof SEED)[number] | (typeof EDITORIAL)[number]
> extends never
  ? true
  : never = true;
void everySourceHasAKind;

// Strongest first.
const STRENGTH: readonly EvidenceKind[] = ['primary', 'secondary', 'program', 'seed', 'editorial'];

const KIND_OF: ReadonlyMap<string, SourceKind> = /* @__PURE__ */ (() =>
  new Map<string, SourceKind>([
    ...PRIMARY.map((id) => [id, 'primary'] as const),
    ...SECONDARY.map((id) => [id, 'secondary'] as const),
    ...SEED.map((id) => [id, 'seed'] as const),
    ...EDITORIAL.map((id) => [id, 'editorial'] as const),
  ]))();

/**
 * The kind of evidence behind a list of sources: the strongest kind among them (see
 * {@link EvidenceKind}). A reference that is not an id of {@link SOURCES} is a program's own
 * (`'program'`); an empty list is `'editorial'`.
 *
 * @param sources - Ids into {@link SOURCES}, or a program's own references.
 * @returns The strongest kind of evidence among them.
 *
 * @example
 * ```ts
 * import { evidenceOf } from 'level-of-care';
 *
 * evidenceOf(['seed-000', 'level-of-care-design']);
 * //=> 'seed'
 * evidenceOf(['level-of-care-design', 'cfr-42-410-43']);
 * //=> 'primary'
 * evidenceOf(['clinic-admission-policy']);
 * //=> 'program'
 * ```
 *
 * @category Sources
 */
export function evidenceOf(sources: readonly string[]): EvidenceKind {
  let strongest = STRENGTH.length - 1;
  for (const source of readList(sources, LIMITS.maxListEntries, isString)) {
    const rank = STRENGTH.indexOf(KIND_OF.get(source) ?? 'program');
    if (rank < strongest) strongest = rank;
  }
  return STRENGTH[strongest] ?? 'editorial';
}

/**
 * How each {@link EvidenceKind} is named where a clinician or a reviewer reads it (explanations, CDS
 * Hooks cards, the generated reference pages).
 *
 * @example
 * ```ts
 * import { EVIDENCE_LABELS, evidenceOf } from 'level-of-care';
 *
 * EVIDENCE_LABELS[evidenceOf(['level-of-care-design'])];
 * //=> 'library default'
 * EVIDENCE_LABELS[evidenceOf(['seed-001'])];
 * //=> 'provider web page'
 * ```
 *
 * @category Sources
 */
export const EVIDENCE_LABELS: { readonly [K in EvidenceKind]: string } = {
  primary: 'regulation or code descriptor',
  secondary: 'state rule or payer policy',
  program: 'program’s own reference',
  seed: 'provider web page',
  editorial: 'library default',
};
