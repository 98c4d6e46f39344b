import { describeReceived } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { lazy } from '../_lib/miniZod.js';
import { createIssue } from '../issues/createIssue.js';
import { listLength, unreadable } from '../issues/boundary.js';
import { invalidInput } from '../issues/invalidInput.js';
import { LIMITS } from '../issues/limits.js';
import type { Issue, PathSegment } from '../issues/types.js';
import type { Session } from '../schedule/types.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import { serviceIds, serviceLookup } from './readCodings.js';
import { readResource, type Read } from './readResource.js';
import type { ServiceCode } from './serviceCodes.js';
import { SKIP_REASONS } from './sessionsFromFhirData.js';

/**
 * Options of {@link sessionsFromFhir}.
 *
 * @example
 * ```ts
 * import { sessionsFromFhir, type SessionsFromFhirOptions } from 'level-of-care/fhir';
 *
 * const options: SessionsFromFhirOptions = {
 *   serviceCodes: [{ system: 'https://clinic.example/codes', code: 'IOP-GRP', service: 'group' }],
 * };
 * const appointment = { resourceType: 'Appointment', id: 'a1', status: 'booked', start: '2026-03-02T09:00:00-05:00',
 *   minutesDuration: 180, serviceType: [{ coding: [{ system: 'https://clinic.example/codes', code: 'IOP-GRP' }] }] };
 * [sessionsFromFhir(appointment).sessions[0]?.service, sessionsFromFhir(appointment, options).sessions[0]?.service];
 * //=> ['other', 'group']
 * ```
 *
 * @category FHIR
 */
export interface SessionsFromFhirOptions {
  /**
   * More service codes, looked up before {@link SERVICE_CODES}: a program's own scheduling codes, or
   * a state's service identifiers. A malformed row is an `invalid_input` issue and is left out.
   */
  readonly serviceCodes?: readonly ServiceCode[];
}

/**
 * What {@link sessionsFromFhir} returns.
 *
 * @example
 * ```ts
 * import { CPT_SYSTEM, sessionsFromFhir, type SessionsFromFhirResult } from 'level-of-care/fhir';
 *
 * const result: SessionsFromFhirResult = sessionsFromFhir([
 *   { resourceType: 'Appointment', id: 'a2', status: 'fulfilled', start: '2026-03-03T10:00:00-05:00',
 *     end: '2026-03-03T11:00:00-05:00', serviceType: [{ coding: [{ system: CPT_SYSTEM, code: '90847' }] }] },
 *   { resourceType: 'Patient', id: 'p1' },
 * ]);
 * result.sessions;
 * //=> [{ id: 'a2', start: '2026-03-03T10:00:00-05:00', end: '2026-03-03T11:00:00-05:00', service: 'family', status: 'attended' }]
 * result.issues.map((issue) => [issue.code, issue.path]);
 * //=> [['fhir_resource_skipped', [1]]]
 * ```
 *
 * @category FHIR
 */
export interface SessionsFromFhirResult {
  /** One session per Appointment or Encounter read, in input order. */
  readonly sessions: Session[];
  /** Skipped resources (`fhir_resource_skipped`, warnings) and unreadable input (`invalid_input`). */
  readonly issues: Issue[];
}

const defaultTable = /* @__PURE__ */ lazy(() => serviceLookup([]));

/** The service code table: the caller's rows first, then {@link SERVICE_CODES}; a malformed row is reported and left out. */
function tableFor(options: unknown, issues: Issue[]): ReadonlyMap<string, ServiceType> {
  const rows: unknown = isRecord(options) ? options['serviceCodes'] : undefined;
  if (rows === undefined) return defaultTable();
  const path = ['options', 'serviceCodes'];
  const count = listLength(rows, path, 'service codes', LIMITS.maxListEntries, 'maxListEntries', issues);
  if (count === undefined) return defaultTable();
  const valid: ServiceCode[] = [];
  for (let index = 0; index < count; index += 1) {
    const row: unknown = (rows as readonly unknown[])[index];
    if (isRecord(row) && typeof row['system'] === 'string' && typeof row['code'] === 'string' && serviceIds.has(row['service'])) {
      valid.push({ system: row['system'], code: row['code'], service: row['service'] as ServiceType });
      continue;
    }
    const detail = `options.serviceCodes[${index}]: expected { system, code, service } with service one of ${SERVICE_TYPES.join(', ')}, received ${describeReceived(row)}; it was left out.`;
    issues.push(invalidInput(detail, { path: [...path, index] }));
  }
  return valid.length === 0 ? defaultTable() : serviceLookup(valid);
}

