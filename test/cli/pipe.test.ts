// A reader that stops early (`level-of-care … | head -1`) closes the pipe under the command. The
// built command (dist/cli.js, brought up to date by the suite's global setup) and the FHIR example
// must then stop quietly — no "write EPIPE", no stack trace — with the exit code of a program
// stopped by SIGPIPE (128 + 13 = 141), with and without --ndjson.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'level-of-care-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 4 000 weeks of one 3-hour group on the Monday, so the output is far larger than a pipe's buffer. */
const weeks = Array.from({ length: 4000 }, (_, i) => {
  const monday = new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);
  return { id: `w${i}`, start: `${monday}T09:00:00Z`, end: `${monday}T12:00:00Z`, service: 'group' };
});
const batch = join(dir, 'weeks.ndjson');
writeFileSync(batch, weeks.map((session) => JSON.stringify({ id: session.id, sessions: [session] })).join('\n'));
const document = join(dir, 'weeks.json');
writeFileSync(document, JSON.stringify(weeks));

/** Runs a command, reads its first line of output, then closes the pipe as `head -1` does. */
function firstLineThenClose(args: readonly string[]): Promise<{ code: number | null; firstLine: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, firstLine: out.split('\n')[0] ?? '', stderr }));
  });
}

const CLI = join(root, 'dist', 'cli.js');

describe('a closed output pipe', () => {
  it('ends validate-schedule --ndjson quietly with exit code 141', async () => {
    const { code, firstLine, stderr } = await firstLineThenClose([CLI, 'validate-schedule', batch, '--ndjson', '--level', 'iop', '--time-zone', 'UTC']);
    expect(JSON.parse(firstLine)).toMatchObject({ line: 1, id: 'w0', ok: false });
    expect(stderr).toBe('');
    expect(code).toBe(141);
  });

  it('ends validate-schedule quietly with exit code 141 without --ndjson', async () => {
    const { code, firstLine, stderr } = await firstLineThenClose([CLI, 'validate-schedule', document, '--level', 'iop', '--time-zone', 'UTC']);
    expect(firstLine).toBe('Schedule check: iop (adult) under general in UTC: FAILED');
    expect(stderr).toBe('');
    expect(code).toBe(141);
  });

  it('ends the FHIR example quietly with exit code 141', async () => {
    const entry = weeks.map((session, i) => ({ resource: { resourceType: 'Appointment', id: `a${i}`, status: 'booked', start: session.start, end: session.end } }));
    const bundle = join(dir, 'bundle.json');
    writeFileSync(bundle, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }));
    const script = join(root, 'examples', 'fhir-bundle', 'index.ts');
    const { code, firstLine, stderr } = await firstLineThenClose(['--import', 'tsx', script, bundle, '--level', 'iop', '--time-zone', 'UTC']);
    expect(firstLine).toBe('{');
    expect(stderr).toBe('');
    expect(code).toBe(141);
  });
});
