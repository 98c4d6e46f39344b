import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import type { SourceId } from '../sources/data.js';
import { CPT_SYSTEM, HCPCS_SYSTEM, SERVICE_CODE_SYSTEM, SNOMED_SYSTEM } from './codeSystems.js';

/**
 * One row of a service code table: a code in a code system, and the {@link ServiceType} a session
 * coded with it delivers. Callers add rows of their own systems through `options.serviceCodes`.
 *
 * @example
 * ```ts
 * import { CPT_SYSTEM, SERVICE_CODES, type ServiceCode } from 'level-of-care/fhir';
 *
 * const row: ServiceCode | undefined = SERVICE_CODES.find((r) => r.system === CPT_SYSTEM && r.code === '90847');
 * [row?.service, row?.sources];
 * //=> ['family', ['cpt-code-numbers']]
 * ```
 *
 * @category FHIR
 */
export interface ServiceCode {
  /** The code system URI, as in `Coding.system`. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** The service a session with this code delivers. */
  readonly service: ServiceType;
  /** Ids into `SOURCES` (every built-in row has them). */
  readonly sources?: readonly SourceId[];
}

const row = (system: string, service: ServiceType, sources: readonly SourceId[], ...codes: string[]): ServiceCode[] =>
  codes.map((code) => ({ system, code, service, sources }));

const hcpcs: readonly SourceId[] = ['hcpcs-bh-service-codes'];
const hcpcsReview: readonly SourceId[] = ['hcpcs-service-codes-review'];
const cpt: readonly SourceId[] = ['cpt-code-numbers'];
const vsac: readonly SourceId[] = ['vsac-ecqm-value-sets'];

/**
 * The built-in service code table: HCPCS Level II service codes, CPT code numbers (numbers only: the
 * library ships no AMA descriptor), SNOMED CT concepts, and the library's own service ids in
 * {@link SERVICE_CODE_SYSTEM}. `sessionsFromFhir` looks the codings of `serviceType`, `type` and
 * `appointmentType` up in it (after the caller's `options.serviceCodes`). A code with a modifier
 * (`90834-95`, `H0004 GT`) is looked up without it. Program per-diem codes (H0015, S9480, …) name a
 * level, not a service: see {@link levelFromCoding}.
 *
 * SNOMED CT 75516001 (psychotherapy, not further specified) is read as individual therapy: group
 * and family psychotherapy have concepts of their own.
 *
 * @example
 * ```ts
 * import { CPT_SYSTEM, SERVICE_CODES } from 'level-of-care/fhir';
 *
 * SERVICE_CODES.find((row) => row.system === CPT_SYSTEM && row.code === '90853')?.service;
 * //=> 'group'
 * ```
 *
 * @category FHIR
 */
export const SERVICE_CODES: readonly ServiceCode[] = [
  ...row(HCPCS_SYSTEM, 'individual', hcpcs, 'H0004'),
  ...row(HCPCS_SYSTEM, 'group', hcpcs, 'H0005', 'G0410', 'G0411'),
  ...row(HCPCS_SYSTEM, 'case-management', hcpcs, 'H0006'),
  ...row(HCPCS_SYSTEM, 'medication-management', hcpcs, 'H0020'),
  ...row(HCPCS_SYSTEM, 'peer-support', hcpcs, 'H0038'),
  ...row(HCPCS_SYSTEM, 'assessment', hcpcsReview, 'H0001', 'H0002'),
  ...row(HCPCS_SYSTEM, 'skills', hcpcsReview, 'H2014', 'H2019'),
  ...row(HCPCS_SYSTEM, 'case-management', hcpcsReview, 'T1016'),
  ...row(CPT_SYSTEM, 'individual', cpt, '90832', '90834', '90837', '90833', '90836', '90838'),
  ...row(CPT_SYSTEM, 'group', cpt, '90853'),
  ...row(CPT_SYSTEM, 'family', cpt, '90846', '90847'),
  ...row(CPT_SYSTEM, 'assessment', [...cpt, ...vsac], '90791', '90792'),
  ...row(SNOMED_SYSTEM, 'individual', vsac, '75516001', '18512000'),
  ...row(SNOMED_SYSTEM, 'group', vsac, '76168009', '1555005', '28868002'),
  ...row(SNOMED_SYSTEM, 'family', vsac, '108313002'),
  ...row(SNOMED_SYSTEM, 'assessment', vsac, '10197000', '165172002', '79094001'),
  ...row(SNOMED_SYSTEM, 'case-management', vsac, '425604002'),
  ...SERVICE_TYPES.flatMap((service) => row(SERVICE_CODE_SYSTEM, service, ['level-of-care-design'], service)),
];
