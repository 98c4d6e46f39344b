import { LEVEL_IDS } from '../levels/schema.js';
import type { Population } from '../levels/types.js';
import { FIELD_ORDER } from './data.js';
import { rankOf } from './levelRank.js';
import type { AssessmentField, NormalizedAssessment, NormalizedFindings, Risk } from './types.js';

// An assessment as one small number per field, in FIELD_ORDER: what the fast reader produces and
// what the tabulated rule catalog is looked up by. Per field, codes 0 … known−1 are its known values
// and the code `known` (see KNOWN_VALUES) is `'unknown'`.

/** The values of each kind of field, in code order; `'unknown'` is the last code where it can occur. */
const POPULATIONS: readonly Population[] = ['adult', 'adolescent'];
const RATINGS: readonly Risk[] = [0, 1, 2, 3, 4, 'unknown'];
const FLAGS: readonly (boolean | 'unknown')[] = [false, true, 'unknown'];
const DAYS: readonly (number | 'unknown')[] = [0, 1, 2, 3, 4, 5, 6, 7, 'unknown'];
const COMPLETED: readonly NormalizedFindings['recentlyCompletedLevel'][] = /* @__PURE__ */ (() => ['none', ...LEVEL_IDS, 'unknown'])();

const valuesOf = (field: AssessmentField): readonly unknown[] => {
  if (field === 'population') return POPULATIONS;
  if (field.startsWith('risk.')) return RATINGS;
  if (field === 'findings.canAttendDaysPerWeek') return DAYS;
  if (field === 'findings.recentlyCompletedLevel') return COMPLETED;
  return FLAGS;
};

/** Per field (in {@link FIELD_ORDER}): its values, in code order. */
const VALUES: readonly (readonly unknown[])[] = /* @__PURE__ */ (() => FIELD_ORDER.map(valuesOf))();

/** Per field: how many known values it has; a code equal to this is `'unknown'`. */
export const KNOWN_VALUES: Uint8Array = /* @__PURE__ */ (() =>
  Uint8Array.from(VALUES, (values) => (values[values.length - 1] === 'unknown' ? values.length - 1 : values.length)))();

/** Per field: its position in {@link FIELD_ORDER}. */
export const FIELD_INDEX: ReadonlyMap<AssessmentField, number> = /* @__PURE__ */ (() =>
  new Map(FIELD_ORDER.map((field, index) => [field, index])))();

/** A buffer for the codes of one assessment. */
export const newCodes = (): Uint8Array => new Uint8Array(FIELD_ORDER.length);

/** Whether every field is known. */
export function allKnown(codes: Uint8Array): boolean {
  for (let f = 0; f < codes.length; f += 1) if (codes[f]! >= KNOWN_VALUES[f]!) return false;
  return true;
}

/** The normalized assessment the codes stand for. */
export function assessmentFromCodes(c: Uint8Array): NormalizedAssessment {
  // Literals of one fixed shape, in FIELD_ORDER: rules read them for every assessment of a batch.
  return {
    population: POPULATIONS[c[0]!]!,
    risk: {
      withdrawal: RATINGS[c[1]!]!,
      biomedical: RATINGS[c[2]!]!,
      psychiatric: RATINGS[c[3]!]!,
      readiness: RATINGS[c[4]!]!,
      relapse: RATINGS[c[5]!]!,
      environment: RATINGS[c[6]!]!,
    },
    findings: {
      imminentDanger: FLAGS[c[7]!]!,
      needsMedicallyManagedWithdrawal: FLAGS[c[8]!]!,
      unstableMedicalCondition: FLAGS[c[9]!]!,
      eatingDisorderNeedsMealSupport: FLAGS[c[10]!]!,
      motivatedForTreatment: FLAGS[c[11]!]!,
      stableSubstanceFreeHome: FLAGS[c[12]!]!,
      supportSystem: FLAGS[c[13]!]!,
      canAttendDaysPerWeek: DAYS[c[14]!]!,
      lowerLevelTriedWithoutSuccess: FLAGS[c[15]!]!,
      recentlyCompletedLevel: COMPLETED[c[16]!]!,
      coOccurringMentalHealth: FLAGS[c[17]!]!,
      severeLongStandingUse: FLAGS[c[18]!]!,
    },
  };
}

/** The withdrawal rating the codes stand for. */
export const withdrawalOf = (c: Uint8Array): Risk => RATINGS[c[1]!]!;

/** The finding of withdrawal that needs medical management the codes stand for. */
export const needsWithdrawalManagementOf = (c: Uint8Array): boolean | 'unknown' => FLAGS[c[8]!]!;

/** The code of a value of the field at `field` in {@link FIELD_ORDER}; -1 for a value the field cannot take. */
export const codeOf = (field: number, value: unknown): number => VALUES[field]!.indexOf(value);

// The fast reader. Assessments mostly come from code or JSON and are valid, and a population is
// assessed by the hundred thousand: one pass reads each field once. It accepts only what the schema
// accepts (plain objects, known keys, valid values); anything else, even when valid, is left to the
// schema, which stays the source of truth and writes the issues.

// The allowed keys. A switch over literals compares interned strings by identity, which V8 does
// faster than it hashes them for a Set lookup; strings cut out of longer ones are slower in both.
function isAssessmentKey(key: string): boolean {
  switch (key) {
    case 'population':
    case 'risk':
    case 'findings':
      return true;
    default:
      return false;
  }
}
function isRiskKey(key: string): boolean {
  switch (key) {
    case 'withdrawal':
    case 'biomedical':
    case 'psychiatric':
    case 'readiness':
    case 'relapse':
    case 'environment':
      return true;
    default:
      return false;
  }
}
function isFindingKey(key: string): boolean {
  switch (key as keyof NormalizedFindings) {
    case 'imminentDanger':
    case 'needsMedicallyManagedWithdrawal':
    case 'unstableMedicalCondition':
    case 'eatingDisorderNeedsMealSupport':
    case 'motivatedForTreatment':
    case 'stableSubstanceFreeHome':
    case 'supportSystem':
    case 'canAttendDaysPerWeek':
    case 'lowerLevelTriedWithoutSuccess':
    case 'recentlyCompletedLevel':
    case 'coOccurringMentalHealth':
    case 'severeLongStandingUse':
      return true;
    default:
      return false;
  }
}

