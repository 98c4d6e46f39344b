import type { SessionModality } from '../schedule/types.js';
import type { SourceId } from '../sources/data.js';
import { PLACE_OF_SERVICE_SYSTEM, SNOMED_SYSTEM } from './codeSystems.js';

/**
 * A code that tells how a session was delivered.
 *
 * @example
 * ```ts
 * import { MODALITY_CODES, type ModalityCode } from 'level-of-care/fhir';
 *
 * const row: ModalityCode | undefined = MODALITY_CODES.find((code) => code.code === '02');
 * [row?.modality, row?.sources];
 * //=> ['telehealth', ['cms-place-of-service']]
 * ```
 *
 * @category FHIR
 */
export interface ModalityCode {
  /** The code system URI. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** How a session with this code was delivered. */
  readonly modality: SessionModality;
  /** Ids into `SOURCES`. */
  readonly sources: readonly SourceId[];
}

const codes = (system: string, modality: SessionModality, sources: readonly SourceId[], ...list: string[]): ModalityCode[] =>
  list.map((code) => ({ system, code, modality, sources }));

/**
 * Codes that tell how a session was delivered, found in any coding of `serviceType`, `type`,
 * `appointmentType`, `serviceCategory` or `Encounter.location.physicalType`: the SNOMED CT concepts
 * of telemedicine and telephone encounters, and places of service (`02` and `10` telehealth; offices,
 * clinics, program sites and the home are in person). `Encounter.class` is read from
 * {@link ENCOUNTER_CLASSES}, and the modifiers {@link TELEHEALTH_MODIFIERS} mark a telehealth code.
 *
 * @example
 * ```ts
 * import { MODALITY_CODES } from 'level-of-care/fhir';
 *
 * MODALITY_CODES.filter((row) => row.modality === 'telehealth').map((row) => row.code);
 * //=> ['448337001', '185317003', '386472008', '76740001', '02', '10']
 * ```
 *
 * @category FHIR
 */
export const MODALITY_CODES: readonly ModalityCode[] = [
  ...codes(SNOMED_SYSTEM, 'telehealth', ['snomed-ct-encounter-types'], '448337001', '185317003'),
  ...codes(SNOMED_SYSTEM, 'telehealth', ['vsac-ecqm-value-sets'], '386472008', '76740001'),
  ...codes(PLACE_OF_SERVICE_SYSTEM, 'telehealth', ['cms-place-of-service'], '02', '10'),
  ...codes(PLACE_OF_SERVICE_SYSTEM, 'in-person', ['cms-place-of-service'], '11', '12', '19', '22', '49', '50', '52', '53', '55', '57', '58'),
];

/**
 * CPT and HCPCS modifiers that mark a service delivered by telehealth: `95` (synchronous
 * telemedicine) and `GT` (interactive audio and video). They are read from a coding of their own
 * (code `95` in the CPT or HCPCS system) or after a billing code (`90834-95`, `H0004:GT`, `H0004 GT`).
 *
 * @example
 * ```ts
 * import { TELEHEALTH_MODIFIERS } from 'level-of-care/fhir';
 *
 * TELEHEALTH_MODIFIERS.codes;
 * //=> ['95', 'GT']
 * ```
 *
 * @category FHIR
 */
export const TELEHEALTH_MODIFIERS: {
  /** The modifiers. */
  readonly codes: readonly string[];
  /** Ids into `SOURCES`. */
  readonly sources: readonly SourceId[];
} = {
  codes: ['95', 'GT'],
  sources: ['telehealth-modifiers'],
};
