import { describeReceived } from '../_lib/describeReceived.js';
import { isRecord } from '../_lib/isRecord.js';
import { lazy } from '../_lib/miniZod.js';
import { createIssue } from '../issues/createIssue.js';
import { invalidInput } from '../issues/invalidInput.js';
import type { Issue, PathSegment } from '../issues/types.js';
import type { Session } from '../schedule/types.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import { serviceLookup } from './readCodings.js';
import { readResource, type Read } from './readResource.js';
import type { ServiceCode } from './serviceCodes.js';
import { SKIP_REASONS } from './sessionsFromFhirData.js';

/**
 * Options of {@link sessionsFromFhir}.
 *
 * @category FHIR
 */
export interface SessionsFromFhirOptions {
  /**
   * More service codes, looked up before {@link SERVICE_CODES}: a program's own scheduling codes, or
   * a state's service identifiers. A malformed row is a programmer error and throws a `TypeError`.
   */
  readonly serviceCodes?: readonly ServiceCode[];
}

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

const defaultTable = /* @__PURE__ */ lazy(() => serviceLookup([]));
const serviceIds: ReadonlySet<unknown> = /* @__PURE__ */ (() => new Set<unknown>(SERVICE_TYPES))();

function tableFor(options: SessionsFromFhirOptions | undefined): ReadonlyMap<string, ServiceType> {
  const rows: unknown = isRecord(options) ? options['serviceCodes'] : undefined;
  if (rows === undefined) return defaultTable();
  if (!Array.isArray(rows)) throw new TypeError(`sessionsFromFhir: options.serviceCodes must be an array of { system, code, service }, received ${describeReceived(rows)}.`);
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row) || typeof row['system'] !== 'string' || typeof row['code'] !== 'string' || !serviceIds.has(row['service'])) {
      throw new TypeError(
        `sessionsFromFhir: options.serviceCodes[${index}] must be { system, code, service } with service one of ${SERVICE_TYPES.join(', ')}; received ${describeReceived(row)}.`,
      );
    }
  });
  return serviceLookup(rows as ServiceCode[]);
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
 * `invalid_input` issue. A malformed `options.serviceCodes` throws a `TypeError`.
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
  const table = tableFor(options);
  const sessions: Session[] = [];
  const issues: Issue[] = [];
  let items: readonly Item[];
  if (Array.isArray(input)) {
    // Array.from visits holes too (as undefined), so each gets an issue instead of breaking the loop.
    items = Array.from(input, (resource: unknown, index) => ({ resource, path: [index] }));
  } else if (isRecord(input) && input['resourceType'] === 'Bundle') {
    const entries = input['entry'] ?? [];
    if (!Array.isArray(entries)) {
      issues.push(invalidInput('entry: a Bundle’s entry must be an array.', { path: ['entry'], source: 'Bundle.entry' }));
      return { sessions, issues };
    }
    items = Array.from(entries, (entry: unknown, index) => ({
      resource: isRecord(entry) ? entry['resource'] : undefined,
      path: ['entry', index, 'resource'],
      source: `Bundle.entry[${index}].resource`,
    }));
  } else if (isRecord(input) && typeof input['resourceType'] === 'string') {
    items = [{ resource: input, path: [], source: input['resourceType'] }];
  } else {
    issues.push(invalidInput('expected a FHIR resource, an array of resources or a Bundle.', { path: [] }));
    return { sessions, issues };
  }
  for (const { resource, path, source } of items) {
    if (!isRecord(resource) || typeof resource['resourceType'] !== 'string') {
      const where = source?.replace(/\.resource$/, '');
      issues.push(invalidInput(`${path.join('.') || 'input'}: expected a FHIR resource object.`, { path, ...(where === undefined ? {} : { source: where }) }));
      continue;
    }
    const resourceType = resource['resourceType'];
    const read: Read =
      resourceType === 'Appointment' || resourceType === 'Encounter' ? readResource(resource, table) : { skip: SKIP_REASONS.notASession };
    const from = source === undefined ? {} : { source };
    if ('session' in read) {
      sessions.push({ ...read.session, ...from });
    } else {
      const id = typeof resource['id'] === 'string' && resource['id'] !== '' ? resource['id'] : undefined;
      issues.push(
        createIssue(
          'fhir_resource_skipped',
          { resourceType, reason: read.skip, ...(id === undefined ? {} : { id }) },
          { path, ...from },
        ),
      );
    }
  }
  return { sessions, issues };
}
