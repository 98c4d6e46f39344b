import type { Issue } from '../issues/types.js';
import type { LevelId, Population, WithdrawalManagementSetting } from '../levels/types.js';
import type { Dimension, Policy, RiskRating, SourceRef } from '../policies/types.js';
import type { EvidenceKind } from '../sources/evidence.js';

/**
 * A risk rating as assessed: 0 (none) to 4 (severe), or `'unknown'` when it was not assessed. An
 * absent rating means the same as `'unknown'`: it is never read as low risk.
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type Risk } from 'level-of-care';
 *
 * const { risk } = normalizeAssessment({ risk: { withdrawal: 1, relapse: 9 } }).assessment;
 * const relapse: Risk = risk.relapse;
 * [risk.withdrawal, relapse, risk.biomedical];
 * //=> [1, 'unknown', 'unknown']
 * ```
 *
 * @category Eligibility
 */
export type Risk = RiskRating | 'unknown';

/**
 * What an assessment found besides the six ratings. The findings that decide safety
 * (`imminentDanger`, `needsMedicallyManagedWithdrawal`, `unstableMedicalCondition`,
 * `eatingDisorderNeedsMealSupport`, `motivatedForTreatment`, `stableSubstanceFreeHome`,
 * `canAttendDaysPerWeek`) are required for a final answer: when absent they are unknown and listed as
 * missing. The others only add context and mean "no" when absent.
 *
 * @example
 * ```ts
 * import { recommendLevel, type AssessmentFindings } from 'level-of-care';
 *
 * const findings: AssessmentFindings = { imminentDanger: false, canAttendDaysPerWeek: 2, supportSystem: true };
 * recommendLevel({ risk: { relapse: 2 }, findings }).missing.filter((field) => field.startsWith('findings.'));
 * //=> ['findings.needsMedicallyManagedWithdrawal', 'findings.unstableMedicalCondition',
 * //     'findings.eatingDisorderNeedsMealSupport', 'findings.motivatedForTreatment', 'findings.stableSubstanceFreeHome']
 * ```
 *
 * @category Eligibility
 */
export interface AssessmentFindings {
  /** An imminent danger to self or others. Required. */
  readonly imminentDanger?: boolean | undefined;
  /** Withdrawal needs medical management before other treatment. Required. */
  readonly needsMedicallyManagedWithdrawal?: boolean | undefined;
  /** A medical condition that must be treated first. Required. */
  readonly unstableMedicalCondition?: boolean | undefined;
  /** An eating disorder that needs support at meals. Required. */
  readonly eatingDisorderNeedsMealSupport?: boolean | undefined;
  /** Motivated to take part in treatment. Required. */
  readonly motivatedForTreatment?: boolean | undefined;
  /** Lives in a stable home free of alcohol and drugs. Required. */
  readonly stableSubstanceFreeHome?: boolean | undefined;
  /** Has a support system outside treatment. Context: absent means no. */
  readonly supportSystem?: boolean | undefined;
  /** Days a week the person can attend a program, 0–7 (a whole number). Required. */
  readonly canAttendDaysPerWeek?: number | undefined;
  /** A less intensive level was tried and was not enough. Context: absent means no. */
  readonly lowerLevelTriedWithoutSuccess?: boolean | undefined;
  /** The level the person has just completed. Context: absent means none. */
  readonly recentlyCompletedLevel?: LevelId | undefined;
  /** A co-occurring mental-health condition. Context: absent means no. */
  readonly coOccurringMentalHealth?: boolean | undefined;
  /** Severe, long-standing substance use. Context: absent means no. */
  readonly severeLongStandingUse?: boolean | undefined;
}

/**
 * The name of one finding of an {@link Assessment}.
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type FindingName } from 'level-of-care';
 *
 * const name: FindingName = 'recentlyCompletedLevel';
 * normalizeAssessment({ findings: { supportSystem: true } }).assessment.findings[name];
 * //=> 'none'
 * ```
 *
 * @category Eligibility
 */
export type FindingName = keyof AssessmentFindings;

