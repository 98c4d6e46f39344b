import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/runCli.js';
import type { Assessment } from '../../src/index.js';
import { known } from '../eligibility/helpers.js';

/**
 * Runs the command line in-process with the given arguments and standard input: a string, or the
 * chunks a stream would hand over (strings or bytes, split anywhere).
 */
export async function cli(
  args: string[],
  stdin: string | Iterable<string | Buffer> | AsyncIterable<string | Buffer> = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const code = await runCli(args, { stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin), stdout, stderr });
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

/** Mon 2, Wed 4, Fri 6 March 2026, 09:00–12:00 in New York (UTC−5): 3 days × 3 h = 9 h. */
export const iopWeek: { start: string; end: string; service: string }[] = ['02', '04', '06'].map((day) => ({
  start: `2026-03-${day}T09:00:00-05:00`,
  end: `2026-03-${day}T12:00:00-05:00`,
  service: 'group',
}));

/** Every required answer known: a relapse and a readiness rating of 2 call for intensive outpatient. */
export const iopAssessment: Assessment = known({ psychiatric: 1, readiness: 2, relapse: 2, environment: 1 }, { canAttendDaysPerWeek: 4 });
