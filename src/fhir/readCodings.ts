import { lazy } from '../_lib/miniZod.js';
import type { SessionModality } from '../schedule/types.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import { CPT_SYSTEM, HCPCS_SYSTEM } from './codeSystems.js';
import { ENCOUNTER_CLASSES, STAY_TYPES, type EncounterClassMeaning } from './encounterClasses.js';
import { MODALITY_CODES, TELEHEALTH_MODIFIERS } from './modalityCodes.js';
import { SERVICE_CODES, type ServiceCode } from './serviceCodes.js';
import { IN_PERSON_WORDS, SERVICE_KEYWORDS, TELEHEALTH_WORDS } from './sessionsFromFhirData.js';
import { splitModifiers } from './splitModifiers.js';
import { systemKey } from './systemKey.js';

/** The parts of an R4 Coding the adapter reads. */
export interface CodingLike {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly display?: string | undefined;
}

/** The parts of an R4 CodeableConcept the adapter reads. */
export interface ConceptLike {
  readonly coding?: readonly CodingLike[] | undefined;
  readonly text?: string | undefined;
}

const keyOf = (system: string, code: string): string => `${systemKey(system)}|${code.trim().toUpperCase()}`;

/** A service table keyed by system and code: the caller's rows first, then {@link SERVICE_CODES}. */
export function serviceLookup(extra: readonly ServiceCode[]): ReadonlyMap<string, ServiceType> {
  const table = new Map<string, ServiceType>();
  for (const row of [...extra, ...SERVICE_CODES]) {
    const key = keyOf(row.system, row.code);
    if (!table.has(key)) table.set(key, row.service);
  }
  return table;
}

const modalityTable = /* @__PURE__ */ lazy(
  (): ReadonlyMap<string, SessionModality> => new Map(MODALITY_CODES.map((row) => [keyOf(row.system, row.code), row.modality])),
);

const billingSystems: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([systemKey(CPT_SYSTEM), systemKey(HCPCS_SYSTEM)]))();
/** The library's service ids, to tell one from any other value. */
export const serviceIds: ReadonlySet<unknown> = /* @__PURE__ */ (() => new Set<unknown>(SERVICE_TYPES))();

const codingsOf = (concepts: readonly (ConceptLike | undefined)[]): CodingLike[] =>
  concepts.flatMap((concept) => concept?.coding ?? []);

const wordsOf = (concepts: readonly (ConceptLike | undefined)[]): string[] =>
  concepts.flatMap((concept) => [concept?.text, ...(concept?.coding ?? []).map((coding) => coding.display)]).filter((text) => text !== undefined);

/**
 * The service of a session: the first coding found in the table (a code with modifiers is looked
 * up without them), then the first coding whose code is one of the library's service ids whatever
 * its system, then the first service named in a text or display, else `'other'`.
 */
export function serviceOf(concepts: readonly (ConceptLike | undefined)[], table: ReadonlyMap<string, ServiceType>): ServiceType {
  const codings = codingsOf(concepts);
  for (const { system, code } of codings) {
    if (system === undefined || code === undefined) continue;
    const service = table.get(keyOf(system, code)) ?? table.get(keyOf(system, splitModifiers(code).base));
    if (service !== undefined) return service;
  }
  for (const { code } of codings) {
    const id = code?.trim().toLowerCase();
    if (id !== undefined && serviceIds.has(id)) return id as ServiceType;
  }
  const words = wordsOf(concepts);
  for (const [service, pattern] of SERVICE_KEYWORDS) {
    if (words.some((text) => pattern.test(text))) return service;
  }
  return 'other';
}

/** Whether a coding is, or carries, a telehealth modifier (95, GT) of a CPT or HCPCS code. */
function hasTelehealthModifier({ system, code }: CodingLike): boolean {
  if (code === undefined || (system !== undefined && !billingSystems.has(systemKey(system)))) return false;
  const { base, modifiers } = splitModifiers(code);
  return [base, ...modifiers].some((part) => TELEHEALTH_MODIFIERS.codes.includes(part));
}

/** The meaning of an `Encounter.class` coding, when its code is known and its system is that code's or none. */
export function encounterClassOf(coding: CodingLike | undefined): (EncounterClassMeaning & { readonly code: string }) | undefined {
  const code = coding?.code;
  if (code === undefined || !Object.hasOwn(ENCOUNTER_CLASSES, code)) return undefined;
  const meaning = ENCOUNTER_CLASSES[code] as EncounterClassMeaning;
  const system = coding?.system;
  return system === undefined || systemKey(system) === systemKey(meaning.system) ? { ...meaning, code } : undefined;
}

/**
 * How a session was delivered. Telehealth when anything says so: the class `VR`, a telehealth code
 * (SNOMED CT telemedicine or telephone encounter, place of service 02 or 10), a modifier 95 or GT,
 * or video or telephone wording. Otherwise in person when something says that (the class `HH` or
 * `FLD`, an in-person place of service, "in person" wording); otherwise unknown.
 */
export function modalityOf(concepts: readonly (ConceptLike | undefined)[], encounterClass?: CodingLike): SessionModality | undefined {
  const classMeaning = encounterClassOf(encounterClass);
  const byClass = classMeaning !== undefined && 'modality' in classMeaning ? classMeaning.modality : undefined;
  if (byClass === 'telehealth') return 'telehealth';
  let inPerson = byClass === 'in-person';
  for (const coding of codingsOf(concepts)) {
    if (hasTelehealthModifier(coding)) return 'telehealth';
    if (coding.system === undefined || coding.code === undefined) continue;
    const modality = modalityTable().get(keyOf(coding.system, coding.code));
    if (modality === 'telehealth') return 'telehealth';
    if (modality === 'in-person') inPerson = true;
  }
  const words = [...wordsOf(concepts), ...(encounterClass?.display === undefined ? [] : [encounterClass.display])];
  if (words.some((text) => TELEHEALTH_WORDS.test(text))) return 'telehealth';
  if (words.some((text) => IN_PERSON_WORDS.test(text))) inPerson = true;
  return inPerson ? 'in-person' : undefined;
}

const stayTypes = /* @__PURE__ */ lazy((): ReadonlyMap<string, { readonly code: string; readonly stay: string }> => new Map(STAY_TYPES.map((row) => [keyOf(row.system, row.code), row])));

/** The first `Encounter.type` coding that makes the encounter an admission, with the words for it. */
export function stayTypeOf(concepts: readonly (ConceptLike | undefined)[]): { readonly code: string; readonly stay: string } | undefined {
  for (const { system, code } of codingsOf(concepts)) {
    const row = system === undefined || code === undefined ? undefined : stayTypes().get(keyOf(system, code));
    if (row !== undefined) return row;
  }
  return undefined;
}
