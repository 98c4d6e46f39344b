import { DIMENSIONS } from '../policies/dimensions.js';
import { FIELD_ORDER, REQUIRED_FINDINGS } from './data.js';
import type { AssessmentField, NormalizedAssessment } from './types.js';

const ORDER: ReadonlyMap<AssessmentField, number> = /* @__PURE__ */ (() => new Map(FIELD_ORDER.map((field, index) => [field, index])))();

/** Fields in the order results list them, without duplicates. */
export function inFieldOrder(fields: Iterable<AssessmentField>): AssessmentField[] {
  return [...new Set(fields)].sort((a, b) => (ORDER.get(a) ?? FIELD_ORDER.length) - (ORDER.get(b) ?? FIELD_ORDER.length));
}

/** The required fields (six ratings, seven findings) that are unknown, in result order. */
export function unknownRequiredFields(assessment: NormalizedAssessment): AssessmentField[] {
  const fields: AssessmentField[] = [];
  for (const { dimension, field } of RISK_FIELDS) if (assessment.risk[dimension] === 'unknown') fields.push(field);
  for (const { name, field } of FINDING_FIELDS) if (assessment.findings[name] === 'unknown') fields.push(field);
  return fields;
}

// Field paths built once, so listing unknown fields allocates no strings.
const RISK_FIELDS = /* @__PURE__ */ (() => DIMENSIONS.map((dimension) => ({ dimension, field: `risk.${dimension}` as const })))();
const FINDING_FIELDS = /* @__PURE__ */ (() => REQUIRED_FINDINGS.map(({ name }) => ({ name, field: `findings.${name}` as const })))();