/**
 * One clinical assessment, the input of {@link recommendLevel} and {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'level-of-care';
 *
 * const assessment: Assessment = {
 *   risk: { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 },
 *   findings: { imminentDanger: false, canAttendDaysPerWeek: 3, recentlyCompletedLevel: 'residential' },
 * };
 * ```
 *
 * @category Eligibility
 */
export interface Assessment {
  /** Defaults to `'adult'`. */
  readonly population?: Population | undefined;
  /** The six risk ratings; an absent rating is unknown. */
  readonly risk?: Readonly<Partial<Record<Dimension, Risk | undefined>>> | undefined;
  /** What else the assessment found. */
  readonly findings?: AssessmentFindings | undefined;
}

/**
 * A field of an assessment as a path string, e.g. `'risk.withdrawal'` or `'findings.imminentDanger'`.
 * Rules name the fields they read this way, and `missing` lists fields this way.
 *
 * @example
 * ```ts
 * import { recommendLevel } from 'level-of-care';
 *
 * recommendLevel({ risk: { withdrawal: 0, biomedical: 0, psychiatric: 0, readiness: 0, relapse: 2 } }).missing[0];
 * //=> 'risk.environment'
 * ```
 *
 * @category Eligibility
 */
export type AssessmentField = 'population' | `risk.${Dimension}` | `findings.${FindingName}`;

/**
 * An assessment after validation, with every field present: a rating or finding that was absent
 * (where absence means unknown) or invalid is `'unknown'`; context findings that were absent are
 * `false` (or `'none'` for `recentlyCompletedLevel`). Rule predicates receive this, so they never
 * confuse "absent" with "no".
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type NormalizedAssessment } from 'level-of-care';
 *
 * const assessment: NormalizedAssessment = normalizeAssessment({ risk: { relapse: 2 }, findings: { imminentDanger: false } }).assessment;
 * [assessment.population, assessment.risk.relapse, assessment.risk.withdrawal];
 * //=> ['adult', 2, 'unknown']
 * assessment.findings.imminentDanger;
 * //=> false
 * ```
 *
 * @category Eligibility
 */
export interface NormalizedAssessment {
  /** The population, `'adult'` when absent or invalid. */
  readonly population: Population;
  /** Every rating, `'unknown'` when not known. */
  readonly risk: Readonly<Record<Dimension, Risk>>;
  /** Every finding, `'unknown'` when not known. */
  readonly findings: NormalizedFindings;
}

/**
 * The findings of a {@link NormalizedAssessment}: each finding of {@link AssessmentFindings}, always
 * present. A required finding is `'unknown'` when absent or invalid; a context finding is its default
 * when absent (`false`, or `'none'` for a level) and `'unknown'` when invalid.
 *
 * @example
 * ```ts
 * import { normalizeAssessment, type NormalizedFindings } from 'level-of-care';
 *
 * const findings: NormalizedFindings = normalizeAssessment({ findings: { imminentDanger: false } }).assessment.findings;
 * [findings.imminentDanger, findings.motivatedForTreatment, findings.supportSystem, findings.recentlyCompletedLevel];
 * //=> [false, 'unknown', false, 'none']
 * ```
 *
 * @category Eligibility
 */
export type NormalizedFindings = {
  readonly [F in FindingName]-?:
    | Exclude<AssessmentFindings[F], undefined>
    | 'unknown'
    | (Exclude<AssessmentFindings[F], undefined> extends LevelId ? 'none' : never);
};

/**
 * What a rule does when its predicate is true:
 * - `indication`: the rule speaks for its levels;
 * - `contraindication`: the rule excludes its levels;
 * - `caution`: its levels remain possible, with something to arrange or watch;
 * - `minimum-level`: the person needs at least a given level (the placement table, or a finding).
 *
 * @example
 * ```ts
 * import { RULES, type RuleEffect } from 'level-of-care';
 *
 * const effect: RuleEffect | undefined = RULES.find((rule) => rule.id === 'php-without-support-system')?.effect;
 * effect;
 * //=> 'caution'
 * ```
 *
 * @category Eligibility
 */
export type RuleEffect = 'indication' | 'contraindication' | 'caution' | 'minimum-level';

