import type { Readable, Writable } from 'node:stream';
import { toOperationOutcome } from '../../fhir/toOperationOutcome.js';
import type { FhirOperationOutcome } from '../../fhir/types.js';
import { validateFhirSchedule } from '../../fhir/validateFhirSchedule.js';
import { formatIssues } from '../../issues/formatIssues.js';
import { invalidInput } from '../../issues/invalidInput.js';
import type { Issue } from '../../issues/types.js';
import { LevelIdSchema, PopulationSchema } from '../../levels/schema.js';
import type { LevelId, Population } from '../../levels/types.js';
import { getPolicy } from '../../policies/policies.js';
import type { Policy } from '../../policies/types.js';
import { validateSchedule } from '../../schedule/validateSchedule.js';
import type { ScheduleValidationResult } from '../../schedule/types.js';
import { UsageError } from '../errors.js';
import { batchExitCode, runNdjson, type LineResult } from '../ndjson.js';
import { knownPolicyIds, type Format } from '../options.js';
import { openInput, parseJson, readText } from '../readInput.js';
import { describeReceived } from '../../_lib/describeReceived.js';
import { isRecord } from '../../_lib/isRecord.js';

/** Defaults for a schedule check, from the flags. */
export interface ScheduleDefaults {
  readonly level?: LevelId | undefined;
  readonly timeZone?: string | undefined;
  readonly policy: Policy;
  readonly population?: Population | undefined;
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | undefined;
}

/** A schedule check ready to run. */
interface Job {
  readonly sessions: unknown;
  /** Whether the sessions are FHIR R4 resources (a resource, a Bundle) to read first. */
  readonly fhir: boolean;
  readonly level: LevelId;
  readonly timeZone: string;
  readonly policy: Policy;
  readonly population: Population;
}

/** A finished check: the result, and the OperationOutcome for the input when it was FHIR. */
interface Checked {
  readonly result: ScheduleValidationResult;
  readonly outcome?: FhirOperationOutcome;
}

/**
 * Why a document cannot be checked: a setting given neither in it nor by a flag (a usage error for a
 * whole document), or a setting in it that is not valid (invalid data, with its path).
 */
type Problem = { readonly missing: string } | { readonly invalid: Issue };

const invalidSetting = (key: string, detail: string): Problem => ({ invalid: invalidInput(`${key}: ${detail}`, { path: [key] }) });

/** A FHIR resource or Bundle: an object with a `resourceType`. */
const isResource = (value: unknown): boolean => isRecord(value) && typeof value['resourceType'] === 'string';

/** Works out sessions and settings from one input document and the flag defaults. */
function toJob(value: unknown, defaults: ScheduleDefaults): Job | Problem {
  // A resource or an array is the sessions themselves; any other object holds them in `sessions`, beside its settings.
  const wrapper = isRecord(value) && !isResource(value) ? value : undefined;
  const own: Record<string, unknown> = wrapper ?? {};
  const sessions: unknown = wrapper === undefined ? value : wrapper['sessions'];
  const fhir = isResource(sessions);
  const ownLevel = own['level'];
  const level = ownLevel === undefined ? defaults.level : LevelIdSchema.safeParse(ownLevel).data;
  if (ownLevel !== undefined && level === undefined) {
    return invalidSetting('level', `expected one of ${LevelIdSchema.options.join(', ')}, received ${describeReceived(ownLevel)}.`);
  }
  if (level === undefined) return { missing: 'no level (give "level" or --level).' };
  const ownTimeZone = own['timeZone'];
  if (ownTimeZone !== undefined && typeof ownTimeZone !== 'string') return invalidSetting('timeZone', 'expected an IANA time zone name such as "America/New_York".');
  const timeZone = ownTimeZone ?? defaults.timeZone;
  if (timeZone === undefined) return { missing: 'no time zone (give "timeZone" or --time-zone).' };
  const ownPolicy = own['policy'];
  const policy = ownPolicy === undefined ? defaults.policy : typeof ownPolicy === 'string' ? getPolicy(ownPolicy) : undefined;
  if (policy === undefined) return invalidSetting('policy', `unknown policy ${describeReceived(ownPolicy)}; use one of ${knownPolicyIds()}.`);
  const ownPopulation = own['population'];
  const population = ownPopulation === undefined ? (defaults.population ?? 'adult') : PopulationSchema.safeParse(ownPopulation).data;
  if (population === undefined) return invalidSetting('population', `population must be adult or adolescent, received ${describeReceived(ownPopulation)}.`);
  return { sessions, fhir, level, timeZone, policy, population };
}

/** Runs a job; FHIR input is read and checked by `validateFhirSchedule`, whose outcome points inside it. */
function run(job: Job, defaults: ScheduleDefaults): Checked {
  const options = {
    level: job.level,
    timeZone: job.timeZone,
    policy: job.policy,
    population: job.population,
    ...(defaults.weekStartsOn === undefined ? {} : { weekStartsOn: defaults.weekStartsOn }),
  };
  if (!job.fhir) return { result: validateSchedule(job.sessions, options) };
  const { ok, issues, weeks, outcome } = validateFhirSchedule(job.sessions, options);
  return { result: { ok, issues, weeks }, outcome };
}

function renderText(result: ScheduleValidationResult, job: Job | undefined): string {
  const settings = job === undefined ? ':' : `: ${job.level} (${job.population}) under ${job.policy.id} in ${job.timeZone}:`;
  const lines = [
    `Schedule check${settings} ${result.ok ? 'PASSED' : 'FAILED'}`,
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
  io: { readonly stdin: Readable; readonly stdout: Writable; readonly stderr: Writable },
): Promise<number> {
  if (file === undefined) throw new UsageError('validate-schedule needs an input file, or - for standard input.');
  const input = openInput(file, io.stdin);
  const name = file === '-' ? 'standard input' : file;
  if (ndjson) {
    const summary = await runNdjson(input, name, io.stdout, (value): LineResult => {
      const job = toJob(value, defaults);
      if ('missing' in job) return { ok: false, issues: [invalidInput(job.missing, { path: [] })] };
      if ('invalid' in job) return { ok: false, issues: [job.invalid] };
      return { ...run(job, defaults).result };
    });
    return batchExitCode(summary, io.stderr);
  }
  const job = toJob(parseJson(await readText(input, name), name), defaults);
  if ('missing' in job) throw new UsageError(`${name}: ${job.missing}`);
  const { result, outcome }: Checked = 'invalid' in job ? { result: { ok: false, issues: [job.invalid], weeks: [] } } : run(job, defaults);
  const out =
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'fhir'
        ? `${JSON.stringify(outcome ?? toOperationOutcome(result.issues), null, 2)}\n`
        : renderText(result, 'invalid' in job ? undefined : job);
  io.stdout.write(out);
  return result.ok ? 0 : 1;
}
