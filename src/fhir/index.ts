/**
 * FHIR R4 and CDS Hooks adapters for `level-of-care`.
 *
 * @packageDocumentation
 */
export { type Issue, formatIssues } from '../issues/index.js';
