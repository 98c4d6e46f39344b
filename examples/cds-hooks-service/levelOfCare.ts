// The patient's level of care, as an EHR records it: a `type` coding of an EpisodeOfCare (or the
// `code` of a ServiceRequest) in the library's level code system, or a HCPCS program code that
// names one level (H0015 → iop).
import { getLevel, LevelIdSchema, type LevelId } from 'level-of-care';
import { LEVEL_CODE_SYSTEM, levelFromCoding } from 'level-of-care/fhir';
import { isObject } from '../_shared/http.js';

/** A level as cards name it: its name and abbreviation, `Intensive outpatient (IOP)`. */
export function levelLabel(level: LevelId): string {
  const info = getLevel(level);
  return info === undefined ? level : `${info.name} (${info.abbreviation})`;
}

/** The level one concept (`{ coding: [...] }`) names: a library level code, else a HCPCS program code. */
function levelInConcept(concept: unknown): LevelId | undefined {
  const codings = isObject(concept) && Array.isArray(concept['coding']) ? concept['coding'].filter(isObject) : [];
  for (const coding of codings) {
    const level = coding['system'] === LEVEL_CODE_SYSTEM ? LevelIdSchema.safeParse(coding['code']) : undefined;
    if (level?.success === true) return level.data;
  }
  for (const coding of codings) {
    const { system, code } = coding;
    if (typeof code !== 'string' || (system !== undefined && typeof system !== 'string')) continue;
    const level = levelFromCoding({ code, ...(system === undefined ? {} : { system }) });
    if (level !== undefined) return level;
  }
  return undefined;
}

/**
 * The level on an EpisodeOfCare or Encounter (`type`), or a ServiceRequest (`code`, or `category`;
 * R4 gives a ServiceRequest no `type`, but a `type` is read too for systems that put it there).
 */
function levelOfResource(resource: unknown): LevelId | undefined {
  if (!isObject(resource)) return undefined;
  const kind = resource['resourceType'];
  if (kind !== 'EpisodeOfCare' && kind !== 'ServiceRequest' && kind !== 'Encounter') return undefined;
  for (const field of ['type', 'code', 'category', 'serviceType']) {
    const value = resource[field];
    for (const concept of Array.isArray(value) ? value : [value]) {
      const level = levelInConcept(concept);
      if (level !== undefined) return level;
    }
  }
  return undefined;
}

/** The level in prefetched data: a resource, or a search Bundle (the first resource with a level). */
export function levelFrom(data: unknown): LevelId | undefined {
  if (isObject(data) && data['resourceType'] === 'Bundle') {
    const entries = Array.isArray(data['entry']) ? data['entry'] : [];
    for (const entry of entries) {
      const level = levelOfResource(isObject(entry) ? entry['resource'] : undefined);
      if (level !== undefined) return level;
    }
    return undefined;
  }
  return levelOfResource(data);
}
