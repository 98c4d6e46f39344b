import { isRecord } from '../_lib/isRecord.js';
import { lazy } from '../_lib/miniZod.js';
import { LEVELS } from '../levels/data.js';
import type { LevelId } from '../levels/types.js';
import { HCPCS_SYSTEM } from './codeSystems.js';
import { splitModifiers } from './splitModifiers.js';
import { systemKey } from './systemKey.js';

/** Each HCPCS code of `LEVELS` with the levels that list it. */
const levelsByCode = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly LevelId[]> => {
  const table = new Map<string, LevelId[]>();
  for (const level of LEVELS) {
    for (const { code } of level.hcpcs) table.set(code, [...(table.get(code) ?? []), level.id]);
  }
  return table;
});

/**
 * The level of care a HCPCS Level II program code identifies: a per-diem or program code listed
 * under exactly one level in `LEVELS` (`H0015` and `S9480` → `iop`; `H0035` and `S0201` → `php`;
 * `H0010`–`H0014` → `detox`; `H0018`, `H0019` → `residential`). A code listed under two levels names
 * neither: `H2036` (a substance-use program per diem) is billed for partial hospitalization and for
 * intensive outpatient programs, and so are the group psychotherapy codes `G0410` and `G0411`, which
 * name a service (see {@link SERVICE_CODES}), not a level. The coding's system must be HCPCS, or
 * absent; two-character modifiers after the code (`H0015-HF`, `H0015 HF`) are ignored. Anything else
 * gives `undefined`.
 *
 * @param coding - An R4 Coding (its `system` and `code`), e.g. from `Claim.item.productOrService` or `Encounter.type`.
 * @returns The level, or `undefined` when the coding names none or more than one.
 *
 * @example
 * ```ts
 * import { HCPCS_SYSTEM, levelFromCoding } from 'level-of-care/fhir';
 *
 * levelFromCoding({ system: HCPCS_SYSTEM, code: 'H0015' });
 * //=> 'iop'
 * levelFromCoding({ system: HCPCS_SYSTEM, code: 'S0201' });
 * //=> 'php'
 * levelFromCoding({ system: HCPCS_SYSTEM, code: 'H2036' });
 * //=> undefined
 * ```
 *
 * @category FHIR
 */
export function levelFromCoding(coding: { readonly system?: string | undefined; readonly code?: string | undefined }): LevelId | undefined {
  try {
    if (!isRecord(coding)) return undefined;
    const { system, code } = coding;
    if (typeof code !== 'string' || (system !== undefined && (typeof system !== 'string' || systemKey(system) !== systemKey(HCPCS_SYSTEM)))) {
      return undefined;
    }
    const levels = levelsByCode().get(splitModifiers(code).base);
    return levels?.length === 1 ? levels[0] : undefined;
  } catch {
    // A coding whose reading throws names no level.
    return undefined;
  }
}