/**
 * A rule's answer: `true`, `false`, or `'unknown'` when a field it needs is unknown.
 *
 * @example
 * ```ts
 * import { recommendLevel, type RuleOutcome } from 'level-of-care';
 *
 * const { trace } = recommendLevel({ risk: { relapse: 2 } });
 * const outcomes: RuleOutcome[] = trace.filter((entry) => entry.ruleId.startsWith('placement-')).map((entry) => entry.outcome);
 * outcomes;
 * //=> ['unknown', 'unknown', 'unknown', 'unknown', true, 'unknown']
 * ```
 *
 * @category Eligibility
 */
export type RuleOutcome = true | false | 'unknown';

/**
 * What a rule predicate returns.
 *
 * @example
 * ```ts
 * import { POLICIES, RULES, normalizeAssessment, type RuleEvaluation } from 'level-of-care';
 *
 * const rule = RULES.find((r) => r.id === 'schedule-not-feasible');
 * const { assessment } = normalizeAssessment({ findings: { canAttendDaysPerWeek: 2 } });
 * const evaluation: RuleEvaluation | undefined = rule?.predicate(assessment, { policy: POLICIES.general });
 * evaluation;
 * //=> { outcome: true, read: ['findings.canAttendDaysPerWeek'] }
 * ```
 *
 * @category Eligibility
 */
export interface RuleEvaluation {
  /** The answer. */
  readonly outcome: RuleOutcome;
  /** The assessment fields the predicate read. */
  readonly read: readonly AssessmentField[];
  /**
   * For `minimum-level` rules: the floor the rule sets when `outcome` is `true`, or, when `outcome`
   * is `'unknown'`, the most intensive floor it could set once the data is known. When absent, a
   * `true` outcome sets the least intensive of the rule's `levels` and an `'unknown'` outcome could
   * set the most intensive of them.
   */
  readonly minimumLevel?: LevelId;
  /**
   * For a `minimum-level` rule whose floor is withdrawal management (outcome `true`): the setting it
   * is delivered in. An ambulatory floor is met alongside a part-day program and rules none out.
   */
  readonly withdrawalManagement?: WithdrawalManagementSetting;
}

/**
 * What a rule predicate is given besides the assessment.
 *
 * @example
 * ```ts
 * import { POLICIES, RULES, normalizeAssessment, type RuleContext } from 'level-of-care';
 *
 * const context: RuleContext = { policy: POLICIES.general };
 * const placement = RULES.find((rule) => rule.id === 'placement-withdrawal');
 * placement?.predicate(normalizeAssessment({ risk: { withdrawal: 2 } }).assessment, context);
 * //=> { outcome: true, read: ['risk.withdrawal'], minimumLevel: 'detox', withdrawalManagement: 'ambulatory' }
 * ```
 *
 * @category Eligibility
 */
export interface RuleContext {
  /** The policy in force (its placement table, its schedule requirements). */
  readonly policy: Policy;
}

/**
 * One rule of the catalog ({@link RULES}) or a program's own (see {@link defineRule}).
 *
 * @example
 * ```ts
 * import { RULES } from 'level-of-care';
 *
 * const rule = RULES.find((r) => r.id === 'eating-disorder-needs-meal-support');
 * rule?.effect;
 * //=> 'contraindication'
 * rule?.levels;
 * //=> ['iop', 'op', 'aftercare']
 * ```
 *
 * @category Eligibility
 */
export interface Rule {
  /** Stable kebab-case id; a custom rule with the same id replaces the built-in one. */
  readonly id: string;
  /**
   * The levels the rule concerns. For a `minimum-level` rule, the levels it can set as the floor (the
   * floor then applies to every level below it).
   */
  readonly levels: readonly LevelId[];
  /** What a `true` outcome does. */
  readonly effect: RuleEffect;
  /** One line, in this library's own words. */
  readonly summary: string;
  /** Ids into {@link SOURCES} (or a program's own references for custom rules). */
  readonly sources: readonly SourceRef[];
  /** A pure function: the outcome and the fields it read. Must not throw for any normalized assessment. */
  readonly predicate: (assessment: NormalizedAssessment, context: RuleContext) => RuleEvaluation;
  /**
   * Optional: writes the reason sentence of a hit (outcome `true`). Without it, the reason is the
   * summary followed by the values of the fields read.
   */
  readonly explain?: (assessment: NormalizedAssessment, evaluation: RuleEvaluation, context: RuleContext) => string;
}

