import { ruleHit } from '../eligibility/ruleHit.js';
import type { RuleHit } from '../eligibility/types.js';
import type { LevelId } from '../levels/types.js';
import { STEP_DOWN_PATHWAY_SOURCES } from './data.js';

/** Note: an unavailable level is passed over on the way down. */
export function skippedNote(level: LevelId, from: LevelId, to: LevelId | undefined): RuleHit {
  return ruleHit(
    'pathway/level-skipped',
    'A level the program cannot offer is passed over',
    to === undefined
      ? `${level} is not among the available levels, so the pathway ends after ${from}`
      : `${level} is not among the available levels, so ${from} steps down to ${to}`,
    STEP_DOWN_PATHWAY_SOURCES,
  );
}

/** Note: a needed level is not available and must be arranged by referral. */
export function referralNote(level: LevelId, why: 'indicated' | 'start' | 'target'): RuleHit {
  const reasons: { readonly [K in typeof why]: string } = {
    indicated: `the assessment calls for ${level} or more, and ${level} is not among the available levels`,
    start: `the plan starts at ${level}, which is not among the available levels`,
    target: `${level} is not among the available levels`,
  };
  return ruleHit(
    'pathway/level-by-referral',
    'A needed level the program cannot offer must be arranged by referral, never replaced by a less intensive one',
    reasons[why],
    STEP_DOWN_PATHWAY_SOURCES,
  );
}

/** Note: there is no lower level to step down to. */
export function noLowerLevelNote(current: LevelId): RuleHit {
  return ruleHit(
    'pathway/no-lower-level',
    'There is no lower level to step down to',
    current === 'aftercare' ? 'aftercare is the last level of the pathway' : `no level below ${current} is available`,
    STEP_DOWN_PATHWAY_SOURCES,
  );
}

/** Note: the assessment calls for more than the level a plan starts at. */
export function startBelowIndicatedNote(start: LevelId, indicated: LevelId): RuleHit {
  return ruleHit(
    'pathway/start-below-indicated',
    'The assessment calls for a more intensive level than the plan starts at',
    `the assessment indicates ${indicated}, more intensive than ${start}`,
    ['level-of-care-design'],
  );
}

/** Note: ambulatory withdrawal management runs alongside the next phase, which starts on the same day. */
export function alongsideNote(next: LevelId): RuleHit {
  return ruleHit(
    'pathway/withdrawal-management-alongside',
    'Withdrawal managed at home runs alongside the program the other needs call for: both start on the same day',
    `ambulatory withdrawal management runs alongside ${next}`,
    ['level-of-care-design', 'criteria-2023-state-summaries'],
  );
}
