import { isRecord } from '../_lib/isRecord.js';
import { getLevel } from '../levels/getLevel.js';
import type { LevelId } from '../levels/types.js';
import { LEVEL_CODE_SYSTEM } from './codeSystems.js';
import type { FhirCarePlan, FhirReference } from './types.js';

/**
 * The part of a pathway plan that {@link planToCarePlan} reads.
 *
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 * import { planToCarePlan, type PlanLike } from 'level-of-care/fhir';
 *
 * const plan: PlanLike = planPathway('php', '2026-03-02');
 * plan.phases.map((phase) => phase.level);
 * //=> ['php', 'iop', 'op', 'aftercare']
 * planToCarePlan(plan).activity?.length;
 * //=> 4
 * ```
 *
 * @category FHIR
 */
export interface PlanLike {
  /** Phases in order, with inclusive ISO dates. */
  readonly phases: readonly {
    /** The level of the phase. */
    readonly level: LevelId;
    /** First day, `YYYY-MM-DD`. */
    readonly start: string;
    /** Last day, `YYYY-MM-DD`. */
    readonly end: string;
    /** Planned length in days. */
    readonly expectedDays: number;
  }[];
  /** The plan's notes (levels skipped or to arrange by referral), as `planPathway` gives them. */
  readonly notes?: readonly {
    /** What the note is about, in one line. */
    readonly summary: string;
    /** Why it applies to this plan. */
    readonly reason: string;
  }[];
}

/**
 * Options of {@link planToCarePlan}.
 *
 * @example
 * ```ts
 * import { planToCarePlan, type CarePlanOptions } from 'level-of-care/fhir';
 *
 * const options: CarePlanOptions = { subject: { reference: 'Patient/123' }, status: 'active', title: 'IOP, then outpatient' };
 * const carePlan = planToCarePlan({ phases: [{ level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 }] }, options);
 * [carePlan.status, carePlan.title, carePlan.subject];
 * //=> ['active', 'IOP, then outpatient', { reference: 'Patient/123' }]
 * ```
 *
 * @category FHIR
 */
export interface CarePlanOptions {
  /** Who the plan is for (its `reference` and `display` are copied); defaults to the display "Unspecified patient". */
  readonly subject?: FhirReference;
  /** `draft` (default) or `active`. */
  readonly status?: 'draft' | 'active';
  /** Title of the plan; defaults to "Level-of-care pathway" (also in place of an empty title). */
  readonly title?: string;
}

/** The subject with only its non-empty text fields, or the default when none is left (FHIR allows no empty element). */
function subjectOf(given: FhirReference | undefined): FhirReference {
  const subject: FhirReference = {};
  if (typeof given?.reference === 'string' && given.reference !== '') subject.reference = given.reference;
  if (typeof given?.display === 'string' && given.display !== '') subject.display = given.display;
  return subject.reference === undefined && subject.display === undefined ? { display: 'Unspecified patient' } : subject;
}

/** A note as one sentence: its summary, then the reason it applies. */
const noteText = (note: { readonly summary: string; readonly reason: string }): string => `${note.summary}: ${note.reason}.`;

/**
 * Turns a pathway plan (from `planPathway`) into an R4 `CarePlan`: one activity per phase, coded with
 * the level id in {@link LEVEL_CODE_SYSTEM}, scheduled over the phase's dates, status `not-started`;
 * the plan's period runs from the first phase's start to the last phase's end, and each of the
 * plan's notes becomes a `CarePlan.note`. FHIR allows no empty element, so a plan without phases has
 * neither `period` nor `activity`, and a plan without notes no `note`.
 *
 * @param plan - The plan.
 * @param options - Subject, status and title.
 * @returns The `CarePlan` resource.
 *
 * @example
 * ```ts
 * import { planPathway } from 'level-of-care';
 * import { planToCarePlan } from 'level-of-care/fhir';
 *
 * const carePlan = planToCarePlan(
 *   { phases: [{ level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 }] },
 *   { subject: { reference: 'Patient/123' } },
 * );
 * carePlan.period;
 * //=> { start: '2026-03-02', end: '2026-04-26' }
 * carePlan.activity?.[0]?.detail.code.coding?.[0]?.code;
 * //=> 'iop'
 *
 * planToCarePlan(planPathway('php', '2026-03-02', { availableLevels: ['php', 'op', 'aftercare'] })).note?.[0]?.text;
 * //=> 'A level the program cannot offer is passed over: iop is not among the available levels, so php steps down to op.'
 * ```
 *
 * @category FHIR
 */
export function planToCarePlan(plan: PlanLike, options: CarePlanOptions = {}): FhirCarePlan {
  try {
    return carePlan(plan, options);
  } catch {
    // A plan whose reading throws gives the CarePlan of an empty plan, which FHIR still accepts.
    return carePlan({ phases: [] }, {});
  }
}

function carePlan(plan: PlanLike, options: CarePlanOptions): FhirCarePlan {
  const { status, title, subject }: CarePlanOptions = isRecord(options) ? options : {};
  const phases = Array.isArray(plan?.phases) ? plan.phases : [];
  const notes = Array.isArray(plan?.notes) ? plan.notes.filter((note) => isRecord(note) && typeof note.summary === 'string' && typeof note.reason === 'string') : [];
  const first = phases[0];
  const last = phases[phases.length - 1];
  return {
    resourceType: 'CarePlan',
    status: status === 'active' ? 'active' : 'draft',
    intent: 'plan',
    title: typeof title === 'string' && title.trim() !== '' ? title : 'Level-of-care pathway',
    subject: subjectOf(subject),
    ...(first === undefined || last === undefined ? {} : { period: { start: first.start, end: last.end } }),
    ...(phases.length === 0
      ? {}
      : {
          activity: phases.map((phase) => {
            const name = getLevel(phase.level)?.name ?? String(phase.level);
            return {
              detail: {
                code: { coding: [{ system: LEVEL_CODE_SYSTEM, code: phase.level, display: name }], text: name },
                status: 'not-started' as const,
                scheduledPeriod: { start: phase.start, end: phase.end },
                description: `${name}: ${phase.expectedDays} days, ${phase.start} to ${phase.end}.`,
              },
            };
          }),
        }),
    ...(notes.length === 0 ? {} : { note: notes.map((note) => ({ text: noteText(note) })) }),
  };
}