/**
 * A rule that held for an assessment: which rule, what it says, why it held here (naming the values
 * seen) and its sources.
 *
 * @example
 * ```ts
 * import type { RuleHit } from 'level-of-care';
 *
 * const hit: RuleHit = {
 *   id: 'eating-disorder-needs-meal-support',
 *   summary: 'An eating disorder that needs support at meals rules out levels without supervised meals.',
 *   reason: 'An eating disorder that needs support at meals rules out levels without supervised meals (findings.eatingDisorderNeedsMealSupport = true).',
 *   sources: ['seed-001'],
 *   evidence: 'seed',
 * };
 * ```
 *
 * @category Eligibility
 */
export interface RuleHit {
  /** The rule id. */
  readonly id: string;
  /** The rule's one-line summary. */
  readonly summary: string;
  /** Why it held for this assessment, with the values seen. */
  readonly reason: string;
  /** Ids into {@link SOURCES}. */
  readonly sources: readonly SourceRef[];
  /** The strongest kind of evidence among the sources (see {@link evidenceOf}), e.g. `'editorial'`: a library default. */
  readonly evidence: EvidenceKind;
}

/**
 * One line of a recommendation's trace: a rule that was evaluated and what it answered.
 *
 * @example
 * ```ts
 * import { recommendLevel, type TraceEntry } from 'level-of-care';
 *
 * const entry: TraceEntry | undefined = recommendLevel({ risk: { relapse: 2 } }).trace.find((e) => e.ruleId === 'placement-relapse');
 * [entry?.effect, entry?.outcome, entry?.read, entry?.minimumLevel, entry?.evidence];
 * //=> ['minimum-level', true, ['risk.relapse'], 'iop', 'editorial']
 * ```
 *
 * @category Eligibility
 */
export interface TraceEntry {
  /** The rule id. */
  readonly ruleId: string;
  /** The rule's effect. */
  readonly effect: RuleEffect;
  /** The rule's levels. */
  readonly levels: readonly LevelId[];
  /** The rule's one-line summary. */
  readonly summary: string;
  /** What the predicate answered. */
  readonly outcome: RuleOutcome;
  /** The assessment fields it read. */
  readonly read: readonly AssessmentField[];
  /** For `minimum-level` rules: the floor set (outcome `true`) or the highest it could set (`'unknown'`). */
  readonly minimumLevel?: LevelId;
  /** For a true `minimum-level` rule whose floor is withdrawal management: the setting it calls for. */
  readonly withdrawalManagement?: WithdrawalManagementSetting;
  /** The strongest kind of evidence among the rule's sources (see {@link evidenceOf}). */
  readonly evidence: EvidenceKind;
}

/**
 * The status of {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * import { evaluateEligibility, type EligibilityStatus } from 'level-of-care';
 *
 * const assessment = { findings: { canAttendDaysPerWeek: 2 } };
 * const statuses: EligibilityStatus[] = [evaluateEligibility(assessment, 'iop').status, evaluateEligibility(assessment, 'op').status];
 * statuses;
 * //=> ['ineligible', 'insufficient-information']
 * ```
 *
 * @category Eligibility
 */
export type EligibilityStatus = 'eligible' | 'eligible-with-cautions' | 'ineligible' | 'insufficient-information';

/**
 * Options of {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * import { defineRule, evaluateEligibility, type EvaluateEligibilityOptions } from 'level-of-care';
 *
 * const options: EvaluateEligibilityOptions = {
 *   rules: [defineRule({
 *     id: 'clinic-no-iop-for-co-occurring', levels: ['iop'], effect: 'contraindication',
 *     summary: 'Our IOP does not treat co-occurring mental-health conditions.', sources: ['clinic-policy-7'],
 *     predicate: (a) => ({ outcome: a.findings.coOccurringMentalHealth, read: ['findings.coOccurringMentalHealth'] }),
 *   })],
 * };
 * const assessment = { risk: { relapse: 2 }, findings: { coOccurringMentalHealth: true } } as const;
 * [evaluateEligibility(assessment, 'iop').status, evaluateEligibility(assessment, 'iop', options).status];
 * //=> ['insufficient-information', 'ineligible']
 * ```
 *
 * @category Eligibility
 */
