import * as z from 'zod/mini';

/**
 * The kinds of service a session can deliver.
 *
 * @example
 * ```ts
 * import type { ServiceType } from 'level-of-care';
 * import { sessionsFromFhir } from 'level-of-care/fhir';
 *
 * const { sessions } = sessionsFromFhir({ resourceType: 'Appointment', id: 'a1', status: 'booked',
 *   start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:00:00-05:00', serviceType: [{ text: 'Family therapy' }] });
 * const service: ServiceType | undefined = sessions[0]?.service;
 * service;
 * //=> 'family'
 * ```
 *
 * @category Schedule
 */
export type ServiceType = (typeof SERVICE_TYPES)[number];

/**
 * Every {@link ServiceType}, in a fixed order used for reports.
 *
 * @example
 * ```ts
 * import { SERVICE_TYPES } from 'level-of-care';
 *
 * SERVICE_TYPES.includes('group');
 * //=> true
 * ```
 *
 * @category Schedule
 */
export const SERVICE_TYPES: readonly [
  'individual',
  'group',
  'family',
  'psychoeducation',
  'medication-management',
  'case-management',
  'skills',
  'peer-support',
  'assessment',
  'other',
] = [
  'individual',
  'group',
  'family',
  'psychoeducation',
  'medication-management',
  'case-management',
  'skills',
  'peer-support',
  'assessment',
  'other',
];

/**
 * zod schema for a {@link ServiceType}.
 *
 * @example
 * ```ts
 * import { ServiceTypeSchema } from 'level-of-care';
 *
 * ServiceTypeSchema.safeParse('yoga').success;
 * //=> false
 * ```
 *
 * @category Schedule
 */
export const ServiceTypeSchema: z.ZodMiniEnum<{ [K in ServiceType]: K }> = /* @__PURE__ */ z.enum(SERVICE_TYPES);
