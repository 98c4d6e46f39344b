import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { validateScheduleCommand } from './commands/validateSchedule.js';
import { planCommand } from './commands/plan.js';
import { recommendCommand } from './commands/recommend.js';
import { UsageError } from './errors.js';
import { readDate, readFormat, readLevel, readLevels, readPolicy, readPopulation, readTimeZone } from './options.js';
import { USAGE } from './usage.js';
import { packageVersion } from './version.js';

/** The streams the CLI talks to; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const OPTIONS = {
  level: { type: 'string' },
  'time-zone': { type: 'string' },
  policy: { type: 'string' },
  population: { type: 'string' },
  'week-starts-on': { type: 'string' },
  available: { type: 'string' },
  start: { type: 'string' },
  date: { type: 'string' },
  through: { type: 'string' },
  format: { type: 'string' },
  ndjson: { type: 'boolean' },
  trace: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Flag = Exclude<keyof typeof OPTIONS, 'help' | 'version'>;

/** The flags each command takes; any other is a usage error naming the flag and the command. */
const COMMAND_FLAGS = {
  'validate-schedule': ['level', 'time-zone', 'policy', 'population', 'week-starts-on', 'format', 'ndjson'],
  recommend: ['available', 'policy', 'trace', 'format', 'ndjson'],
  plan: ['start', 'date', 'through', 'available', 'policy', 'format'],
} as const satisfies Record<string, readonly Flag[]>;

type Command = keyof typeof COMMAND_FLAGS;

/** Refuses an unknown command, and a flag its command does not take. */
function checkFlags(command: string, given: readonly string[]): asserts command is Command {
  if (!Object.hasOwn(COMMAND_FLAGS, command)) throw new UsageError(`unknown command "${command}"; run level-of-care --help.`);
  const allowed: readonly string[] = COMMAND_FLAGS[command as Command];
  const stray = given.find((flag) => !allowed.includes(flag));
  if (stray !== undefined) {
    throw new UsageError(`--${stray} does not apply to ${command}, which takes ${allowed.map((flag) => `--${flag}`).join(', ')}.`);
  }
}

function readWeekStart(value: string | undefined): 0 | 1 | 2 | 3 | 4 | 5 | 6 | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-6]$/.test(value)) throw new UsageError(`--week-starts-on must be a digit from 0 (Sunday) to 6, not "${value}".`);
  return Number(value) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help === true || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version === true) {
    io.stdout.write(`level-of-care ${packageVersion()}\n`);
    return 0;
  }
  if (command === undefined) {
    // Asked for nothing: the usage goes where errors go, so a pipeline does not read it as output.
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  checkFlags(command, Object.keys(values));
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  const format = readFormat(values.format);
  const policy = readPolicy(values.policy);
  const ndjson = values.ndjson === true;
  switch (command) {
    case 'validate-schedule':
      return validateScheduleCommand(
        file,
        {
          level: readLevel(values.level, '--level'),
          timeZone: readTimeZone(values['time-zone']),
          policy,
          population: readPopulation(values.population),
          weekStartsOn: readWeekStart(values['week-starts-on']),
        },
        format,
        ndjson,
        io,
      );
    case 'recommend':
      return recommendCommand(
        file,
        { policy, availableLevels: readLevels(values.available, '--available'), trace: values.trace === true },
        format,
        ndjson,
        io,
      );
    case 'plan':
      if (file !== undefined) throw new UsageError(`plan takes no file, got "${file}".`);
      return planCommand(
        {
          start: readLevel(values.start, '--start'),
          date: readDate(values.date, '--date'),
          through: readLevel(values.through, '--through'),
          availableLevels: readLevels(values.available, '--available'),
          policy,
        },
        format,
        io,
      );
  }
}

/**
 * Runs the command line with the given arguments and streams, and returns the exit code: 0 valid,
 * 1 invalid data, 2 usage error or unreadable input. Errors are one line on stderr, never a stack
 * trace. (A closed standard output is handled by the executable, `bin.ts`.)
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    io.stderr.write(`level-of-care: ${message.replaceAll('\n', ' ')}\n`);
    return 2;
  }
}
