import type { LevelId } from '../levels/types.js';
import { DIMENSIONS } from '../policies/dimensions.js';
import type { AssessmentField, AssessmentFindings, FindingName } from './types.js';

/**
 * The kind of value an assessment field holds: `population` (`'adult'` or `'adolescent'`), `rating`
 * (0–4 or `'unknown'`), `flag` (yes or no), `days` (a whole number of days a week, 0–7) or `level` (a
 * level id).
 *
 * @example
 * ```ts
 * import { ASSESSMENT_FIELDS, type AssessmentFieldKind } from 'level-of-care';
 *
 * const days = ASSESSMENT_FIELDS.find((spec) => spec.field === 'findings.canAttendDaysPerWeek');
 * const kind: AssessmentFieldKind | undefined = days?.kind;
 * kind;
 * //=> 'days'
 * ```
 *
 * @category Eligibility
 */
export type AssessmentFieldKind = 'population' | 'rating' | 'flag' | 'days' | 'level';

/** A finding required for a final answer, with the value that is favourable and the one that is adverse. */
interface RequiredSpec<K extends AssessmentFieldKind, V> {
  readonly kind: K;
  readonly required: true;
  readonly favourable: V;
  readonly adverse: V;
}

/** A finding that only adds context: absent means no (or no level). */
interface ContextSpec<K extends AssessmentFieldKind> {
  readonly kind: K;
  readonly required: false;
}

// The kind follows from the finding's type, so a finding read as the wrong kind does not compile.
type SpecFor<V> = V extends boolean
  ? RequiredSpec<'flag', boolean> | ContextSpec<'flag'>
  : V extends number
    ? RequiredSpec<'days', number>
    : V extends LevelId
      ? ContextSpec<'level'>
      : never;

type FindingSpecs = { readonly [F in FindingName]-?: SpecFor<Exclude<AssessmentFindings[F], undefined>> };

/**
 * Every finding, declared once: its kind, whether a final answer needs it, and for a required one the
 * favourable and the adverse value (the ends a provisional range is computed from). The schema, the
 * reader, the missing-field lists and the result order are all derived from this table; a finding
 * added to {@link AssessmentFindings} without a row here does not compile.
 */
const FINDINGS: FindingSpecs = {
  imminentDanger: { kind: 'flag', required: true, favourable: false, adverse: true },
  needsMedicallyManagedWithdrawal: { kind: 'flag', required: true, favourable: false, adverse: true },
  unstableMedicalCondition: { kind: 'flag', required: true, favourable: false, adverse: true },
  eatingDisorderNeedsMealSupport: { kind: 'flag', required: true, favourable: false, adverse: true },
  motivatedForTreatment: { kind: 'flag', required: true, favourable: true, adverse: false },
  stableSubstanceFreeHome: { kind: 'flag', required: true, favourable: true, adverse: false },
  supportSystem: { kind: 'flag', required: false },
  // Days attendable: all seven is favourable, none is adverse.
  canAttendDaysPerWeek: { kind: 'days', required: true, favourable: 7, adverse: 0 },
  lowerLevelTriedWithoutSuccess: { kind: 'flag', required: false },
  recentlyCompletedLevel: { kind: 'level', required: false },
  coOccurringMentalHealth: { kind: 'flag', required: false },
  severeLongStandingUse: { kind: 'flag', required: false },
};

/**
 * One field of an assessment as {@link ASSESSMENT_FIELDS} describes it.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_FIELDS, type AssessmentFieldSpec } from 'level-of-care';
 *
 * const spec: AssessmentFieldSpec | undefined = ASSESSMENT_FIELDS.find((s) => s.field === 'risk.withdrawal');
 * spec;
 * //=> { field: 'risk.withdrawal', group: 'risk', name: 'withdrawal', kind: 'rating', required: true,
 * //     whenAbsent: 'unknown', favourable: 0, adverse: 4 }
 * ```
 *
 * @category Eligibility
 */
export interface AssessmentFieldSpec {
  /** The field, e.g. `'risk.withdrawal'`. */
  readonly field: AssessmentField;
  /** `'population'`, `'risk'` or `'findings'`. */
  readonly group: 'population' | 'risk' | 'findings';
  /** The key within its group (the dimension or finding name; `'population'` for the population). */
  readonly name: string;
  /** The kind of value it holds. */
  readonly kind: AssessmentFieldKind;
  /** Whether a final answer needs it: when absent it is unknown and listed in `missing`. */
  readonly required: boolean;
  /** What an absent value means: `'unknown'` for a required field, otherwise its default. */
  readonly whenAbsent: 'unknown' | 'adult' | false | 'none';
  /** For a required field, the favourable value (a rating of 0, a finding that raises no concern). */
  readonly favourable?: number | boolean;
  /** For a required field, the adverse value (a rating of 4, a finding that raises the most concern). */
  readonly adverse?: number | boolean;
}

const whenAbsentOf = (kind: AssessmentFieldKind): AssessmentFieldSpec['whenAbsent'] =>
  kind === 'flag' ? false : kind === 'level' ? 'none' : 'adult';

/**
 * Every field of an {@link Assessment}, in the order results list them (`missing`, `read`): the
 * population, the six ratings, then the findings. Each says what kind of value it holds, whether a
 * final answer needs it, what an absent value means, and for a required field its favourable and adverse
 * value. Intake forms can be built from it.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_FIELDS } from 'level-of-care';
 *
 * ASSESSMENT_FIELDS.filter((spec) => spec.required).length;
 * //=> 13
 * ASSESSMENT_FIELDS.find((spec) => spec.field === 'findings.supportSystem');
 * //=> { field: 'findings.supportSystem', group: 'findings', name: 'supportSystem', kind: 'flag', required: false, whenAbsent: false }
 * ```
 *
 * @category Eligibility
 */
export const ASSESSMENT_FIELDS: readonly AssessmentFieldSpec[] = /* @__PURE__ */ (() => [
  { field: 'population', group: 'population', name: 'population', kind: 'population', required: false, whenAbsent: 'adult' },
  ...DIMENSIONS.map(
    (dimension): AssessmentFieldSpec => ({
      field: `risk.${dimension}`,
      group: 'risk',
      name: dimension,
      kind: 'rating',
      required: true,
      whenAbsent: 'unknown',
      favourable: 0,
      adverse: 4,
    }),
  ),
  ...(Object.keys(FINDINGS) as FindingName[]).map((name): AssessmentFieldSpec => {
    const spec: RequiredSpec<AssessmentFieldKind, number | boolean> | ContextSpec<AssessmentFieldKind> = FINDINGS[name];
    const base = { field: `findings.${name}` as const, group: 'findings' as const, name, kind: spec.kind };
    return spec.required
      ? { ...base, required: true, whenAbsent: 'unknown', favourable: spec.favourable, adverse: spec.adverse }
      : { ...base, required: false, whenAbsent: whenAbsentOf(spec.kind) };
  }),
])();

/** The required fields (the six ratings and the required findings), in result order. */
export const REQUIRED_FIELDS: readonly AssessmentFieldSpec[] = /* @__PURE__ */ (() => ASSESSMENT_FIELDS.filter((spec) => spec.required))();
