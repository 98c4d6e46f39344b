import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, main } from '../../examples/fhir-bundle/index.js';

// The example imports the built package by name. Three runs go through a separate Node process with
// tsx's loader, exactly as a user runs it (one per exit code); the other cases call its `main` in
// this process, which is the same code without the second or so each process takes to start.

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'examples/fhir-bundle/index.ts');
const shippedBundle = join(root, 'examples/fhir-bundle/bundle.json');
const scratch = mkdtempSync(join(tmpdir(), 'level-of-care-fhir-bundle-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function spawnRun(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const NEW_YORK = ['--time-zone', 'America/New_York'];

interface OutcomeIssue {
  severity: string;
  details?: { coding?: { code: string }[] };
  expression?: string[];
}

const codesOf = (stdout: string): [string, string | undefined, string | undefined][] =>
  (JSON.parse(stdout) as { issue: OutcomeIssue[] }).issue.map((issue) => [issue.severity, issue.details?.coding?.[0]?.code, issue.expression?.[0]]);

describe.concurrent('examples/fhir-bundle as a child process', () => {
  it('passes the shipped IOP week (Mon 3 h + 1 h, Wed 3 h, Fri 3 h = 10 h on 3 days; Thu cancelled) and warns about the Patient, exit code 0', async () => {
    const result = await spawnRun(shippedBundle, '--level', 'iop', ...NEW_YORK);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).resourceType).toBe('OperationOutcome');
    expect(codesOf(result.stdout)).toEqual([['warning', 'fhir_resource_skipped', 'Bundle.entry[0].resource']]);
  });

  it('fails the same week for PHP: 10 h < 20 h and 3 < 5 days, exit code 1', async () => {
    const result = await spawnRun(shippedBundle, '--level', 'php', ...NEW_YORK);
    expect(result.code).toBe(1);
    expect(codesOf(result.stdout)).toEqual([
      ['warning', 'fhir_resource_skipped', 'Bundle.entry[0].resource'],
      // A week is no element of the bundle: its issues name it in their text and have no expression.
      ['error', 'week_hours_below_minimum', undefined],
      ['error', 'week_days_below_minimum', undefined],
    ]);
  });

  it('exits 2 with the usage on stderr and nothing on stdout when no file is given', async () => {
    const result = await spawnRun('--level', 'iop', ...NEW_YORK);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: give exactly one bundle file\.\n\nUsage: /);
  });
});

describe('examples/fhir-bundle main', () => {
  it('refuses a bundle over 64 MiB (67 108 864 bytes) before reading it, exit code 2', async () => {
    const file = join(scratch, 'huge.json');
    writeFileSync(file, '');
    // A sparse file: one byte over the limit without writing 64 MiB.
    truncateSync(file, MAX_BUNDLE_BYTES + 1);
    const result = await run(file, '--level', 'iop', ...NEW_YORK);
    expect(MAX_BUNDLE_BYTES).toBe(64 * 1024 * 1024);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`is larger than ${MAX_BUNDLE_BYTES} bytes`);
  });

  it('passes the shipped bundle with the adolescent population too (10 h ≥ 6 h)', async () => {
    const result = await run(shippedBundle, '--level', 'iop', ...NEW_YORK, '--population', 'adolescent');
    expect(result.code).toBe(0);
  });

  it('fails an IOP week of 2 days × 3 h = 6 h on both weekly minimums, exit code 1', async () => {
    const bundle = JSON.parse(readFileSync(shippedBundle, 'utf8')) as { entry: { resource: { id: string } }[] };
    // Keep Mon and Wed appointments only: drop the Patient, the Encounter and the Thu/Fri appointments.
    bundle.entry = bundle.entry.filter((entry) => entry.resource.id === 'apt-1' || entry.resource.id === 'apt-2');
    const file = join(scratch, 'two-days.json');
    writeFileSync(file, JSON.stringify(bundle));
    const result = await run(file, '--level', 'iop', ...NEW_YORK);
    expect(result.code).toBe(1);
    expect(codesOf(result.stdout)).toEqual([
      ['error', 'week_hours_below_minimum', undefined],
      ['error', 'week_days_below_minimum', undefined],
    ]);
  });

  it('reports JSON that is not a Bundle as invalid_input without an expression (an array has no FHIR root), exit code 1', async () => {
    const file = join(scratch, 'not-a-bundle.json');
    writeFileSync(file, '[1, 2]');
    const result = await run(file, '--level', 'iop', ...NEW_YORK);
    expect(result.code).toBe(1);
    expect(codesOf(result.stdout)[0]).toEqual(['error', 'invalid_input', undefined]);
  });

  it.each([
    ['no arguments', []],
    ['no --level', [shippedBundle, ...NEW_YORK]],
    ['an unknown level', [shippedBundle, '--level', 'spa', ...NEW_YORK]],
    ['no --time-zone', [shippedBundle, '--level', 'iop']],
    ['an unknown time zone', [shippedBundle, '--level', 'iop', '--time-zone', 'Mars/Olympus_Mons']],
    ['an unknown policy', [shippedBundle, '--level', 'iop', ...NEW_YORK, '--policy', 'medicaid-1999']],
    ['an unknown flag', [shippedBundle, '--level', 'iop', ...NEW_YORK, '--verbose']],
    ['two files', [shippedBundle, shippedBundle, '--level', 'iop', ...NEW_YORK]],
    ['a missing file', [join(root, 'examples/fhir-bundle/missing.json'), '--level', 'iop', ...NEW_YORK]],
  ])('exits 2 with a message and the usage on stderr for %s', async (_name, args) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .+\n\nUsage: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a file that is not JSON', async () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{"resourceType": "Bundle",');
    const result = await run(file, '--level', 'iop', ...NEW_YORK);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not valid JSON/);
  });

  it('prints the usage and exits 0 with --help', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
  });
});
