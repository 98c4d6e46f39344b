import * as z from 'zod/mini';
import { describeReceived } from '../_lib/describeReceived.js';
import { instantMs } from '../_lib/instant.js';
import { bounded, lazy, safeParseMini } from '../_lib/miniZod.js';
import { LIMITS } from '../issues/limits.js';
import type { Session, SessionModality, SessionStatus } from '../schedule/types.js';
import type { ServiceType } from '../services/index.js';
import { endAfterMinutes } from './endAfterMinutes.js';
import { encounterClassOf, modalityOf, serviceOf, stayTypeOf } from './readCodings.js';
import {
  APPOINTMENT_STATUS,
  ENCOUNTER_STATUS,
  EXPECTED_TYPE,
  SKIP_REASONS,
  type StatusMapping,
} from './sessionsFromFhirData.js';

/** A resource read as a session, or the reason it was skipped. */
export type Read = { readonly session: Session } | { readonly skip: string };

/** A list of a resource, turned down when it is longer than any a system sends. */
const list = <T extends z.core.$ZodType>(schema: T) => bounded(schema, LIMITS.maxListEntries, 'maxListEntries');

// The parts of R4 Appointment and Encounter that are read, loosely: unknown elements pass through,
// and every element read may be absent (what an absent start or period means is decided below).
const coding = /* @__PURE__ */ lazy(() =>
  z.looseObject({ system: z.optional(z.string()), code: z.optional(z.string()), display: z.optional(z.string()) }),
);
const concept = /* @__PURE__ */ lazy(() => z.looseObject({ coding: z.optional(list(z.array(coding()))), text: z.optional(z.string()) }));

const appointmentShape = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.optional(z.string()),
    status: z.string(),
    start: z.optional(z.string()),
    end: z.optional(z.string()),
    minutesDuration: z.optional(z.number()),
    serviceType: z.optional(list(z.array(concept()))),
    appointmentType: z.optional(concept()),
    serviceCategory: z.optional(list(z.array(concept()))),
  }),
);

const encounterShape = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.optional(z.string()),
    status: z.string(),
    class: z.optional(coding()),
    period: z.optional(z.looseObject({ start: z.optional(z.string()), end: z.optional(z.string()) })),
    length: z.optional(z.looseObject({ value: z.optional(z.number()), unit: z.optional(z.string()), code: z.optional(z.string()) })),
    serviceType: z.optional(concept()),
    type: z.optional(list(z.array(concept()))),
    location: z.optional(list(z.array(z.looseObject({ physicalType: z.optional(concept()) })))),
  }),
);

/** Our sentence for the first element of a resource that does not have its R4 type. */
function shapeProblem(issue: z.core.$ZodIssue | undefined, resource: Record<string, unknown>): string {
  const path = issue?.path ?? [];
  const field = path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
  let value: unknown = resource;
  for (const segment of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  if (value === undefined) return SKIP_REASONS.missing(field);
  const expected = issue?.code === 'invalid_type' && Object.hasOwn(EXPECTED_TYPE, issue.expected) ? EXPECTED_TYPE[issue.expected] : undefined;
  return SKIP_REASONS.wrongType(field, expected ?? 'of its R4 type', describeReceived(value));
}

const statusOf = (table: Readonly<Record<string, StatusMapping>>, status: string): StatusMapping =>
  Object.hasOwn(table, status) ? (table[status] as StatusMapping) : { skip: SKIP_REASONS.unknownStatus(status) };

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Why a dateTime element cannot stand as an instant, or `undefined` when it can. */
function instantProblem(field: string, value: string): string | undefined {
  if (!Number.isNaN(instantMs(value))) return undefined;
  return datePattern.test(value) ? SKIP_REASONS.dateOnly(field, value) : SKIP_REASONS.notInstant(field, describeReceived(value));
}

const MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1 / 60,
  sec: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
};

/** Minutes in one of a unit, when `unit` is one of {@link MINUTES_PER_UNIT}. */
function minutesPer(unit: string | undefined): number | undefined {
  const key = unit?.trim().toLowerCase();
  return key !== undefined && Object.hasOwn(MINUTES_PER_UNIT, key) ? MINUTES_PER_UNIT[key] : undefined;
}

/** Minutes of an R4 Duration (UCUM code first, then the unit's words), when it gives a positive length. */
function durationMinutes(length: { readonly value?: number | undefined; readonly unit?: string | undefined; readonly code?: string | undefined } | undefined): number | undefined {
  const value = length?.value;
  const perUnit = minutesPer(length?.code) ?? minutesPer(length?.unit);
  if (value === undefined || !(value > 0) || perUnit === undefined) return undefined;
  return value * perUnit;
}

