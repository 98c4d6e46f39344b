import type { SessionModality } from '../schedule/types.js';
import type { SourceId } from '../sources/data.js';
import { ACT_CODE_SYSTEM, PATIENT_CLASS_SYSTEM, SNOMED_SYSTEM } from './codeSystems.js';

/**
 * What one `Encounter.class` code says: that the encounter is a stay or a visit outside any program
 * session (`stay`, the words a skip reason names it with), or how a session was delivered
 * (`modality`).
 *
 * @example
 * ```ts
 * import { ENCOUNTER_CLASSES, type EncounterClassMeaning } from 'level-of-care/fhir';
 *
 * const virtual: EncounterClassMeaning | undefined = ENCOUNTER_CLASSES['VR'];
 * virtual;
 * //=> { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', sources: ['hl7-v3-act-code'], modality: 'telehealth' }
 * ```
 *
 * @category FHIR
 */
export type EncounterClassMeaning = {
  /** The code system the code belongs to. */
  readonly system: string;
  /** Ids into `SOURCES`. */
  readonly sources: readonly SourceId[];
} & (
  | {
      /** The stay or visit the class names, in the words of a skip reason ("an inpatient stay"). */
      readonly stay: string;
    }
  | {
      /** How a session of this class was delivered. */
      readonly modality: SessionModality;
    }
);

/**
 * One row of {@link STAY_TYPES}.
 *
 * @example
 * ```ts
 * import { STAY_TYPES, type StayType } from 'level-of-care/fhir';
 *
 * const hospice: StayType | undefined = STAY_TYPES.find((row) => row.code === '305336008');
 * [hospice?.system, hospice?.stay];
 * //=> ['http://snomed.info/sct', 'an admission to hospice']
 * ```
 *
 * @category FHIR
 */
export interface StayType {
  /** The code system URI. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** The admission, in the words of a skip reason ("an admission to hospice"). */
  readonly stay: string;
  /** Ids into `SOURCES`. */
  readonly sources: readonly SourceId[];
}

const actCode = (meaning: { readonly stay: string } | { readonly modality: SessionModality }): EncounterClassMeaning => ({
  system: ACT_CODE_SYSTEM,
  sources: ['hl7-v3-act-code'],
  ...meaning,
});
const patientClass = (stay: string): EncounterClassMeaning => ({ system: PATIENT_CLASS_SYSTEM, sources: ['hl7-v2-0004'], stay });

/**
 * `Encounter.class` codes that decide how `sessionsFromFhir` reads an encounter, keyed by code. A
 * hospital stay, an emergency visit, an observation stay or a pre-admission visit is not a session of
 * a day or outpatient program (a 12-day admission is not 278 hours of therapy), so such encounters
 * are skipped with a reason; `VR` (virtual) is a telehealth session and `HH` (home health) and `FLD`
 * (field) are in person. `AMB` (ambulatory) says nothing about modality: telehealth visits are
 * ambulatory too. The codes of HL7 v2 table 0004 that some EHRs send instead (`I`, `E`, `P`) count
 * as the same stays. A code is read only when its coding has that system or none.
 *
 * @example
 * ```ts
 * import { ENCOUNTER_CLASSES } from 'level-of-care/fhir';
 *
 * ENCOUNTER_CLASSES['IMP'];
 * //=> { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', sources: ['hl7-v3-act-code'], stay: 'an inpatient stay' }
 * ```
 *
 * @category FHIR
 */
export const ENCOUNTER_CLASSES: Readonly<Record<string, EncounterClassMeaning>> = {
  IMP: actCode({ stay: 'an inpatient stay' }),
  ACUTE: actCode({ stay: 'an acute inpatient stay' }),
  NONAC: actCode({ stay: 'a non-acute inpatient stay' }),
  EMER: actCode({ stay: 'an emergency visit' }),
  OBSENC: actCode({ stay: 'an observation stay' }),
  PRENC: actCode({ stay: 'a pre-admission visit' }),
  SS: actCode({ stay: 'a short stay' }),
  VR: actCode({ modality: 'telehealth' }),
  HH: actCode({ modality: 'in-person' }),
  FLD: actCode({ modality: 'in-person' }),
  I: patientClass('an inpatient stay'),
  E: patientClass('an emergency visit'),
  P: patientClass('a pre-admission visit'),
};

/**
 * `Encounter.type` concepts that make an encounter an admission, whatever its class: Synthea, for
 * one, records a 23-day hospice admission with the home-health class `HH`. Such encounters are
 * skipped like the stays of {@link ENCOUNTER_CLASSES}.
 *
 * @example
 * ```ts
 * import { STAY_TYPES } from 'level-of-care/fhir';
 *
 * STAY_TYPES.map((row) => row.code);
 * //=> ['32485007', '305336008', '449411000124106']
 * ```
 *
 * @category FHIR
 */
export const STAY_TYPES: readonly StayType[] = [
  { system: SNOMED_SYSTEM, code: '32485007', stay: 'a hospital admission', sources: ['snomed-ct-encounter-types'] },
  { system: SNOMED_SYSTEM, code: '305336008', stay: 'an admission to hospice', sources: ['snomed-ct-encounter-types'] },
  { system: SNOMED_SYSTEM, code: '449411000124106', stay: 'an admission to a skilled nursing facility', sources: ['snomed-ct-encounter-types'] },
];
