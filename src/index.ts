/**
 * The continuum of care for substance-use and behavioral-health treatment as typed, synchronous pure
 * functions: levels of care, policies with cited thresholds, eligibility and placement, step-down
 * pathways, schedule validation, and the issues every validator returns. FHIR and CDS Hooks adapters
 * are in `level-of-care/fhir`.
 *
 * @module level-of-care
 */
export * from './issues/index.js';
export * from './eligibility/index.js';
export * from './levels/index.js';
export * from './pathway/index.js';
export * from './policies/index.js';
export * from './services/index.js';
export * from './schedule/index.js';
export { SOURCES, type Source, type SourceId, type SourceKind } from './sources/data.js';
export { EVIDENCE_LABELS, evidenceOf, type EvidenceKind } from './sources/evidence.js';
export { citationsOf } from './sources/citations.js';
