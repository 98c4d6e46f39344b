import { SOURCES } from './data.js';
import { isString, readList } from '../_lib/readList.js';
import { LIMITS } from '../issues/limits.js';
import { EVIDENCE_LABELS } from './evidence.js';

/**
 * Readable citations of a list of sources, without repeats: the title of a regulation, rule or
 * policy; the title and publisher of a provider web page, marked as one; the library's defaults by
 * name; a program's own reference as given. Never an internal id or file name for a catalog source.
 *
 * @param sources - Ids into {@link SOURCES}, or a program's own references.
 * @returns One citation per distinct source, in the order given.
 *
 * @example
 * ```ts
 * import { citationsOf } from 'level-of-care';
 *
 * citationsOf(['cfr-42-410-43', 'seed-001', 'clinic-manual']);
 * //=> ['42 CFR 410.43 — Partial hospitalization services: Conditions and exclusions',
 * //    'What Is Intensive Outpatient Treatment (IOP)? — Destination Hope (provider web page)', 'clinic-manual']
 * ```
 *
 * @category Sources
 */
export function citationsOf(sources: readonly string[]): string[] {
  const citations = readList(sources, LIMITS.maxListEntries, isString).map((id) => {
    if (!Object.hasOwn(SOURCES, id)) return id;
    const source = SOURCES[id as keyof typeof SOURCES];
    return source.kind === 'seed' ? `${source.title} — ${source.publisher} (${EVIDENCE_LABELS.seed})` : source.title;
  });
  return [...new Set(citations)];
}
