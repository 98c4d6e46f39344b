import { ASSESSMENT_FIELDS, type AssessmentFieldSpec, REQUIRED_FIELDS } from './fields.js';
import { specValue } from './fieldValue.js';
import type { AssessmentField, NormalizedAssessment } from './types.js';

/** Fields in the order results list them, without duplicates. */
export function inFieldOrder(fields: readonly AssessmentField[]): AssessmentField[] {
  const ordered: AssessmentField[] = [];
  for (const spec of ASSESSMENT_FIELDS) if (fields.includes(spec.field)) ordered.push(spec.field);
  return ordered;
}

/** The required fields (six ratings, the required findings) that are unknown, in result order. */
export function unknownRequired(assessment: NormalizedAssessment): AssessmentFieldSpec[] {
  const specs: AssessmentFieldSpec[] = [];
  for (const spec of REQUIRED_FIELDS) if (specValue(assessment, spec) === 'unknown') specs.push(spec);
  return specs;
}