const UNKNOWN_RATING = 5;
const UNKNOWN_FLAG = 2;
const UNKNOWN_DAYS = 8;

const isPlainRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const NOTHING: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

// Whether every enumerable key of a part (inherited ones included, as the schema sees them) is
// allowed. One function per part, so that each loop over keys sees objects of one shape and stays
// fast (a loop shared by the three parts is several times slower).
function onlyTopKeys(value: object): boolean {
  for (const key in value) if (!isAssessmentKey(key)) return false;
  return true;
}
function onlyRiskKeys(value: object): boolean {
  for (const key in value) if (!isRiskKey(key)) return false;
  return true;
}
function onlyFindingKeys(value: object): boolean {
  for (const key in value) if (!isFindingKey(key)) return false;
  return true;
}

/** A part of the assessment: absent (read as empty), or a plain object that passes its key check. */
function partOf(value: unknown, keysAllowed: (value: object) => boolean): Readonly<Record<string, unknown>> | undefined {
  if (value === undefined) return NOTHING;
  return isPlainRecord(value) && keysAllowed(value) ? value : undefined;
}

/** A rating's code: absent is unknown; -1 for a value the fast reader does not accept. */
// -0 is a valid number that the schema keeps as given, and a code cannot: it is left to the schema.
const isNegativeZero = (value: number): boolean => value === 0 && 1 / value < 0;

function ratingCode(value: unknown): number {
  if (value === undefined || value === 'unknown') return UNKNOWN_RATING;
  if (value === 0) return isNegativeZero(value) ? -1 : 0;
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : -1;
}

/** A yes/no finding's code: absent is `absent`; -1 for a value that is not a boolean. */
const flagCode = (value: unknown, absent: number): number =>
  value === undefined ? absent : value === false ? 0 : value === true ? 1 : -1;

function daysCode(value: unknown): number {
  if (value === undefined) return UNKNOWN_DAYS;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 7 && !isNegativeZero(value) ? value : -1;
}

function completedCode(value: unknown): number {
  if (value === undefined) return 0;
  const rank = rankOf(value);
  return rank === -1 ? -1 : rank + 1;
}

/**
 * Reads a valid assessment into `out` (one code per field of {@link FIELD_ORDER}); `false`, with
 * `out` in an unspecified state, when the schema must decide.
 */
export function readAssessmentCodes(input: unknown, out: Uint8Array): boolean {
  if (input === undefined) return false;
  const top = partOf(input, onlyTopKeys);
  if (top === undefined) return false;
  const population = top['population'];
  if (population === undefined || population === 'adult') out[0] = 0;
  else if (population === 'adolescent') out[0] = 1;
  else return false;
  const r = partOf(top['risk'], onlyRiskKeys);
  const f = partOf(top['findings'], onlyFindingKeys);
  if (r === undefined || f === undefined) return false;
  // Each value is checked, then all are stored: one typed-array write per field, no array per call.
  const withdrawal = ratingCode(r['withdrawal']);
  const biomedical = ratingCode(r['biomedical']);
  const psychiatric = ratingCode(r['psychiatric']);
  const readiness = ratingCode(r['readiness']);
  const relapse = ratingCode(r['relapse']);
  const environment = ratingCode(r['environment']);
  const imminentDanger = flagCode(f['imminentDanger'], UNKNOWN_FLAG);
  const needsWithdrawal = flagCode(f['needsMedicallyManagedWithdrawal'], UNKNOWN_FLAG);
  const unstable = flagCode(f['unstableMedicalCondition'], UNKNOWN_FLAG);
  const mealSupport = flagCode(f['eatingDisorderNeedsMealSupport'], UNKNOWN_FLAG);
  const motivated = flagCode(f['motivatedForTreatment'], UNKNOWN_FLAG);
  const stableHome = flagCode(f['stableSubstanceFreeHome'], UNKNOWN_FLAG);
  const support = flagCode(f['supportSystem'], 0);
  const days = daysCode(f['canAttendDaysPerWeek']);
  const triedLower = flagCode(f['lowerLevelTriedWithoutSuccess'], 0);
  const completed = completedCode(f['recentlyCompletedLevel']);
  const coOccurring = flagCode(f['coOccurringMentalHealth'], 0);
  const severeUse = flagCode(f['severeLongStandingUse'], 0);
  if (
    (withdrawal | biomedical | psychiatric | readiness | relapse | environment | imminentDanger | needsWithdrawal |
      unstable | mealSupport | motivated | stableHome | support | days | triedLower | completed | coOccurring | severeUse) < 0
  ) {
    return false;
  }
  out[1] = withdrawal;
  out[2] = biomedical;
  out[3] = psychiatric;
  out[4] = readiness;
  out[5] = relapse;
  out[6] = environment;
  out[7] = imminentDanger;
  out[8] = needsWithdrawal;
  out[9] = unstable;
  out[10] = mealSupport;
  out[11] = motivated;
  out[12] = stableHome;
  out[13] = support;
  out[14] = days;
  out[15] = triedLower;
  out[16] = completed;
  out[17] = coOccurring;
  out[18] = severeUse;
  return true;
}
