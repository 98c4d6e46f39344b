import { getLevel } from '../levels/getLevel.js';
import type { LevelId } from '../levels/types.js';
import { LEVEL_CODE_SYSTEM } from './codeSystems.js';
import type { FhirCarePlan, FhirReference } from './types.js';

/**
 * The part of a pathway plan that {@link planToCarePlan} reads.
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
}

/**
 * Options of {@link planToCarePlan}.
 *
 * @category FHIR
 */
export interface CarePlanOptions {
  /** Who the plan is for; defaults to a reference with the display "Unspecified patient". */
  readonly subject?: FhirReference;
  /** `draft` (default) or `active`. */
  readonly status?: 'draft' | 'active';
  /** Title of the plan; defaults to "Level-of-care pathway". */
  readonly title?: string;
}

/**
 * Turns a pathway plan (from `planPathway`) into an R4 `CarePlan`: one activity per phase, coded with
 * the level id in {@link LEVEL_CODE_SYSTEM}, scheduled over the phase's dates, status `not-started`;
 * the plan's period runs from the first phase's start to the last phase's end.
 *
 * @param plan - The plan.
 * @param options - Subject, status and title.
 * @returns The `CarePlan` resource.
 *
 * @example
 * ```ts
 * import { planToCarePlan } from 'level-of-care/fhir';
 *
 * const carePlan = planToCarePlan(
 *   { phases: [{ level: 'iop', start: '2026-03-02', end: '2026-04-26', expectedDays: 56 }] },
 *   { subject: { reference: 'Patient/123' } },
 * );
 * carePlan.period;
 * //=> { start: '2026-03-02', end: '2026-04-26' }
 * carePlan.activity[0]?.detail.code.coding?.[0]?.code;
 * //=> 'iop'
 * ```
 *
 * @category FHIR
 */
export function planToCarePlan(plan: PlanLike, options: CarePlanOptions = {}): FhirCarePlan {
  const phases = Array.isArray(plan?.phases) ? plan.phases : [];
  const first = phases[0];
  const last = phases[phases.length - 1];
  return {
    resourceType: 'CarePlan',
    status: options.status ?? 'draft',
    intent: 'plan',
    title: options.title ?? 'Level-of-care pathway',
    subject: options.subject === undefined ? { display: 'Unspecified patient' } : { ...options.subject },
    period: first === undefined || last === undefined ? {} : { start: first.start, end: last.end },
    activity: phases.map((phase) => {
      const name = getLevel(phase.level)?.name ?? String(phase.level);
      return {
        detail: {
          code: { coding: [{ system: LEVEL_CODE_SYSTEM, code: phase.level, display: name }], text: name },
          status: 'not-started',
          scheduledPeriod: { start: phase.start, end: phase.end },
          description: `${name}: ${phase.expectedDays} days, ${phase.start} to ${phase.end}.`,
        },
      };
    }),
  };
}
