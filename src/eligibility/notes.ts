import type { LevelId } from '../levels/types.js';
import type { SourceRef } from '../policies/types.js';
import { ruleHit } from './ruleHit.js';
import type { RuleHit } from './types.js';

// The wording of the hits the placement engine adds itself (not produced by a rule of the catalog).

interface Note {
  readonly id: string;
  readonly summary: string;
  readonly sources: readonly SourceRef[];
}

const REFERRAL: Note = {
  id: 'arrange-by-referral',
  summary: 'No acceptable level is available here: the indicated level must be arranged by referral, never replaced by a lower one.',
  sources: ['level-of-care-design'],
};

const OTHER_NEEDS: Note = {
  id: 'withdrawal-management-does-not-replace-other-care',
  summary: 'Withdrawal management does not meet the person’s other needs, so it never lowers the level those needs call for.',
  sources: ['level-of-care-design'],
};

const EVERY_LEVEL_EXCLUDED: Note = {
  id: 'every-level-excluded',
  summary: 'Every level at or above the minimum is ruled out by a contraindication: the most intensive level is used; review the rules.',
  sources: ['level-of-care-design'],
};

const ABOVE_INDICATED: Note = {
  id: 'more-intensive-than-indicated',
  summary: 'The level is more intensive than the least intensive safe level the assessment calls for.',
  sources: ['level-of-care-design'],
};

const NO_WITHDRAWAL_NEED: Note = {
  id: 'withdrawal-management-not-indicated',
  summary: 'Withdrawal management is for people who need it: a withdrawal rating the placement table gives a setting, or withdrawal that needs medical management.',
  sources: ['level-of-care-design'],
};

const hit = (note: Note, reason: string): RuleHit => ruleHit(note.id, note.summary, reason, note.sources);

/** The caution added when nothing acceptable is available. */
export function referralNote(indicated: LevelId): RuleHit {
  return hit(
    REFERRAL,
    `No available level at or above ${indicated} is acceptable, so ${indicated} stays the recommendation and must be arranged by referral.`,
  );
}

/** The caution added when the other needs set a level above the one withdrawal management gives. */
export function otherNeedsNote(withWithdrawalManagement: LevelId, otherNeeds: LevelId): RuleHit {
  return hit(
    OTHER_NEEDS,
    `Withdrawal management alone would give ${withWithdrawalManagement}, but without it the person's other needs lead to ${otherNeeds} with the levels available, so ${otherNeeds} is recommended.`,
  );
}

/** The caution added when custom rules exclude every level. */
export function everyLevelExcludedNote(): RuleHit {
  return hit(EVERY_LEVEL_EXCLUDED, 'Every level at or above the minimum has a contraindication that holds; inpatient is used.');
}

/** The eligibility caution for a level above the indicated one. */
export function aboveIndicatedNote(level: LevelId, indicated: LevelId, atMost: boolean): RuleHit {
  return hit(
    ABOVE_INDICATED,
    `The assessment calls for ${atMost ? 'at most ' : ''}${indicated}; ${level} is more intensive than needed (place at the least intensive level that is safe).`,
  );
}

/** The eligibility contraindication for withdrawal management when nothing calls for it. */
export function noWithdrawalNeedNote(withdrawal: string, needsMedicallyManagedWithdrawal: string, policy: string): RuleHit {
  return hit(
    NO_WITHDRAWAL_NEED,
    `Withdrawal management is not indicated: the placement table of policy "${policy}" gives none for a withdrawal rating of ${withdrawal}, and medically managed withdrawal is not needed (risk.withdrawal = ${withdrawal}, findings.needsMedicallyManagedWithdrawal = ${needsMedicallyManagedWithdrawal}).`,
  );
}
