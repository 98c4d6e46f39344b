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

/**
 * CPT, as R4 names it. The library reads CPT code numbers only; it ships no AMA descriptor.
 *
 * @example
 * ```ts
 * import { CPT_SYSTEM } from 'level-of-care/fhir';
 *
 * CPT_SYSTEM;
 * //=> 'http://www.ama-assn.org/go/cpt'
 * ```
 *
 * @category FHIR
 */
export const CPT_SYSTEM = 'http://www.ama-assn.org/go/cpt';

/**
 * HCPCS Level II, as CMS publishes it. The adapter also accepts it without `https` or `www`, and as the OID `urn:oid:2.16.840.1.113883.6.285`.
 *
 * @example
 * ```ts
 * import { HCPCS_SYSTEM } from 'level-of-care/fhir';
 *
 * HCPCS_SYSTEM;
 * //=> 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets'
 * ```
 *
 * @category FHIR
 */
export const HCPCS_SYSTEM = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';

/**
 * SNOMED CT.
 *
 * @example
 * ```ts
 * import { SNOMED_SYSTEM } from 'level-of-care/fhir';
 *
 * SNOMED_SYSTEM;
 * //=> 'http://snomed.info/sct'
 * ```
 *
 * @category FHIR
 */
export const SNOMED_SYSTEM = 'http://snomed.info/sct';

/**
 * The CMS place-of-service code set (`02` and `10` are telehealth).
 *
 * @example
 * ```ts
 * import { PLACE_OF_SERVICE_SYSTEM } from 'level-of-care/fhir';
 *
 * PLACE_OF_SERVICE_SYSTEM;
 * //=> 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set'
 * ```
 *
 * @category FHIR
 */
export const PLACE_OF_SERVICE_SYSTEM = 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set';

/**
 * HL7 v3 ActCode, the code system of `Encounter.class` in R4 (`AMB`, `VR`, `IMP`, …).
 *
 * @example
 * ```ts
 * import { ACT_CODE_SYSTEM } from 'level-of-care/fhir';
 *
 * ACT_CODE_SYSTEM;
 * //=> 'http://terminology.hl7.org/CodeSystem/v3-ActCode'
 * ```
 *
 * @category FHIR
 */
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * HL7 v2 table 0004 (patient class: `I`, `O`, `E`, `P`, …), which some EHRs send in `Encounter.class`.
 *
 * @example
 * ```ts
 * import { PATIENT_CLASS_SYSTEM } from 'level-of-care/fhir';
 *
 * PATIENT_CLASS_SYSTEM;
 * //=> 'http://terminology.hl7.org/CodeSystem/v2-0004'
 * ```
 *
 * @category FHIR
 */
export const PATIENT_CLASS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0004';
