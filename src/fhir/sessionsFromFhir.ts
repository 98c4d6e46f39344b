import * as z from 'zod';
import { createIssue } from '../issues/createIssue.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import type { Session } from '../schedule/types.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import {
  APPOINTMENT_STATUS,
  ENCOUNTER_CLASS_MODALITY,
  ENCOUNTER_STATUS,
  SERVICE_KEYWORDS,
  type StatusMapping,
} from './sessionsFromFhirData.js';
import { isRecord } from '../_lib/isRecord.js';

/**
 * What {@link sessionsFromFhir} returns.
 *
 * @category FHIR
 */
export interface SessionsFromFhirResult {
  /** One session per Appointment or Encounter read, in input order. */
  readonly sessions: Session[];
  /** Skipped resources (`fhir_resource_skipped`, warnings) and unreadable input (`invalid_input`). */
  readonly issues: Issue[];
}

const coding = z.looseObject({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() });
const concept = z.looseObject({ coding: z.array(coding).optional(), text: z.string().optional() });

const appointment = z.looseObject({
  resourceType: z.literal('Appointment'),
  id: z.string().optional(),
  status: z.string(),
  start: z.string({ error: 'it has no start' }),
  end: z.string({ error: 'it has no end' }),
  serviceType: z.array(concept).optional(),
  appointmentType: concept.optional(),
});

const encounter = z.looseObject({
  resourceType: z.literal('Encounter'),
  id: z.string().optional(),
  status: z.string(),
  class: coding.optional(),
  period: z.looseObject({
    start: z.string({ error: 'its period has no start' }),
    end: z.string({ error: 'its period has no end' }),
  }),
  serviceType: concept.optional(),
  type: z.array(concept).optional(),
});

type Concept = z.infer<typeof concept>;

const serviceIds: ReadonlySet<string> = new Set(SERVICE_TYPES);

function serviceOf(concepts: readonly (Concept | undefined)[]): ServiceType {
  for (const item of concepts) {
    for (const code of item?.coding ?? []) {
      const id = code.code?.toLowerCase();
      if (id !== undefined && serviceIds.has(id)) return id as ServiceType;
    }
  }
  for (const item of concepts) {
    const words = [item?.text, ...(item?.coding ?? []).map((code) => code.display)].filter((text) => text !== undefined);
    for (const [service, pattern] of SERVICE_KEYWORDS) {
      if (words.some((text) => pattern.test(text))) return service;
    }
  }
  return 'other';
}

const statusOf = (table: Readonly<Record<string, StatusMapping>>, status: string): StatusMapping =>
  Object.hasOwn(table, status) ? (table[status] as StatusMapping) : { skip: `its status "${status}" is not one this adapter knows.` };

type Read = { readonly session: Session } | { readonly skip: string };

function readResource(resource: Record<string, unknown>): Read {
  if (resource['resourceType'] === 'Appointment') {
    const parsed = appointment.safeParse(resource);
    if (!parsed.success) return { skip: `${parsed.error.issues[0]?.message ?? 'it is malformed'}.` };
    const a = parsed.data;
    const mapped = statusOf(APPOINTMENT_STATUS, a.status);
    if ('skip' in mapped) return mapped;
    const session: Session = {
      ...(a.id === undefined ? {} : { id: a.id }),
      start: a.start,
      end: a.end,
      service: serviceOf([...(a.serviceType ?? []), a.appointmentType]),
      status: mapped.status,
    };
    return { session };
  }
  const parsed = encounter.safeParse(resource);
  if (!parsed.success) return { skip: `${parsed.error.issues[0]?.message ?? 'it is malformed'}.` };
  const e = parsed.data;
  const mapped = statusOf(ENCOUNTER_STATUS, e.status);
  if ('skip' in mapped) return mapped;
  const classCode = e.class?.code;
  const modality = classCode !== undefined && Object.hasOwn(ENCOUNTER_CLASS_MODALITY, classCode) ? ENCOUNTER_CLASS_MODALITY[classCode] : undefined;
  const session: Session = {
    ...(e.id === undefined ? {} : { id: e.id }),
    start: e.period.start,
    end: e.period.end,
    service: serviceOf([e.serviceType, ...(e.type ?? [])]),
    status: mapped.status,
    ...(modality === undefined ? {} : { modality }),
  };
  return { session };
}


