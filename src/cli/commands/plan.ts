import type { Writable } from 'node:stream';
import { planToCarePlan } from '../../fhir/planToCarePlan.js';
import { formatIssues } from '../../issues/formatIssues.js';
import { getLevel } from '../../levels/getLevel.js';
import type { LevelId } from '../../levels/types.js';
import { planPathway } from '../../pathway/planPathway.js';
import type { Policy } from '../../policies/types.js';
import { UsageError } from '../errors.js';
import type { Format } from '../options.js';

/** Flags of `level-of-care plan`. */
export interface PlanFlags {
  readonly start?: LevelId | undefined;
  readonly date?: string | undefined;
  readonly through?: LevelId | undefined;
  readonly availableLevels?: readonly LevelId[] | undefined;
  readonly policy: Policy;
}

/** `level-of-care plan`: returns the exit code. */
export function planCommand(flags: PlanFlags, format: Format, io: { readonly stdout: Writable }): number {
  if (flags.start === undefined) throw new UsageError('plan needs --start <level>.');
  if (flags.date === undefined) throw new UsageError('plan needs --date <YYYY-MM-DD>.');
  const plan = planPathway(flags.start, flags.date, {
    through: flags.through,
    availableLevels: flags.availableLevels,
    policy: flags.policy,
  });
  let out: string;
  if (format === 'json') out = JSON.stringify(plan, null, 2);
  else if (format === 'fhir') out = JSON.stringify(planToCarePlan(plan), null, 2);
  else {
    out = [
      `Pathway from ${flags.start} starting ${flags.date}:`,
      '',
      ...plan.phases.map(
        (phase) =>
          `  ${(getLevel(phase.level)?.name ?? phase.level).padEnd(32)} ${phase.start} → ${phase.end}  (${phase.expectedDays} days)`,
      ),
      ...(plan.notes.length === 0 ? [] : ['', 'Notes:', ...plan.notes.map((note) => `  - ${note.summary}: ${note.reason}.`)]),
      '',
      formatIssues(plan.issues),
    ].join('\n');
  }
  io.stdout.write(`${out}\n`);
  return plan.ok ? 0 : 1;
}
