import { ASSESSMENT_FIELDS } from './fields.js';
import type { AssessmentField } from './types.js';

/** Fields in the order results list them, without duplicates. */
export function inFieldOrder(fields: readonly AssessmentField[]): AssessmentField[] {
  const ordered: AssessmentField[] = [];
  for (const spec of ASSESSMENT_FIELDS) if (fields.includes(spec.field)) ordered.push(spec.field);
  return ordered;
}
