import { ASSESSMENT_FIELDS, type AssessmentFieldSpec } from './fields.js';
import type { AssessmentField, NormalizedAssessment } from './types.js';

const SPECS: ReadonlyMap<AssessmentField, AssessmentFieldSpec> = /* @__PURE__ */ (() => new Map(ASSESSMENT_FIELDS.map((spec) => [spec.field, spec])))();

/** The value of the field a spec describes. */
function specValue(assessment: NormalizedAssessment, spec: AssessmentFieldSpec): unknown {
  if (spec.group === 'population') return assessment.population;
  return (assessment[spec.group] as Readonly<Record<string, unknown>>)[spec.name];
}

/** The value of one field of a normalized assessment (`undefined` for a name that is not a field). */
export function fieldValue(assessment: NormalizedAssessment, field: AssessmentField): unknown {
  const spec = SPECS.get(field);
  return spec === undefined ? undefined : specValue(assessment, spec);
}

/** Whether a value names a field of an assessment. */
export const isAssessmentField = (value: unknown): value is AssessmentField => SPECS.has(value as AssessmentField);
