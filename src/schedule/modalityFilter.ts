import { createIssue } from '../issues/createIssue.js';
import type { SessionRef } from '../issues/messages.js';
import type { Issue } from '../issues/types.js';
import type { LevelId } from '../levels/types.js';
import type { DayNumber } from '../_lib/dayNumber.js';
import { effectiveDays, inEffect } from '../policies/effectiveDays.js';
import type { LevelRequirements, Policy } from '../policies/types.js';
import { SESSION_MODALITIES } from './data.js';
import { thresholdSources } from './sessionIssues.js';

/** Which sessions a level counts by modality, and the issue for one it leaves out. */
export interface ModalityFilter {
  /**
   * Whether a session of this modality on this local day counts; an absent modality is in person. A
   * day the policy does not govern is left to its effective dates (`policy_not_in_effect`).
   */
  readonly counts: (modality: unknown, day: DayNumber) => boolean;
  /** The `session_not_counted_modality` issue of the session at `index`. */
  readonly issue: (session: SessionRef, index: number, modality: unknown) => Issue;
}

/**
 * The modality filter of a level's requirements, or `undefined` when every modality counts (as
 * without `countsModalities`). Medicare does not pay PHP or IOP per diems for telehealth sessions,
 * so under `medicare-2024` such a session on a date it governs makes up no part of the week and no
 * billable day.
 */
export function modalityFilter(requirements: LevelRequirements, policy: Policy, level: LevelId, ruleBase: string): ModalityFilter | undefined {
  const rule = requirements.countsModalities;
  if (rule === undefined) return undefined;
  const counted: ReadonlySet<unknown> = new Set(rule.value);
  if (SESSION_MODALITIES.every((modality) => counted.has(modality))) return undefined;
  const modalityOf = (modality: unknown): unknown => modality ?? 'in-person';
  const governed = effectiveDays(policy);
  return {
    counts: (modality, day) => counted.has(modalityOf(modality)) || !inEffect(governed, day),
    issue: (session, index, modality) =>
      createIssue(
        'session_not_counted_modality',
        { session, modality: String(modalityOf(modality)), level, policy: policy.id, counted: rule.value },
        {
          path: ['sessions', index, 'modality'],
          ruleId: `${ruleBase}/countsModalities`,
          sources: thresholdSources(rule),
          expected: rule.value,
          received: modalityOf(modality),
        },
      ),
  };
}
