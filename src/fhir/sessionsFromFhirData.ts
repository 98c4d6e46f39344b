import type { ServiceType } from '../services/index.js';

/** What an R4 status means for a session: a session status, or a reason to skip the resource. */
export type StatusMapping =
  | { readonly status: 'scheduled' | 'attended' | 'cancelled' | 'no-show' }
  | { readonly skip: string };

/**
 * R4 `Appointment.status` → session status. Proposed, pending and waitlisted appointments are read as
 * scheduled: an `appointment-book` hook checks exactly such proposed appointments.
 */
export const APPOINTMENT_STATUS: Readonly<Record<string, StatusMapping>> = {
  proposed: { status: 'scheduled' },
  pending: { status: 'scheduled' },
  booked: { status: 'scheduled' },
  waitlist: { status: 'scheduled' },
  arrived: { status: 'attended' },
  'checked-in': { status: 'attended' },
  fulfilled: { status: 'attended' },
  cancelled: { status: 'cancelled' },
  noshow: { status: 'no-show' },
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

/**
 * Words in a `serviceType`/`type` text or display that name a service, tried in this order when no
 * coding carries one of the library's service codes. The first match wins; nothing matching gives
 * `'other'`.
 */
export const SERVICE_KEYWORDS: readonly (readonly [ServiceType, RegExp])[] = [
  ['medication-management', /\bmedication\b/i],
  ['case-management', /\bcase[- ]management\b/i],
  ['psychoeducation', /\bpsycho-?education/i],
  ['peer-support', /\bpeer\b/i],
  ['family', /\b(family|couples?)\b/i],
  ['group', /\bgroup\b/i],
  ['individual', /\bindividual\b/i],
  ['skills', /\bskills?\b/i],
  ['assessment', /\b(assessment|evaluation|intake)\b/i],
];

/** `Encounter.class` codes (v3 ActCode) that tell how the session was delivered. */
export const ENCOUNTER_CLASS_MODALITY: Readonly<Record<string, 'in-person' | 'telehealth'>> = {
  VR: 'telehealth',
  AMB: 'in-person',
};
