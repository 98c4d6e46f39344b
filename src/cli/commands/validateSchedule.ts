import type { Readable, Writable } from 'node:stream';
import { sessionsFromFhir } from '../../fhir/sessionsFromFhir.js';
import { toOperationOutcome } from '../../fhir/toOperationOutcome.js';
import { formatIssues } from '../../issues/formatIssues.js';
import { invalidInput } from '../../issues/invalidInput.js';
import { isOk } from '../../issues/isOk.js';
import type { Issue } from '../../issues/types.js';
import { LevelIdSchema, PopulationSchema } from '../../levels/schema.js';
import type { LevelId, Population } from '../../levels/types.js';
import { getPolicy } from '../../policies/policies.js';
import type { Policy } from '../../policies/types.js';
import { validateSchedule } from '../../schedule/validateSchedule.js';
import type { ScheduleValidationResult } from '../../schedule/types.js';
import { UsageError } from '../errors.js';
import { runNdjson, type LineResult } from '../ndjson.js';
import { knownPolicyIds, type Format } from '../options.js';
import { openInput, parseJson, readText } from '../readInput.js';
import { isRecord } from '../../_lib/isRecord.js';

/** Defaults for a schedule check, from the flags. */
export interface ScheduleDefaults {
  readonly level?: LevelId | undefined;
  readonly timeZone?: string | undefined;
  readonly policy: Policy;
  readonly population?: Population | undefined;
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | undefined;
}

/** A schedule check ready to run, or the reason it cannot run. */
type Job =
  | {
      readonly sessions: unknown;
      readonly level: LevelId;
      readonly timeZone: string;
      readonly policy: Policy;
      readonly population: Population;
      readonly readIssues: readonly Issue[];
    }
  | { readonly problem: string };


/** Works out sessions and settings from one input document and the flag defaults. */
function toJob(value: unknown, defaults: ScheduleDefaults): Job {
  let sessions: unknown = value;
  let readIssues: readonly Issue[] = [];
  let own: Record<string, unknown> = {};
  if (isRecord(value) && typeof value['resourceType'] === 'string') {
    ({ sessions, issues: readIssues } = sessionsFromFhir(value));
  } else if (isRecord(value)) {
    own = value;
    sessions = value['sessions'];
    if (isRecord(sessions) && typeof sessions['resourceType'] === 'string') {
      ({ sessions, issues: readIssues } = sessionsFromFhir(sessions));
    }
  }
  const level = own['level'] === undefined ? defaults.level : LevelIdSchema.safeParse(own['level']).data;
  if (level === undefined) return { problem: 'no valid level (give "level" or --level).' };
  const timeZone = typeof own['timeZone'] === 'string' ? own['timeZone'] : defaults.timeZone;
  if (timeZone === undefined) return { problem: 'no time zone (give "timeZone" or --time-zone).' };
  const policy = typeof own['policy'] === 'string' ? getPolicy(own['policy']) : defaults.policy;
  if (policy === undefined) return { problem: `unknown policy; use one of ${knownPolicyIds()}.` };
  const population = own['population'] === undefined ? (defaults.population ?? 'adult') : PopulationSchema.safeParse(own['population']).data;
  if (population === undefined) return { problem: 'population must be adult or adolescent.' };
  return { sessions, level, timeZone, policy, population, readIssues };
}

function run(job: Exclude<Job, { problem: string }>, defaults: ScheduleDefaults): ScheduleValidationResult {
  const result = validateSchedule(job.sessions, {
    level: job.level,
    timeZone: job.timeZone,
    policy: job.policy,
    population: job.population,
    ...(defaults.weekStartsOn === undefined ? {} : { weekStartsOn: defaults.weekStartsOn }),
  });
  if (job.readIssues.length === 0) return result;
  const issues = [...job.readIssues, ...result.issues];
  return { ...result, ok: isOk(issues), issues };
}

function renderText(result: ScheduleValidationResult, job: Exclude<Job, { problem: string }>): string {
  const lines = [
    `Schedule check: ${job.level} (${job.population}) under ${job.policy.id} in ${job.timeZone}: ${result.ok ? 'PASSED' : 'FAILED'}`,
    '',
    ...result.weeks.map(
      (week) =>
        `  week of ${week.weekStart}: ${week.hours} h on ${week.days} day${week.days === 1 ? '' : 's'}, ${week.sessions} session${week.sessions === 1 ? '' : 's'}${week.partial ? ' (partial)' : ''}`,
    ),
    '',
    formatIssues(result.issues),
  ];
  return `${lines.join('\n')}\n`;
}

/** `level-of-care validate-schedule`: returns the exit code. */
export async function validateScheduleCommand(
  file: string | undefined,
  defaults: ScheduleDefaults,
  format: Format,
  ndjson: boolean,
  io: { readonly stdin: Readable; readonly stdout: Writable },
): Promise<number> {
  if (file === undefined) throw new UsageError('validate-schedule needs an input file, or - for standard input.');
  const input = openInput(file, io.stdin);
  if (ndjson) {
    const allOk = await runNdjson(input, io.stdout, (value): LineResult => {
      const job = toJob(value, defaults);
      if ('problem' in job) return { ok: false, issues: [invalidInput(job.problem, { path: [] })] };
      return { ...run(job, defaults) };
    });
    return allOk ? 0 : 1;
  }
  const name = file === '-' ? 'standard input' : file;
  const job = toJob(parseJson(await readText(input, name), name), defaults);
  if ('problem' in job) throw new UsageError(`${name}: ${job.problem}`);
  const result = run(job, defaults);
  const out =
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'fhir'
        ? `${JSON.stringify(toOperationOutcome(result.issues), null, 2)}\n`
        : renderText(result, job);
  io.stdout.write(out);
  return result.ok ? 0 : 1;
}
