import { LEVEL_IDS } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import { requirementsFor } from '../policies/requirementsFor.js';
import type { Dimension, Policy } from '../policies/types.js';
import type { Population } from '../levels/types.js';
import { BASELINE_LEVEL, DIMENSION_CEILINGS, DIMENSION_LABELS, ELIGIBILITY_THRESHOLDS } from './data.js';
import { PART_DAY_LEVELS, RANK } from './levelRank.js';
import { PLACEMENT_READ, placementTableOf } from './placementMinimum.js';
import type {
  AssessmentField,
  NormalizedAssessment,
  NormalizedFindings,
  Rule,
  RuleEvaluation,
  RuleOutcome,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Building blocks. Predicates return shared, frozen evaluation objects wherever the answer does not
// carry a level, so evaluating the catalog allocates almost nothing.

interface Answers {
  readonly yes: RuleEvaluation;
  readonly no: RuleEvaluation;
  readonly unknown: RuleEvaluation;
}

function answers(read: readonly AssessmentField[]): Answers {
  const frozenRead = Object.freeze([...read]);
  return Object.freeze({
    yes: Object.freeze({ outcome: true, read: frozenRead }),
    no: Object.freeze({ outcome: false, read: frozenRead }),
    unknown: Object.freeze({ outcome: 'unknown', read: frozenRead }),
  });
}

const answer = (a: Answers, outcome: RuleOutcome): RuleEvaluation =>
  outcome === true ? a.yes : outcome === false ? a.no : a.unknown;

type FlagFinding = {
  [K in keyof NormalizedFindings]: NormalizedFindings[K] extends boolean | 'unknown' ? K : never;
}[keyof NormalizedFindings];

/** True when a yes/no finding has the given value. */
function findingIs(name: FlagFinding, value: boolean): Rule['predicate'] {
  const a = answers([`findings.${name}`]);
  return (assessment) => {
    const seen = assessment.findings[name];
    return seen === 'unknown' ? a.unknown : seen === value ? a.yes : a.no;
  };
}

/** True when a rating is at least a threshold. */
function ratingAtLeast(dimension: Dimension, minimum: number): Rule['predicate'] {
  const a = answers([`risk.${dimension}`]);
  return (assessment) => {
    const rating = assessment.risk[dimension];
    return rating === 'unknown' ? a.unknown : rating >= minimum ? a.yes : a.no;
  };
}

/** True when a yes/no finding has the given value or a rating is at least a threshold; false when neither. */
function findingOrRating(name: FlagFinding, value: boolean, dimension: Dimension, minimum: number): Rule['predicate'] {
  const a = answers([`risk.${dimension}`, `findings.${name}`]);
  return (assessment) => {
    const seen = assessment.findings[name];
    const rating = assessment.risk[dimension];
    if (seen === value || (rating !== 'unknown' && rating >= minimum)) return a.yes;
    return seen === 'unknown' || rating === 'unknown' ? a.unknown : a.no;
  };
}

/** True when the person has just completed a level more intensive than `level`. */
function steppingDownTo(level: LevelId): Rule['predicate'] {
  const a = answers(['findings.recentlyCompletedLevel']);
  return (assessment) => {
    const completed = assessment.findings.recentlyCompletedLevel;
    if (completed === 'unknown') return a.unknown;
    return completed !== 'none' && RANK[completed] < RANK[level] ? a.yes : a.no;
  };
}

const RISK_FIELDS: readonly AssessmentField[] = /* @__PURE__ */ (() => DIMENSIONS.map((dimension): AssessmentField => `risk.${dimension}`))();

/** Whether some known rating calls for a 24-hour level; `'unknown'` when none does but some rating is unknown. */
function roundTheClockNeed(assessment: NormalizedAssessment, policy: Policy): RuleOutcome {
  const { roundTheClock } = placementTableOf(policy);
  let unknown = false;
  for (let d = 0; d < DIMENSIONS.length; d += 1) {
    const rating = assessment.risk[DIMENSIONS[d]!];
    if (rating === 'unknown') unknown = true;
    else if (roundTheClock[d]![rating]) return true;
  }
  return unknown ? 'unknown' : false;
}

/** The fewest days a week the policy's partial-hospitalization week has, when it states one. */
function phpWeekDays(policy: Policy, population: Population): number | undefined {
  return requirementsFor(policy, 'php', population).daysPerWeek?.min?.value;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const MIN_DAYS = /* @__PURE__ */ (() => ELIGIBILITY_THRESHOLDS.minAttendableDays)();
const MODERATE = /* @__PURE__ */ (() => ELIGIBILITY_THRESHOLDS.moderateRating.value)();
const SEVERE = /* @__PURE__ */ (() => ELIGIBILITY_THRESHOLDS.severeRating.value)();
const SEVERE_AREAS = /* @__PURE__ */ (() => ELIGIBILITY_THRESHOLDS.severeAreasForPhp.value)();

/** A catalog rule that callers cannot change by accident: the rule and its lists are frozen copies. */
function frozenRule(rule: Rule): Rule {
  return Object.freeze({ ...rule, levels: Object.freeze([...rule.levels]), sources: Object.freeze([...rule.sources]) });
}

// ---------------------------------------------------------------------------------------------
// Minimum-level rules: the placement table, read from the policy in force, and the findings that
// set a floor of their own.

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function placementRule(dimension: Dimension, d: number): Rule {
  const read = PLACEMENT_READ[d] ?? [];
  const ceiling = DIMENSION_CEILINGS[dimension];
  const label = DIMENSION_LABELS[dimension];
  return {
    id: `placement-${dimension}`,
    levels: LEVEL_IDS,
    effect: 'minimum-level',
    summary: `The ${label} rating sets a minimum level through the policy's placement table${ceiling === undefined ? '' : `, never above ${ceiling.level}`}${dimension === 'withdrawal' ? ', and where withdrawal management is delivered' : ''}.`,
    sources: [...new Set(['level-of-care-design' as const, ...(ceiling?.sources ?? [])])],
    predicate: (assessment, { policy }) => {
      const rating = assessment.risk[dimension];
      // Unknown: report the highest floor the rating could set, so callers can tell whether it matters.
      // The evaluations are shared, frozen objects of the policy's table (see placementTableOf).
      const table = placementTableOf(policy);
      return rating === 'unknown' ? table.unknown[d]! : table.known[d]![rating]!;
    },
    explain: (assessment, evaluation, { policy }) =>
      `${capitalize(label)} rated ${String(assessment.risk[dimension])} calls for at least ${evaluation.minimumLevel ?? '?'}${evaluation.withdrawalManagement === undefined ? '' : ` (${evaluation.withdrawalManagement})`} in the placement table of policy "${policy.id}" (${read[0] ?? ''} = ${String(assessment.risk[dimension])}).`,
  };
}

const always = /* @__PURE__ */ (() => answers([]))();
const withdrawalFindingAnswers = /* @__PURE__ */ (() => answers(['findings.needsMedicallyManagedWithdrawal']))();

const minimumLevelRules: readonly Rule[] = /* @__PURE__ */ (() => [
  ...DIMENSIONS.map(placementRule),
  {
    id: 'assessed-person-gets-treatment',
    levels: [BASELINE_LEVEL.level],
    effect: 'minimum-level',
    summary: `A person assessed for care is placed in active treatment, at least ${BASELINE_LEVEL.level}; aftercare follows a completed level.`,
    sources: BASELINE_LEVEL.sources,
    predicate: () => always.yes,
  },
  {
    id: 'withdrawal-management-first',
    levels: ['inpatient', 'detox'],
    effect: 'minimum-level',
    summary: 'Withdrawal that needs medical management comes first: withdrawal management, ambulatory unless the policy says otherwise.',
    sources: ['seed-004', 'seed-002', 'seed-003', 'level-of-care-design'],
    predicate: (assessment, { policy }) => {
      const seen = assessment.findings.needsMedicallyManagedWithdrawal;
      const { finding } = placementTableOf(policy);
      return seen === true ? finding.yes : seen === false ? withdrawalFindingAnswers.no : finding.unknown;
    },
  },
])();

// ---------------------------------------------------------------------------------------------
// Contraindications: each one rules out its levels.

const scheduleAnswers = /* @__PURE__ */ (() => answers(['findings.canAttendDaysPerWeek']))();
const roundTheClockAnswers = /* @__PURE__ */ (() => answers(RISK_FIELDS))();

const contraindicationRules: readonly Rule[] = /* @__PURE__ */ (() => [
  {
    id: 'imminent-danger-needs-inpatient',
    levels: ['detox', 'residential', 'iop', 'op', 'aftercare'],
    effect: 'contraindication',
    summary: 'An imminent danger to self or others needs medically managed inpatient care; no other level is safe.',
    sources: ['level-of-care-design', 'medicare-bpm-php'],
    predicate: findingIs('imminentDanger', true),
  },
  {
    id: 'php-not-imminent-danger',
    levels: ['php'],
    effect: 'contraindication',
    summary: 'Partial hospitalization is only for people who are not an imminent danger to themselves or others.',
    sources: ['medicare-bpm-php'],
    predicate: findingIs('imminentDanger', true),
  },
  {
    id: 'unstable-medical-condition-first',
    levels: ['detox', 'residential', 'php', 'iop', 'op', 'aftercare'],
    effect: 'contraindication',
    summary: 'A medical condition that must be treated first needs medically managed inpatient care: no other level has a medical team to treat it.',
    sources: ['seed-001', 'seed-004', 'level-of-care-design'],
    predicate: findingIs('unstableMedicalCondition', true),
  },
  {
    id: 'eating-disorder-needs-meal-support',
    levels: ['iop', 'op', 'aftercare'],
    effect: 'contraindication',
    summary: 'An eating disorder that needs support at meals rules out levels without supervised meals.',
    sources: ['seed-001'],
    predicate: findingIs('eatingDisorderNeedsMealSupport', true),
  },
  {
    id: 'schedule-not-feasible',
    levels: ['php', 'iop'],
    effect: 'contraindication',
    summary: `Fewer than ${MIN_DAYS.value} attendable days a week rules out intensive outpatient and partial hospitalization.`,
    sources: MIN_DAYS.sources,
    predicate: (assessment) => {
      const days = assessment.findings.canAttendDaysPerWeek;
      return days === 'unknown' ? scheduleAnswers.unknown : days < MIN_DAYS.value ? scheduleAnswers.yes : scheduleAnswers.no;
    },
    explain: (assessment) =>
      `The person can attend ${plural(Number(assessment.findings.canAttendDaysPerWeek), 'day')} a week; intensive outpatient and partial hospitalization need at least ${MIN_DAYS.value} (findings.canAttendDaysPerWeek = ${String(assessment.findings.canAttendDaysPerWeek)}).`,
  },
  {
    id: 'needs-round-the-clock-care',
    levels: PART_DAY_LEVELS,
    effect: 'contraindication',
    summary:
      'A rating that calls for a 24-hour level (medical or psychiatric instability, early recovery) rules out programs without round-the-clock care; withdrawal goes by its setting.',
    sources: ['seed-004', 'seed-003'],
    predicate: (assessment, { policy }) => answer(roundTheClockAnswers, roundTheClockNeed(assessment, policy)),
  },
])();

// ---------------------------------------------------------------------------------------------
// Cautions: the level stays possible, with something to arrange or watch.

const phpDaysAnswers = /* @__PURE__ */ (() => answers(['findings.canAttendDaysPerWeek', 'population']))();

const cautionRules: readonly Rule[] = /* @__PURE__ */ (() => [
  {
    id: 'not-yet-motivated',
    levels: LEVEL_IDS,
    effect: 'caution',
    summary: `Not yet motivated, or readiness rated ${MODERATE} or more: build motivational work into the plan at the level the other needs call for, never more hours of a program.`,
    sources: ['seed-001', 'level-of-care-design'],
    predicate: findingOrRating('motivatedForTreatment', false, 'readiness', MODERATE),
  },
  {
    id: 'no-stable-substance-free-home',
    levels: ['php', 'iop', 'op'],
    effect: 'caution',
    summary: `No stable, substance-free home, or a living environment rated ${SEVERE} or more: arrange recovery housing, as the program sends the person home every night.`,
    sources: ['seed-000', 'seed-002', 'seed-004', 'level-of-care-design'],
    predicate: findingOrRating('stableSubstanceFreeHome', false, 'environment', SEVERE),
  },
  {
    id: 'eating-disorder-meal-support-program',
    levels: ['php', 'residential'],
    effect: 'caution',
    summary: 'An eating disorder that needs support at meals: choose a program that provides supervised meals.',
    sources: ['seed-001'],
    predicate: findingIs('eatingDisorderNeedsMealSupport', true),
  },
  {
    id: 'severe-long-standing-use',
    levels: ['iop', 'op'],
    effect: 'caution',
    summary: 'Severe, long-standing substance use: residential care may be more appropriate.',
    sources: ['seed-004'],
    predicate: findingIs('severeLongStandingUse', true),
  },
  {
    id: 'co-occurring-needs-integrated-program',
    levels: ['php', 'iop', 'op'],
    effect: 'caution',
    summary: 'A co-occurring mental-health condition: choose a program that treats both conditions together.',
    sources: ['seed-001', 'seed-002'],
    predicate: findingIs('coOccurringMentalHealth', true),
  },
  {
    id: 'php-without-support-system',
    levels: ['php'],
    effect: 'caution',
    summary: 'Partial hospitalization expects an adequate support system outside program hours; none is recorded.',
    sources: ['medicare-bpm-php'],
    predicate: findingIs('supportSystem', false),
  },
  {
    id: 'php-fewer-days-than-program-week',
    levels: ['php'],
    effect: 'caution',
    summary: 'The person can attend fewer days a week than the policy’s partial-hospitalization week.',
    sources: ['seed-000', 'seed-004', 'encore-os-scheduling'],
    predicate: (assessment, { policy }) => {
      const days = assessment.findings.canAttendDaysPerWeek;
      if (days === 'unknown') return phpDaysAnswers.unknown;
      const week = phpWeekDays(policy, assessment.population);
      return week !== undefined && days < week ? phpDaysAnswers.yes : phpDaysAnswers.no;
    },
    explain: (assessment, _evaluation, { policy }) =>
      `The person can attend ${plural(Number(assessment.findings.canAttendDaysPerWeek), 'day')} a week; policy "${policy.id}" has partial hospitalization meet at least ${String(phpWeekDays(policy, assessment.population))} (findings.canAttendDaysPerWeek = ${String(assessment.findings.canAttendDaysPerWeek)}, population = ${assessment.population}).`,
  },
])();

// ---------------------------------------------------------------------------------------------
// Indications: what speaks for a level. They explain a placement; they never change it.

const noRoundTheClockAnswers = /* @__PURE__ */ (() => answers(RISK_FIELDS))();
const milderAnswers = /* @__PURE__ */ (() => answers([...RISK_FIELDS, 'findings.severeLongStandingUse']))();
const severeAreasAnswers = /* @__PURE__ */ (() => answers(RISK_FIELDS))();
const severeCoOccurringAnswers = /* @__PURE__ */ (() => answers(['findings.coOccurringMentalHealth', 'risk.psychiatric']))();
const dutiesAnswers = /* @__PURE__ */ (() => answers(['findings.canAttendDaysPerWeek', 'population']))();

const indicationRules: readonly Rule[] = /* @__PURE__ */ (() => [
  {
    id: 'inpatient-imminent-danger',
    levels: ['inpatient'],
    effect: 'indication',
    summary: 'An imminent danger to self or others calls for medically managed inpatient care.',
    sources: ['level-of-care-design', 'medicare-bpm-php'],
    predicate: findingIs('imminentDanger', true),
  },
  {
    id: 'residential-other-treatment-failed',
    levels: ['residential'],
    effect: 'indication',
    summary: 'Other treatment was tried without success.',
    sources: ['seed-004'],
    predicate: findingIs('lowerLevelTriedWithoutSuccess', true),
  },
  {
    id: 'residential-relapse-history',
    levels: ['residential'],
    effect: 'indication',
    summary: `A history of relapse (relapse risk rated ${SEVERE} or more).`,
    sources: ['seed-004', 'seed-003'],
    predicate: ratingAtLeast('relapse', SEVERE),
  },
  {
    id: 'residential-severe-co-occurring',
    levels: ['residential'],
    effect: 'indication',
    summary: `A severe co-occurring mental-health condition (psychiatric risk rated ${SEVERE} or more).`,
    sources: ['seed-004', 'seed-003'],
    predicate: (assessment) => {
      const coOccurring = assessment.findings.coOccurringMentalHealth;
      const psychiatric = assessment.risk.psychiatric;
      if (coOccurring === false || (psychiatric !== 'unknown' && psychiatric < SEVERE)) return severeCoOccurringAnswers.no;
      if (coOccurring === 'unknown' || psychiatric === 'unknown') return severeCoOccurringAnswers.unknown;
      return severeCoOccurringAnswers.yes;
    },
  },
  {
    id: 'residential-medical-detox-needed',
    levels: ['residential'],
    effect: 'indication',
    summary: 'Medically managed withdrawal is needed, which residential programs often begin with.',
    sources: ['seed-004', 'seed-003'],
    predicate: findingIs('needsMedicallyManagedWithdrawal', true),
  },
  {
    id: 'residential-severe-long-standing-use',
    levels: ['residential'],
    effect: 'indication',
    summary: 'Severe, long-standing substance use, for which residential care is more appropriate than outpatient programs.',
    sources: ['seed-004'],
    predicate: findingIs('severeLongStandingUse', true),
  },
  {
    id: 'php-severe-multi-area-interference',
    levels: ['php'],
    effect: 'indication',
    summary: `The disorder severely affects several areas of life (${SEVERE_AREAS} or more ratings of ${SEVERE} or more) and needs structured treatment with medical oversight.`,
    sources: ['medicare-bpm-php'],
    predicate: (assessment) => {
      let severe = 0;
      let unknown = 0;
      for (const dimension of DIMENSIONS) {
        const rating = assessment.risk[dimension];
        if (rating === 'unknown') unknown += 1;
        else if (rating >= SEVERE) severe += 1;
      }
      if (severe >= SEVERE_AREAS) return severeAreasAnswers.yes;
      return severe + unknown >= SEVERE_AREAS ? severeAreasAnswers.unknown : severeAreasAnswers.no;
    },
  },
  {
    id: 'php-step-down-from-higher-level',
    levels: ['php'],
    effect: 'indication',
    summary: 'Stepping down from inpatient care, withdrawal management or residential care.',
    sources: ['seed-002', 'seed-004'],
    predicate: steppingDownTo('php'),
  },
  {
    id: 'iop-step-down-from-higher-level',
    levels: ['iop'],
    effect: 'indication',
    summary: 'Has just completed residential care, withdrawal management or partial hospitalization and needs continued support.',
    sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    predicate: steppingDownTo('iop'),
  },
  {
    id: 'iop-no-round-the-clock-need',
    levels: ['iop'],
    effect: 'indication',
    summary: `Struggling with use (a rating of ${MODERATE} or more), yet no rating calls for round-the-clock care: treatment can fit around living independently.`,
    sources: ['seed-000', 'seed-002', 'seed-004'],
    predicate: (assessment, { policy }) => {
      const roundTheClock = roundTheClockNeed(assessment, policy);
      if (roundTheClock !== false) return answer(noRoundTheClockAnswers, roundTheClock === true ? false : 'unknown');
      return DIMENSIONS.some((dimension) => Number(assessment.risk[dimension]) >= MODERATE)
        ? noRoundTheClockAnswers.yes
        : noRoundTheClockAnswers.no;
    },
  },
  {
    id: 'iop-stable-home',
    levels: ['iop'],
    effect: 'indication',
    summary: 'A stable, substance-free home supports recovery between sessions.',
    sources: ['seed-000', 'seed-002'],
    predicate: findingIs('stableSubstanceFreeHome', true),
  },
  {
    id: 'iop-support-system',
    levels: ['iop'],
    effect: 'indication',
    summary: 'A support system at home helps outside program hours.',
    sources: ['seed-001', 'seed-004'],
    predicate: findingIs('supportSystem', true),
  },
  {
    id: 'iop-fits-around-daily-duties',
    levels: ['iop'],
    effect: 'indication',
    summary: `The days the person can attend (at least ${MIN_DAYS.value}, fewer than a partial-hospitalization week) fit a part-week program that leaves room for work, school or family duties.`,
    sources: ['seed-000', 'seed-001', 'seed-004'],
    predicate: (assessment, { policy }) => {
      const days = assessment.findings.canAttendDaysPerWeek;
      if (days === 'unknown') return dutiesAnswers.unknown;
      const week = phpWeekDays(policy, assessment.population);
      return days >= MIN_DAYS.value && (week === undefined || days < week) ? dutiesAnswers.yes : dutiesAnswers.no;
    },
  },
  {
    id: 'iop-cravings-or-relapse-risk',
    levels: ['iop'],
    effect: 'indication',
    summary: `Cravings or a risk of relapse (rated ${MODERATE} or more) that call for structured support.`,
    sources: ['seed-000', 'seed-002'],
    predicate: ratingAtLeast('relapse', MODERATE),
  },
  {
    id: 'iop-outpatient-not-enough',
    levels: ['iop'],
    effect: 'indication',
    summary: 'Outpatient care was tried and was not enough.',
    sources: ['seed-002'],
    predicate: findingIs('lowerLevelTriedWithoutSuccess', true),
  },
  {
    id: 'iop-co-occurring-integrated',
    levels: ['iop'],
    effect: 'indication',
    summary: 'A co-occurring mental-health condition, in a program that treats both conditions together.',
    sources: ['seed-001', 'seed-002'],
    predicate: findingIs('coOccurringMentalHealth', true),
  },
  {
    id: 'iop-milder-disorder',
    levels: ['iop'],
    effect: 'indication',
    summary: `A milder disorder (no rating above ${MODERATE}, some at ${MODERATE}, no severe long-standing use) can start directly in intensive outpatient care.`,
    sources: ['seed-004'],
    predicate: (assessment) => {
      const severeUse = assessment.findings.severeLongStandingUse;
      if (severeUse === true) return milderAnswers.no;
      let highest = -1;
      let unknown = severeUse === 'unknown';
      for (const dimension of DIMENSIONS) {
        const rating = assessment.risk[dimension];
        if (rating === 'unknown') unknown = true;
        else if (rating > highest) highest = rating;
      }
      if (highest > MODERATE) return milderAnswers.no;
      if (unknown) return milderAnswers.unknown;
      return highest === MODERATE ? milderAnswers.yes : milderAnswers.no;
    },
  },
  {
    id: 'op-step-down-from-higher-level',
    levels: ['op'],
    effect: 'indication',
    summary: 'Stepping down from a more intensive level, such as intensive outpatient care.',
    sources: ['seed-004', 'seed-003'],
    predicate: steppingDownTo('op'),
  },
])();

/**
 * The built-in rule catalog, as data. Each rule has a stable kebab-case `id`, the `levels` it
 * concerns, its `effect`, a one-line `summary` in this library's own words, `sources` (ids into
 * {@link SOURCES}) and a pure `predicate` answering `true`, `false` or `'unknown'` with the fields it
 * read. Minimum-level rules read the policy's placement table, never a copy of it.
 *
 * Replace or extend it per call with `options.rules` (a rule with the same id replaces the built-in
 * one); check custom rules with {@link defineRule}.
 *
 * @example
 * ```ts
 * import { RULES } from 'level-of-care';
 *
 * RULES.filter((rule) => rule.effect === 'contraindication').map((rule) => rule.id);
 * //=> ['imminent-danger-needs-inpatient', 'php-not-imminent-danger', 'unstable-medical-condition-first',
 * //    'eating-disorder-needs-meal-support', 'schedule-not-feasible', 'needs-round-the-clock-care']
 * RULES.find((rule) => rule.id === 'schedule-not-feasible')?.levels;
 * //=> ['php', 'iop']
 * ```
 *
 * @category Eligibility
 */
export const RULES: readonly Rule[] = /* @__PURE__ */ (() => Object.freeze(
  [...minimumLevelRules, ...contraindicationRules, ...cautionRules, ...indicationRules].map(frozenRule),
))();
