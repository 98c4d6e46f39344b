import type { ServiceType } from '../services/index.js';

/** What an R4 status means for a session: a session status, or a reason to skip the resource. */
export type StatusMapping =
  | { readonly status: 'scheduled' | 'attended' | 'cancelled' | 'no-show' }
  | { readonly skip: string };

/**
 * R4 `Appointment.status` → session status. Proposed and pending appointments are read as
 * scheduled: an `appointment-book` hook checks exactly such proposed appointments. A waitlisted
 * appointment has no place in the schedule yet, so it is skipped rather than counted.
 */
export const APPOINTMENT_STATUS: Readonly<Record<string, StatusMapping>> = {
  proposed: { status: 'scheduled' },
  pending: { status: 'scheduled' },
  booked: { status: 'scheduled' },
  arrived: { status: 'attended' },
  'checked-in': { status: 'attended' },
  fulfilled: { status: 'attended' },
  cancelled: { status: 'cancelled' },
  noshow: { status: 'no-show' },
  waitlist: { skip: 'it is on the waitlist, not booked, so it does not count.' },
  'entered-in-error': { skip: 'it was entered in error.' },
};

/**
 * R4 `Encounter.status` → session status. An encounter of unknown status is skipped rather than
 * counted, so it can never inflate the hours a program bills.
 */
export const ENCOUNTER_STATUS: Readonly<Record<string, StatusMapping>> = {
  planned: { status: 'scheduled' },
  arrived: { status: 'attended' },
  triaged: { status: 'attended' },
  'in-progress': { status: 'attended' },
  onleave: { status: 'attended' },
  finished: { status: 'attended' },
  cancelled: { status: 'cancelled' },
  'entered-in-error': { skip: 'it was entered in error.' },
  unknown: { skip: 'its status is unknown.' },
};

/** The sentences that say why a resource was not read as a session (after "Skipped an Encounter …: "). */
export const SKIP_REASONS = {
  notASession: 'only Appointment and Encounter resources describe sessions.',
  unknownStatus: (status: string): string => `its status "${status}" is not one this adapter knows.`,
  missing: (field: string): string => `it has no ${field}.`,
  wrongType: (field: string, expected: string, received: string): string => `its ${field} is ${received}, not ${expected}.`,
  stay: (what: string, coded: string): string => `it is ${what} (${coded}), not a session of a day or outpatient program.`,
  noStart: 'it has no start time.',
  dateOnly: (field: string, value: string): string => `its ${field} "${value}" is a date without a time.`,
  notInstant: (field: string, received: string): string => `its ${field} ${received} is not a date and time with a time-zone offset.`,
  noEndNorDuration: 'it has neither an end time nor a duration (minutesDuration).',
  noPeriod: 'it has no period.',
  onlyLength: 'it has no period: its length alone does not say when it took place.',
  noPeriodStart: 'its period has no start.',
  periodDatesOnly: (start: string, end: string | undefined): string =>
    end === undefined ? `its period gives a date only (${start}), not times.` : `its period gives dates only (${start} to ${end}), not times.`,
  noEndNorLength: 'its period has no end, and it has no length to stand in for one.',
  endOutOfRange: (field: string): string => `its ${field} puts the end past the years 0001–9999 that times are read in.`,
} as const;

/** How {@link SKIP_REASONS} names a value type a field should have. */
export const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
};

/**
 * Words in a `serviceType`/`type` text or display that name a service, tried in this order when no
 * coding is in the code table. The first match wins; nothing matching gives `'other'`.
 */
export const SERVICE_KEYWORDS: readonly (readonly [ServiceType, RegExp])[] = [
  ['medication-management', /\bmedication\b/i],
  ['case-management', /\bcase[- ]management\b/i],
  ['psychoeducation', /\bpsycho-?education/i],
  ['peer-support', /\bpeer\b/i],
  ['family', /\b(family|couples?)\b/i],
  ['group', /\bgroup\b/i],
  ['individual', /\b(individual|psychotherapy|counsel(l)?ing)\b/i],
  ['skills', /\bskills?\b/i],
  ['assessment', /\b(assessment|evaluation|intake)\b/i],
];

/**
 * Words in a text or display that say a session was held by video or telephone. "Phone" alone does
 * not: it names a telephone session only as a phone call or visit, or by, over or via phone (a
 * "phone-free" group is held in person).
 */
export const TELEHEALTH_WORDS: RegExp =
  /\b(video|virtual|tele-?health|tele-?medicine|tele-?video|telephon(e|ic)|phone (call|visit|session|appointment|consult(ation)?|follow-?up)|(by|over the|via) phone)\b/i;

/** Words in a text or display that say a session was held in person. */
export const IN_PERSON_WORDS: RegExp = /\b(in[- ]person|face[- ]to[- ]face|office visit)\b/i;