const withId = (id: string | undefined): { readonly id?: string } => (id === undefined || id === '' ? {} : { id });

type Times = { readonly start: string; readonly end: string } | { readonly skip: string };

/** A duration that stands in for a missing end, and the element that gave it. */
interface Duration {
  readonly minutes: number | undefined;
  readonly field: string;
}

/** The start and end of a session, a duration standing in for a missing end; or why there are none. */
function timesOf(field: string, start: string, end: string | undefined, duration: Duration, noEnd: string): Times {
  const startProblem = instantProblem(`${field}start`, start);
  if (startProblem !== undefined) return { skip: startProblem };
  if (end !== undefined) {
    const endProblem = instantProblem(`${field}end`, end);
    return endProblem === undefined ? { start, end } : { skip: endProblem };
  }
  if (duration.minutes === undefined) return { skip: noEnd };
  const computed = endAfterMinutes(start, duration.minutes);
  return computed === undefined ? { skip: SKIP_REASONS.endOutOfRange(duration.field) } : { start, end: computed };
}

/** The session of a resource whose times were read. */
function sessionOf(
  id: string | undefined,
  times: { readonly start: string; readonly end: string },
  service: ServiceType,
  status: SessionStatus,
  modality: SessionModality | undefined,
): Read {
  return { session: { ...withId(id), start: times.start, end: times.end, service, status, ...(modality === undefined ? {} : { modality }) } };
}

function readAppointment(resource: Record<string, unknown>, table: ReadonlyMap<string, ServiceType>): Read {
  const parsed = safeParseMini(appointmentShape(), resource);
  if (!parsed.success) return { skip: shapeProblem(parsed.error.issues[0], resource) };
  const appointment = parsed.data;
  const mapped = statusOf(APPOINTMENT_STATUS, appointment.status);
  if ('skip' in mapped) return mapped;
  if (appointment.start === undefined) return { skip: SKIP_REASONS.noStart };
  const duration = appointment.minutesDuration;
  const minutes = duration !== undefined && duration > 0 ? duration : undefined;
  const times = timesOf('', appointment.start, appointment.end, { minutes, field: 'minutesDuration' }, SKIP_REASONS.noEndNorDuration);
  if ('skip' in times) return times;
  const concepts = [...(appointment.serviceType ?? []), appointment.appointmentType];
  const modality = modalityOf([...concepts, ...(appointment.serviceCategory ?? [])]);
  return sessionOf(appointment.id, times, serviceOf(concepts, table), mapped.status, modality);
}

function readEncounter(resource: Record<string, unknown>, table: ReadonlyMap<string, ServiceType>): Read {
  const parsed = safeParseMini(encounterShape(), resource);
  if (!parsed.success) return { skip: shapeProblem(parsed.error.issues[0], resource) };
  const encounter = parsed.data;
  const mapped = statusOf(ENCOUNTER_STATUS, encounter.status);
  if ('skip' in mapped) return mapped;
  const encounterClass = encounterClassOf(encounter.class);
  if (encounterClass !== undefined && 'stay' in encounterClass) return { skip: SKIP_REASONS.stay(encounterClass.stay, `class ${encounterClass.code}`) };
  const stayType = stayTypeOf(encounter.type ?? []);
  if (stayType !== undefined) return { skip: SKIP_REASONS.stay(stayType.stay, `type ${stayType.code}`) };
  const { period } = encounter;
  if (period === undefined) return { skip: encounter.length === undefined ? SKIP_REASONS.noPeriod : SKIP_REASONS.onlyLength };
  const { start, end } = period;
  if (start === undefined) return { skip: SKIP_REASONS.noPeriodStart };
  if (datePattern.test(start) && (end === undefined || datePattern.test(end))) return { skip: SKIP_REASONS.periodDatesOnly(start, end) };
  const times = timesOf('period ', start, end, { minutes: durationMinutes(encounter.length), field: 'length' }, SKIP_REASONS.noEndNorLength);
  if ('skip' in times) return times;
  const concepts = [encounter.serviceType, ...(encounter.type ?? [])];
  const places = (encounter.location ?? []).map((location) => location.physicalType);
  return sessionOf(encounter.id, times, serviceOf(concepts, table), mapped.status, modalityOf([...concepts, ...places], encounter.class));
}

/** Reads one Appointment or Encounter as a session, or says why it cannot be one. */
export function readResource(resource: Record<string, unknown>, table: ReadonlyMap<string, ServiceType>): Read {
  return resource['resourceType'] === 'Appointment' ? readAppointment(resource, table) : readEncounter(resource, table);
}
