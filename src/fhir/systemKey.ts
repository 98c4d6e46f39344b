import { CPT_SYSTEM, HCPCS_SYSTEM, SNOMED_SYSTEM } from './codeSystems.js';

// Systems arrive as `https://www.cms.gov/…`, `http://cms.gov/…`, with a trailing slash, in another
// case, or as the HL7 OIDs of the same code systems: all of them name one system.
const OID_ALIASES: Readonly<Record<string, string>> = {
  'urn:oid:2.16.840.1.113883.6.12': CPT_SYSTEM,
  'urn:oid:2.16.840.1.113883.6.285': HCPCS_SYSTEM,
  'urn:oid:2.16.840.1.113883.6.96': SNOMED_SYSTEM,
};

/** One spelling for every way a code system URI is written, so that tables can be keyed by it. */
export function systemKey(system: string): string {
  const lower = system.trim().toLowerCase();
  const canonical = OID_ALIASES[lower] ?? lower;
  return canonical.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}
