// Validates the sessions in a FHIR R4 Bundle (Appointments and Encounters) against a level of care
// and prints the result as an OperationOutcome. Run it with `npm run example:fhir-bundle`, or:
//   npx tsx examples/fhir-bundle/index.ts examples/fhir-bundle/bundle.json --level iop --time-zone America/New_York
// Exit code: 0 the schedule meets the level, 1 it does not, 2 usage error or unreadable input (an
// unknown level, time zone or policy given as a flag is usage); 141 when the reader closes the pipe.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getPolicy, LEVEL_IDS, LevelIdSchema } from 'level-of-care';
import { validateFhirSchedule } from 'level-of-care/fhir';
import { isTimeZone, policyIds } from '../_shared/settings.js';

const USAGE = `Usage: tsx examples/fhir-bundle/index.ts <bundle.json> --level <id> --time-zone <IANA zone>
         [--policy ${policyIds('|')}] [--population adult|adolescent]

Reads the Appointment and Encounter resources of a FHIR R4 Bundle, checks them against the level of
care and prints an OperationOutcome. Levels: ${LEVEL_IDS.join(', ')}.
Exit code: 0 valid, 1 invalid, 2 usage error or unreadable input.`;

class UsageError extends Error {}

/** The largest bundle read: a bundle is parsed whole, so a bigger one is refused before it is read. */
export const MAX_BUNDLE_BYTES: number = 64 * 1024 * 1024;


/** Where {@link main} writes: standard output gets the OperationOutcome, standard error the messages. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

async function run(args: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      level: { type: 'string' },
      'time-zone': { type: 'string' },
      policy: { type: 'string', default: 'general' },
      population: { type: 'string', default: 'adult' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    out.stdout(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('give exactly one bundle file.');
  const level = LevelIdSchema.safeParse(values.level).data;
  if (level === undefined) throw new UsageError(`--level must be one of ${LEVEL_IDS.join(', ')}.`);
  const timeZone = values['time-zone'];
  if (timeZone === undefined || !isTimeZone(timeZone)) throw new UsageError('--time-zone must be an IANA time zone such as America/New_York.');
  const policy = getPolicy(values.policy);
  if (policy === undefined) throw new UsageError(`unknown --policy ${JSON.stringify(values.policy)}.`);
  const population = values.population;
  if (population !== 'adult' && population !== 'adolescent') throw new UsageError('--population must be adult or adolescent.');

  let text: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_BUNDLE_BYTES) throw new UsageError(`${file} is larger than ${MAX_BUNDLE_BYTES} bytes.`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new UsageError(`cannot read ${file}${code}.`);
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON.`);
  }

  // Resources that are not sessions (a Patient, say) are skipped with a warning; the warnings stay
  // in the outcome, before the schedule's own issues, but do not make it invalid. Every expression
  // in the outcome points into the bundle: at the resource a session was read from.
  const result = validateFhirSchedule(bundle, { level, timeZone, policy, population });
  out.stdout(`${JSON.stringify(result.outcome, null, 2)}\n`);
  return result.ok ? 0 : 1;
}

const defaultOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs the command with the arguments after the script name and returns the exit code: 0 the
 * schedule meets the level, 1 it does not, 2 usage error or unreadable input (a message and the
 * usage on standard error, never a stack trace).
 *
 * @param args - The command-line arguments, e.g. `['bundle.json', '--level', 'iop', '--time-zone', 'America/New_York']`.
 * @param out - Where to write; defaults to the process's standard output and error.
 * @returns The exit code.
 */
export async function main(args: readonly string[], out: Output = defaultOutput): Promise<number> {
  try {
    return await run(args, out);
  } catch (error) {
    // parseArgs reports unknown or malformed flags with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const isParseError = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof UsageError) && !isParseError) throw error;
    out.stderr(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly with the code a program
  // stopped by SIGPIPE has (128 + 13), as the level-of-care command does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