/**
 * Reads sessions from FHIR R4 `Appointment` and `Encounter` resources, given one resource, an array of
 * them, or a `Bundle`. Times are taken as they are (`Appointment.start`/`end`, `Encounter.period`) and
 * checked later by `validateSchedule`.
 *
 * - Service: the first `serviceType`/`type` (and `appointmentType`) coding whose code is a
 *   {@link ServiceType} id, whatever its system; otherwise the first service named in the text or
 *   display (see `SERVICE_KEYWORDS`); otherwise `'other'`.
 * - Status: `Appointment` proposed, pending, booked, waitlist → `scheduled`; arrived, checked-in,
 *   fulfilled → `attended`; cancelled → `cancelled`; noshow → `no-show`. `Encounter` planned →
 *   `scheduled`; arrived, triaged, in-progress, onleave, finished → `attended`; cancelled →
 *   `cancelled`. Cancelled and no-show sessions are kept (validators do not count them).
 * - Skipped, each with a warning `fhir_resource_skipped` at its path: resources of other types,
 *   `entered-in-error` resources, encounters of `unknown` status, and resources without a start or end.
 * - `Encounter.class` `VR` gives modality `telehealth`, `AMB` gives `in-person`.
 *
 * Never throws: input that is not a resource, an array or a Bundle gives an `invalid_input` issue.
 *
 * @param input - A resource, an array of resources, or a Bundle, as parsed JSON.
 * @returns The sessions and the issues.
 *
 * @example
 * ```ts
 * import { sessionsFromFhir } from 'level-of-care/fhir';
 *
 * const { sessions, issues } = sessionsFromFhir({
 *   resourceType: 'Bundle',
 *   type: 'searchset',
 *   entry: [
 *     { resource: { resourceType: 'Appointment', id: 'a1', status: 'booked',
 *         start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00',
 *         serviceType: [{ text: 'Group therapy' }] } },
 *     { resource: { resourceType: 'Patient', id: 'p1' } },
 *   ],
 * });
 * sessions;
 * //=> [{ id: 'a1', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group', status: 'scheduled' }]
 * issues.map((issue) => [issue.code, issue.path]);
 * //=> [['fhir_resource_skipped', ['entry', 1, 'resource']]]
 * ```
 *
 * @category FHIR
 */
export function sessionsFromFhir(input: unknown): SessionsFromFhirResult {
  const sessions: Session[] = [];
  const issues: Issue[] = [];
  let items: readonly { readonly resource: unknown; readonly path: readonly PathSegment[] }[];
  if (Array.isArray(input)) {
    // Array.from visits holes too (as undefined), so each gets an issue instead of breaking the loop.
    items = Array.from(input, (resource: unknown, index) => ({ resource, path: [index] }));
  } else if (isRecord(input) && input['resourceType'] === 'Bundle') {
    const entries = input['entry'] ?? [];
    if (!Array.isArray(entries)) {
      issues.push(invalidInput('entry: a Bundle’s entry must be an array.', { path: ['entry'] }));
      return { sessions, issues };
    }
    items = Array.from(entries, (entry: unknown, index) => ({
      resource: isRecord(entry) ? entry['resource'] : undefined,
      path: ['entry', index, 'resource'],
    }));
  } else if (isRecord(input) && typeof input['resourceType'] === 'string') {
    items = [{ resource: input, path: [] }];
  } else {
    issues.push(
      invalidInput('expected a FHIR resource, an array of resources or a Bundle.', { path: [] }),
    );
    return { sessions, issues };
  }
  for (const { resource, path } of items) {
    if (!isRecord(resource) || typeof resource['resourceType'] !== 'string') {
      issues.push(invalidInput(`${path.join('.') || 'input'}: expected a FHIR resource object.`, { path }));
      continue;
    }
    const resourceType = resource['resourceType'];
    const read: Read =
      resourceType === 'Appointment' || resourceType === 'Encounter'
        ? readResource(resource)
        : { skip: 'only Appointment and Encounter resources describe sessions.' };
    if ('session' in read) sessions.push(read.session);
    else issues.push(createIssue('fhir_resource_skipped', { resourceType, reason: read.skip }, { path }));
  }
  return { sessions, issues };
}