interface Item {
  readonly resource: unknown;
  readonly path: readonly PathSegment[];
  /** FHIRPath of the resource in the input; none inside a plain array, which has no FHIR root. */
  readonly source?: string;
}

/**
 * Reads sessions from FHIR R4 `Appointment` and `Encounter` resources, given one resource, a
 * `Bundle`, or an array of resources. Each session's `id` is its resource's id, and its `source` is
 * the FHIRPath of the resource in the input (`Bundle.entry[3].resource`, or the resource type for a
 * single resource; an array has no FHIR root, so its sessions carry none).
 *
 * - Times: `Appointment.start`/`end` (with `minutesDuration` standing in for a missing end) and
 *   `Encounter.period` (with `length` standing in for a missing end), as instants with an offset.
 * - Service: the codings of `serviceType`, `type` and `appointmentType` looked up in
 *   `options.serviceCodes`, then {@link SERVICE_CODES} (HCPCS, CPT numbers, SNOMED CT, the
 *   library's own ids); then a library service id in any system; then service words in the text
 *   ("Group therapy" → `group`); else `'other'`.
 * - Modality: `telehealth` when anything says so (class `VR`, a telemedicine or telephone SNOMED CT
 *   concept, place of service 02 or 10, modifier 95 or GT, video or telephone wording); `in-person`
 *   only when something says that (class `HH`, an in-person place of service, "in person" wording);
 *   otherwise none.
 * - Status: booked, proposed and pending appointments are `scheduled`; arrived, checked-in and
 *   fulfilled ones `attended`; cancelled and no-show ones are kept with that status (validators do
 *   not count them). Encounters: planned → `scheduled`; arrived, triaged, in-progress, onleave and
 *   finished → `attended`; cancelled → `cancelled`.
 * - Skipped, each with a `fhir_resource_skipped` warning that says why: other resource types,
 *   entries in error, waitlisted appointments, encounters of unknown status, stays that are not
 *   program sessions (inpatient, emergency, observation, pre-admission: see
 *   {@link ENCOUNTER_CLASSES}; admissions: see {@link STAY_TYPES}), and resources without usable
 *   times (no start, a date-only or missing period, no end and nothing to stand in for it).
 *
 * Never throws on its input: anything that is not a resource, an array or a Bundle gives an
 * `invalid_input` issue, and so is a malformed row of `options.serviceCodes`.
 *
 * @param input - A resource, a Bundle, or an array of resources, as parsed JSON.
 * @param options - More service codes.
 * @returns The sessions and the issues.
 *
 * @example
 * ```ts
 * import { HCPCS_SYSTEM, sessionsFromFhir } from 'level-of-care/fhir';
 *
 * const { sessions, issues } = sessionsFromFhir({
 *   resourceType: 'Bundle',
 *   type: 'searchset',
 *   entry: [
 *     { resource: { resourceType: 'Appointment', id: 'a1', status: 'booked',
 *         start: '2026-03-02T09:00:00-05:00', minutesDuration: 180,
 *         serviceType: [{ coding: [{ system: HCPCS_SYSTEM, code: 'H0005' }] }] } },
 *     { resource: { resourceType: 'Encounter', id: 'e1', status: 'finished',
 *         class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
 *         period: { start: '2026-02-20T10:00:00-05:00', end: '2026-03-01T12:00:00-05:00' } } },
 *   ],
 * });
 * sessions;
 * //=> [{ id: 'a1', start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00', service: 'group',
 * //      status: 'scheduled', source: 'Bundle.entry[0].resource' }]
 * issues.map((issue) => issue.message);
 * //=> ['Skipped an Encounter resource "e1": it is an inpatient stay (class IMP), not a session of a day or outpatient program.']
 * ```
 *
 * @category FHIR
 */
