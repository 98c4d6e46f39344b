import type { SourceId } from '../sources/data.js';
import type { Dimension } from './types.js';

/**
 * Why one row of the default placement table says what it says: one line, and the sources behind it
 * (their strongest kind, see {@link evidenceOf}, is the row's evidence).
 *
 * @example
 * ```ts
 * import { PLACEMENT_RATIONALE, type PlacementRationale } from 'level-of-care';
 *
 * const relapse: PlacementRationale = PLACEMENT_RATIONALE.relapse;
 * relapse.sources;
 * //=> ['level-of-care-design', 'seed-004', 'seed-003']
 * ```
 *
 * @category Policies
 */
export interface PlacementRationale {
  /** The reason, in one line. */
  readonly rationale: string;
  /** Ids into {@link SOURCES}. */
  readonly sources: readonly SourceId[];
}

/**
 * The reason for each row of the default placement table that the built-in policies share
 * (`placement.minimumLevel` per dimension, and `placement.withdrawalManagement`), for the docs and
 * for a clinician or reviewer who asks why. Kept apart from the policies so that a page that only
 * places a person does not carry the text. Most rows are this library's own documented defaults.
 *
 * @example
 * ```ts
 * import { EVIDENCE_LABELS, PLACEMENT_RATIONALE, evidenceOf } from 'level-of-care';
 *
 * EVIDENCE_LABELS[evidenceOf(PLACEMENT_RATIONALE.readiness.sources)];
 * //=> 'library default'
 * ```
 *
 * @category Policies
 */
export const PLACEMENT_RATIONALE: { readonly [D in Dimension | 'withdrawalManagement']: PlacementRationale } = {
  withdrawal: {
    rationale:
      'Withdrawal is managed where it is safe with the least disruption: 2 calls for withdrawal management, 3 for a 24-hour setting, 4 for medically managed inpatient care.',
    sources: ['level-of-care-design'],
  },
  withdrawalManagement: {
    rationale:
      'Withdrawal rated up to 2, or needing medical management on its own, is managed ambulatory, beside the program the other needs call for; the 2023 criteria place withdrawal management in outpatient levels too.',
    sources: ['level-of-care-design', 'criteria-2023-state-summaries'],
  },
  biomedical: {
    rationale:
      'Medical problems need medical oversight: 2 fits intensive outpatient with medical review, 3 residential care with medical staff at hand, 4 medically managed inpatient care.',
    sources: ['level-of-care-design'],
  },
  psychiatric: {
    rationale:
      'Psychiatric needs: 2 intensive outpatient, 3 the daily structure of partial hospitalization (for people who would otherwise need inpatient psychiatric care), 4 inpatient care.',
    sources: ['level-of-care-design', 'medicare-bpm-php'],
  },
  readiness: {
    rationale:
      'Low readiness is met with motivational work at the level the other needs call for, never above intensive outpatient: more hours of a program the person does not want defeat their purpose.',
    sources: ['level-of-care-design'],
  },
  relapse: {
    rationale:
      'Relapse risk calls for structure, never medical care: 2 intensive outpatient, 3 partial hospitalization, 4 residential care (provider pages name a history of relapse as a reason for it).',
    sources: ['level-of-care-design', 'seed-004', 'seed-003'],
  },
  environment: {
    rationale:
      'A home that works against recovery is met where the person lives: 2–3 intensive outpatient with recovery housing (a day program sends the person home every night), 4 residential care.',
    sources: ['level-of-care-design', 'seed-000', 'seed-002'],
  },
};