export interface EvaluateEligibilityOptions {
  /** The policy whose placement table and requirements apply; default `POLICIES.general`. */
  readonly policy?: Policy | undefined;
  /** Custom rules; one with the id of a built-in rule replaces it, others are added. */
  readonly rules?: readonly Rule[] | undefined;
}

/**
 * The result of {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * import { evaluateEligibility } from 'level-of-care';
 *
 * const result = evaluateEligibility({ findings: { canAttendDaysPerWeek: 2 } }, 'iop');
 * result.status;
 * //=> 'ineligible'
 * result.contraindications[0]?.reason;
 * //=> 'The person can attend 2 days a week; intensive outpatient and partial hospitalization need at least 3 (findings.canAttendDaysPerWeek = 2).'
 * ```
 *
 * @category Eligibility
 */
export interface EligibilityResult {
  /** The level evaluated. */
  readonly level: LevelId;
  /** The verdict. */
  readonly status: EligibilityStatus;
  /** Rules that speak for the level. */
  readonly indications: readonly RuleHit[];
  /** Rules that rule the level out, including a minimum level above it. */
  readonly contraindications: readonly RuleHit[];
  /** Rules that leave the level possible with something to watch or arrange. */
  readonly cautions: readonly RuleHit[];
  /** Unknown fields whose answer would change the status. */
  readonly missing: readonly AssessmentField[];
  /** Problems with the input; a bad field is treated as unknown. */
  readonly issues: readonly Issue[];
}

/**
 * A risk rating that set the level: its minimum is the highest of all ratings.
 *
 * @example
 * ```ts
 * import { recommendLevel, type Driver } from 'level-of-care';
 *
 * const drivers: readonly Driver[] = recommendLevel({ risk: { withdrawal: 1, relapse: 3, environment: 2 } }).drivers;
 * drivers;
 * //=> [{ dimension: 'relapse', rating: 3, minimumLevel: 'php' }]
 * ```
 *
 * @category Eligibility
 */
export interface Driver {
  /** The dimension. */
  readonly dimension: Dimension;
  /** Its rating. */
  readonly rating: RiskRating;
  /** The minimum level the placement table gives it. */
  readonly minimumLevel: LevelId;
}

/**
 * A level ruled out, with the rules that ruled it out.
 *
 * @example
 * ```ts
 * import { recommendLevel, type Exclusion } from 'level-of-care';
 *
 * const excluded: readonly Exclusion[] = recommendLevel({ findings: { eatingDisorderNeedsMealSupport: true } }).excluded;
 * excluded[0];
 * //=> { level: 'iop', ruleIds: ['eating-disorder-needs-meal-support'] }
 * excluded.map((exclusion) => exclusion.level);
 * //=> ['iop', 'op', 'aftercare']
 * ```
 *
 * @category Eligibility
 */
export interface Exclusion {
  /** The level. */
  readonly level: LevelId;
  /** The contraindication rules that hold for it. */
  readonly ruleIds: readonly string[];
}

/**
 * The range a provisional recommendation could take once the unknown fields are known.
 *
 * @example
 * ```ts
 * import { recommendLevel, type ProvisionalRange } from 'level-of-care';
 *
 * const range: ProvisionalRange | undefined = recommendLevel({ risk: { relapse: 2 } }).provisionalRange;
 * range;
 * //=> { least: 'iop', most: 'inpatient' }
 * ```
 *
 * @category Eligibility
 */
export interface ProvisionalRange {
  /** The level with every unknown rating at 0 and every unknown finding at its favourable value. */
  readonly least: LevelId;
  /** The level with every unknown rating at 4 and every unknown finding at its adverse value. */
  readonly most: LevelId;
}

