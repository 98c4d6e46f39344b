import type { SourceId } from '../sources/data.js';
import type { ReadinessCriteria, StepUpTrigger } from './types.js';

/**
 * The criteria for stepping down from each level, as data: the gates that keep a person at a level
 * until the less intensive one is safe. Every criterion must be known and met for a step-down; the
 * abstinence threshold comes from the policy's `stepDown`, not from this table. Abstinence counts
 * non-prescribed use only: medication for opioid or alcohol use disorder is treatment. Neither time
 * at a level nor attendance is a gate: the policy's minimum days only produce a note, and attendance
 * below the policy's minimum is a reason to reassess (`reassess`), never a reason to keep someone
 * at a level they are not attending.
 *
 * - `inpatient`: medically and psychiatrically stable (no longer needs hospital care).
 * - `detox`: withdrawal resolved and medically stable.
 * - `residential`: stable, cravings manageable, a stable place to live, abstinent when the policy asks.
 * - `php` → `iop`: medically and psychiatrically stable, no new acute risk.
 * - `iop` → `op`: goals met, abstinent (30 days by default), relapse-prevention plan.
 * - `op` → `aftercare`: goals met, no recent use, cravings manageable.
 * - `aftercare`: none (there is no lower level).
 *
 * @example
 * ```ts
 * import { READINESS_CRITERIA } from 'level-of-care';
 *
 * READINESS_CRITERIA.detox.map((criterion) => criterion.id);
 * //=> ['readiness/detox/withdrawal-resolved', 'readiness/detox/medically-stable']
 * ```
 *
 * @category Pathway
 */
export const READINESS_CRITERIA: ReadinessCriteria = {
  inpatient: [
    {
      id: 'readiness/inpatient/medically-stable',
      summary: 'Medically stable: no longer needs daily physician care',
      check: { kind: 'flag', field: 'medicallyStable', expected: true },
      sources: ['medicare-bpm-php', 'level-of-care-design'],
    },
    {
      id: 'readiness/inpatient/psychiatrically-stable',
      summary: 'Psychiatrically stable: no imminent danger to self or others',
      check: { kind: 'flag', field: 'psychiatricallyStable', expected: true },
      sources: ['medicare-bpm-php', 'level-of-care-design'],
    },
  ],
  detox: [
    {
      id: 'readiness/detox/withdrawal-resolved',
      summary: 'Withdrawal has resolved',
      check: { kind: 'flag', field: 'withdrawalResolved', expected: true },
      sources: ['seed-003', 'seed-004'],
    },
    {
      id: 'readiness/detox/medically-stable',
      summary: 'Medically stable: no condition that must be treated first',
      check: { kind: 'flag', field: 'medicallyStable', expected: true },
      sources: ['seed-001', 'level-of-care-design'],
    },
  ],
  residential: [
    {
      id: 'readiness/residential/psychiatrically-stable',
      summary: 'Psychiatrically stable without round-the-clock supervision',
      check: { kind: 'flag', field: 'psychiatricallyStable', expected: true },
      sources: ['medicare-bpm-php', 'level-of-care-design'],
    },
    {
      id: 'readiness/residential/cravings-manageable',
      summary: 'Cravings are manageable outside a 24-hour setting',
      check: { kind: 'flag', field: 'cravingsManageable', expected: true },
      sources: ['seed-000', 'level-of-care-design'],
    },
    {
      id: 'readiness/residential/stable-housing',
      summary: 'A stable, substance-free place to live (home or sober living)',
      check: { kind: 'flag', field: 'stableHousing', expected: true },
      sources: ['seed-000', 'seed-001'],
    },
    {
      id: 'readiness/residential/abstinence',
      summary: 'Abstinent — no use other than prescribed medication — for the days the policy asks',
      check: { kind: 'abstinence' },
      sources: ['level-of-care-design'],
    },
  ],
  php: [
    {
      id: 'readiness/php/medically-stable',
      summary: 'Medically stable without daily medical supervision',
      check: { kind: 'flag', field: 'medicallyStable', expected: true },
      sources: ['seed-001', 'level-of-care-design'],
    },
    {
      id: 'readiness/php/psychiatrically-stable',
      summary: 'Psychiatrically stable with fewer hours of structure',
      check: { kind: 'flag', field: 'psychiatricallyStable', expected: true },
      sources: ['seed-001', 'level-of-care-design'],
    },
    {
      id: 'readiness/php/no-acute-risk',
      summary: 'No new acute risk since the last reassessment',
      check: { kind: 'flag', field: 'newRisk', expected: false },
      sources: ['medicare-bpm-php', 'level-of-care-design'],
    },
    {
      id: 'readiness/php/abstinence',
      summary: 'Abstinent — no use other than prescribed medication — for the days the policy asks',
      check: { kind: 'abstinence' },
      sources: ['level-of-care-design'],
    },
  ],
  iop: [
    {
      id: 'readiness/iop/goals-met',
      summary: 'The goals of the intensive outpatient plan are met',
      check: { kind: 'flag', field: 'treatmentGoalsMet', expected: true },
      sources: ['dc-22-a6329', 'level-of-care-design'],
    },
    {
      id: 'readiness/iop/abstinence',
      summary: 'Abstinent — no use other than prescribed medication — for the days the policy asks',
      check: { kind: 'abstinence' },
      sources: ['level-of-care-design'],
    },
    {
      id: 'readiness/iop/relapse-prevention-plan',
      summary: 'A relapse-prevention plan is in place',
      check: { kind: 'flag', field: 'relapsePreventionPlan', expected: true },
      sources: ['seed-000', 'level-of-care-design'],
    },
  ],
  op: [
    {
      id: 'readiness/op/goals-met',
      summary: 'The goals of the outpatient plan are met',
      check: { kind: 'flag', field: 'treatmentGoalsMet', expected: true },
      sources: ['dc-22-a6331', 'level-of-care-design'],
    },
    {
      id: 'readiness/op/no-recent-use',
      summary: 'No use since the last reassessment',
      check: { kind: 'flag', field: 'recentUse', expected: false },
      sources: ['level-of-care-design'],
    },
    {
      id: 'readiness/op/cravings-manageable',
      summary: 'Cravings are manageable with peer and alumni support',
      check: { kind: 'flag', field: 'cravingsManageable', expected: true },
      sources: ['seed-004', 'level-of-care-design'],
    },
    {
      id: 'readiness/op/abstinence',
      summary: 'Abstinent — no use other than prescribed medication — for the days the policy asks',
      check: { kind: 'abstinence' },
      sources: ['level-of-care-design'],
    },
  ],
  aftercare: [],
};

