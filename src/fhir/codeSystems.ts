/**
 * Identifier of the code system for this library's issue codes, used in
 * `OperationOutcome.issue.details.coding.system`.
 *
 * @example
 * ```ts
 * import { ISSUE_CODE_SYSTEM } from 'level-of-care/fhir';
 *
 * ISSUE_CODE_SYSTEM;
 * //=> 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/issue'
 * ```
 *
 * @category FHIR
 */
export const ISSUE_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/issue';

/**
 * Identifier of the code system for level ids (`iop`, `php`, …). No standard LOINC or SNOMED code
 * exists for a level of care, so plans carry the library's own codes.
 *
 * @example
 * ```ts
 * import { LEVEL_CODE_SYSTEM } from 'level-of-care/fhir';
 *
 * LEVEL_CODE_SYSTEM;
 * //=> 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/level'
 * ```
 *
 * @category FHIR
 */
export const LEVEL_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/level';

/**
 * Identifier of the code system for service types (`individual`, `group`, …). `sessionsFromFhir`
 * recognises these codes in `serviceType` or `type` whatever system they carry.
 *
 * @example
 * ```ts
 * import { SERVICE_CODE_SYSTEM } from 'level-of-care/fhir';
 *
 * SERVICE_CODE_SYSTEM;
 * //=> 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/service'
 * ```
 *
 * @category FHIR
 */
export const SERVICE_CODE_SYSTEM = 'https://github.com/level-of-care/level-of-care/fhir/CodeSystem/service';