/**
 * The status of a {@link Recommendation}.
 *
 * @example
 * ```ts
 * import { recommendLevel, type RecommendationStatus } from 'level-of-care';
 *
 * const risk = { withdrawal: 0, biomedical: 0, psychiatric: 1, readiness: 1, relapse: 2, environment: 1 } as const;
 * const findings = { imminentDanger: false, needsMedicallyManagedWithdrawal: false, unstableMedicalCondition: false,
 *   eatingDisorderNeedsMealSupport: false, motivatedForTreatment: true, stableSubstanceFreeHome: true, canAttendDaysPerWeek: 4 };
 * const statuses: RecommendationStatus[] = [recommendLevel({ risk, findings }).status, recommendLevel({ risk }).status];
 * statuses;
 * //=> ['recommended', 'provisional']
 * ```
 *
 * @category Eligibility
 */
export type RecommendationStatus = 'recommended' | 'provisional';

/**
 * Options of {@link recommendLevel}.
 *
 * @example
 * ```ts
 * import { recommendLevel, type RecommendLevelOptions } from 'level-of-care';
 *
 * const options: RecommendLevelOptions = { availableLevels: ['php', 'op'] };
 * const result = recommendLevel({ risk: { relapse: 2 } }, options);
 * [result.indicatedLevel, result.level, result.availabilityGap];
 * //=> ['iop', 'php', true]
 * ```
 *
 * @category Eligibility
 */
export interface RecommendLevelOptions {
  /** The levels that can be arranged; default every level. Unknown ids are reported and ignored. */
  readonly availableLevels?: readonly LevelId[] | undefined;
  /** The policy whose placement table and requirements apply; default `POLICIES.general`. */
  readonly policy?: Policy | undefined;
  /** Custom rules; one with the id of a built-in rule replaces it, others are added. */
  readonly rules?: readonly Rule[] | undefined;
}

/**
 * The result of {@link recommendLevel}.
 *
 * @example
 * ```ts
 * import { recommendLevel } from 'level-of-care';
 *
 * const result = recommendLevel({ risk: { relapse: 2 } }, { availableLevels: ['php', 'op'] });
 * [result.level, result.indicatedLevel, result.availabilityGap, result.status];
 * //=> ['php', 'iop', true, 'provisional']
 * result.provisionalRange;
 * //=> { least: 'php', most: 'inpatient' }
 * ```
 *
 * @category Eligibility
 */
export interface Recommendation {
  /** The level to place the person at, given what is available. */
  readonly level: LevelId;
  /** `'provisional'` when a required field is unknown; see `missing` and `provisionalRange`. */
  readonly status: RecommendationStatus;
  /** The least intensive safe level, before availability. */
  readonly indicatedLevel: LevelId;
  /** `true` when the indicated level is not available. */
  readonly availabilityGap: boolean;
  /** The ratings that set the minimum level (ties all listed). */
  readonly drivers: readonly Driver[];
  /** Levels ruled out by contraindications, most intensive first. */
  readonly excluded: readonly Exclusion[];
  /** Cautions that hold for the recommended level, and referral notes. */
  readonly cautions: readonly RuleHit[];
  /** Required fields that are unknown. */
  readonly missing: readonly AssessmentField[];
  /** Every rule evaluated, in catalog order, with its outcome and the fields it read. */
  readonly trace: readonly TraceEntry[];
  /** Present when `status` is `'provisional'`. */
  readonly provisionalRange?: ProvisionalRange;
  /**
   * Present when withdrawal management is indicated: the setting it is delivered in at `level` —
   * `'ambulatory'` (alongside `programLevel`, which no withdrawal need rules out), `'residential'`
   * (24-hour; also when the other needs call for 24-hour care) or `'hospital'` (when `level` is
   * `inpatient`).
   */
  readonly withdrawalManagement?: WithdrawalManagementSetting;
  /**
   * Present with `withdrawalManagement`: the level the person's other needs call for without it,
   * given availability. Ambulatory withdrawal management runs alongside it; after a 24-hour setting
   * it is where the other needs stand today (reassess before stepping down).
   */
  readonly programLevel?: LevelId;
  /** Problems with the input; a bad field is treated as unknown. */
  readonly issues: readonly Issue[];
}