/**
 * Findings that call for a more intensive level whatever the step-down criteria say: a new risk,
 * or use since the last reassessment together with cravings that are not manageable. A step-down
 * needs every trigger known not to fire: an unknown answer is listed in `missing`, never read as
 * "no risk".
 *
 * @example
 * ```ts
 * import { STEP_UP_TRIGGERS } from 'level-of-care';
 *
 * STEP_UP_TRIGGERS.map((trigger) => trigger.id);
 * //=> ['readiness/step-up/new-risk', 'readiness/step-up/use-with-unmanageable-cravings']
 * ```
 *
 * @category Pathway
 */
export const STEP_UP_TRIGGERS: readonly StepUpTrigger[] = [
  {
    id: 'readiness/step-up/new-risk',
    summary: 'A new risk since the last reassessment calls for more structure',
    when: [{ field: 'newRisk', equals: true }],
    sources: ['seed-004', 'level-of-care-design'],
  },
  {
    id: 'readiness/step-up/use-with-unmanageable-cravings',
    summary: 'Recent use with cravings that are not manageable calls for more structure',
    when: [
      { field: 'recentUse', equals: true },
      { field: 'cravingsManageable', equals: false },
    ],
    sources: ['seed-000', 'seed-002', 'level-of-care-design'],
  },
];

/** A reason to reassess, or a note, that {@link assessStepDownReadiness} adds without it gating a move. */
interface ReviewNote {
  readonly id: string;
  readonly summary: string;
  readonly sources: readonly SourceId[];
}

/**
 * Attendance below the policy's minimum (`stepDown.minAttendanceRate`) asks for a reassessment now —
 * what keeps the person away, and whether the level still fits — instead of holding them at a level
 * they are not attending.
 */
export const LOW_ATTENDANCE: ReviewNote = {
  id: 'readiness/reassess/low-attendance',
  summary: 'Attendance below the policy minimum is a reason to reassess now: the barriers to attending, and whether the level still fits',
  sources: ['level-of-care-design'],
};

/**
 * Prescribed medication for opioid or alcohol use disorder is treatment: it is not use, never a
 * barrier to a step-down, and goes on at the next level (DC 22-A6328 forbids refusing admission for it).
 */
export const MEDICATION_FOR_ADDICTION: ReviewNote = {
  id: 'readiness/medication-for-addiction',
  summary: 'Prescribed medication for opioid or alcohol use disorder is treatment, not use: it never delays a step-down, and the next level must continue it',
  sources: ['dc-22-a6328'],
};
