import { ASSESSMENT_FIELDS, REQUIRED_FIELDS } from './fields.js';
import { fieldValue } from './ruleHit.js';
import type { AssessmentField, NormalizedAssessment } from './types.js';

const ORDER: ReadonlyMap<AssessmentField, number> = /* @__PURE__ */ (() => new Map(ASSESSMENT_FIELDS.map((spec, index) => [spec.field, index])))();

/** Fields in the order results list them, without duplicates. */
export function inFieldOrder(fields: Iterable<AssessmentField>): AssessmentField[] {
  return [...new Set(fields)].sort((a, b) => (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size));
}

/** The required fields (six ratings, the required findings) that are unknown, in result order. */
export function unknownRequiredFields(assessment: NormalizedAssessment): AssessmentField[] {
  const fields: AssessmentField[] = [];
  for (const spec of REQUIRED_FIELDS) if (fieldValue(assessment, spec.field) === 'unknown') fields.push(spec.field);
  return fields;
}