export function sessionsFromFhir(input: unknown, options?: SessionsFromFhirOptions): SessionsFromFhirResult {
  try {
    return readFhir(input, options);
  } catch (thrown) {
    return { sessions: [], issues: [unreadable([], thrown)] };
  }
}

/** Where the resources of the input are: how many, and how to read the one at an index. */
interface Items {
  readonly count: number;
  readonly at: (index: number) => Item;
}

function itemsOf(input: unknown, issues: Issue[]): Items | undefined {
  if (Array.isArray(input)) {
    const count = listLength(input, [], 'resources', LIMITS.maxSessions, 'maxSessions', issues);
    return count === undefined ? undefined : { count, at: (index) => ({ resource: (input as readonly unknown[])[index], path: [index] }) };
  }
  if (isRecord(input) && input['resourceType'] === 'Bundle') {
    const entries = input['entry'] ?? [];
    if (!Array.isArray(entries)) {
      issues.push(invalidInput('entry: a Bundle’s entry must be an array.', { path: ['entry'], source: 'Bundle.entry' }));
      return undefined;
    }
    const count = listLength(entries, ['entry'], 'entries', LIMITS.maxSessions, 'maxSessions', issues);
    if (count === undefined) return undefined;
    return {
      count,
      at: (index) => {
        const entry: unknown = (entries as readonly unknown[])[index];
        return { resource: isRecord(entry) ? entry['resource'] : undefined, path: ['entry', index, 'resource'], source: `Bundle.entry[${index}].resource` };
      },
    };
  }
  if (isRecord(input) && typeof input['resourceType'] === 'string') {
    const item: Item = { resource: input, path: [], source: input['resourceType'] };
    return { count: 1, at: () => item };
  }
  issues.push(invalidInput('expected a FHIR resource, an array of resources or a Bundle.', { path: [] }));
  return undefined;
}

function readFhir(input: unknown, options: unknown): SessionsFromFhirResult {
  const sessions: Session[] = [];
  const issues: Issue[] = [];
  const table = tableFor(options, issues);
  const items = itemsOf(input, issues);
  for (let index = 0; index < (items?.count ?? 0); index += 1) {
    let item: Item;
    try {
      item = (items as Items).at(index);
    } catch (thrown) {
      issues.push(unreadable(Array.isArray(input) ? [index] : ['entry', index], thrown));
      continue;
    }
    try {
      readItem(item, table, sessions, issues);
    } catch (thrown) {
      issues.push(unreadable(item.path, thrown));
    }
  }
  return { sessions, issues };
}

/** One resource: its session, or why it was skipped. */
function readItem({ resource, path, source }: Item, table: ReadonlyMap<string, ServiceType>, sessions: Session[], issues: Issue[]): void {
  if (!isRecord(resource) || typeof resource['resourceType'] !== 'string') {
    const where = source?.replace(/\.resource$/, '');
    issues.push(invalidInput(`${path.join('.') || 'input'}: expected a FHIR resource object.`, { path, ...(where === undefined ? {} : { source: where }) }));
    return;
  }
  const resourceType = resource['resourceType'];
  const read: Read =
    resourceType === 'Appointment' || resourceType === 'Encounter' ? readResource(resource, table) : { skip: SKIP_REASONS.notASession };
  const from = source === undefined ? {} : { source };
  if ('session' in read) {
    sessions.push({ ...read.session, ...from });
    return;
  }
  const id = typeof resource['id'] === 'string' && resource['id'] !== '' ? resource['id'] : undefined;
  issues.push(
    createIssue(
      'fhir_resource_skipped',
      { resourceType, reason: read.skip, ...(id === undefined ? {} : { id }) },
      { path, ...from },
    ),
  );
}
