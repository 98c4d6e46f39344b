// Checks the package as npm would publish it: packs the tarball, lints it with publint and
// @arethetypeswrong/cli (every resolution, none ignored: node10, node16 from CommonJS and from ESM,
// and bundler), installs it into a throw-away consumer and imports it from ESM and CJS, and
// type-checks consumers against the shipped declarations under `moduleResolution` node16, node10
// (which reads `typesVersions` instead of the `exports` map) and bundler.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd = root) => {
  process.stdout.write(`$ ${[command, ...args].join(' ')}\n`);
  try {
    return execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  } catch (error) {
    process.stdout.write(String(error.stdout ?? ''));
    process.stderr.write(`package check failed: ${command} exited with ${error.status}\n`);
    process.exit(1);
  }
};

const work = mkdtempSync(join(tmpdir(), 'level-of-care-package-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, filename);

  process.stdout.write(run(bin('publint'), ['run', tarball, '--strict']));
  process.stdout.write(run(bin('attw'), [tarball, '--no-color', '--format', 'table-flipped']));

  const consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], consumer);
  const typeChecks = ['tsconfig.json', 'tsconfig.node10.json', 'tsconfig.bundler.json'];
  for (const example of ['esm.mjs', 'cjs.cjs', 'types-esm.mts', 'types-cjs.cts', 'types-subpaths.ts', ...typeChecks]) {
    writeFileSync(join(consumer, example), readFileSync(join(root, 'test', 'package', 'consumer', example)));
  }
  process.stdout.write(run(process.execPath, ['esm.mjs'], consumer));
  process.stdout.write(run(process.execPath, ['cjs.cjs'], consumer));
  for (const project of typeChecks) process.stdout.write(run(bin('tsc'), ['-p', project], consumer));

  const installedCli = join(consumer, 'node_modules', '.bin', 'level-of-care');
  const plan = JSON.parse(run(installedCli, ['plan', '--start', 'detox', '--date', '2026-03-01', '--format', 'json'], consumer));
  const levels = plan.phases.map((phase) => phase.level).join(' → ');
  if (levels !== 'detox → php → iop → op → aftercare') {
    process.stderr.write(`package check failed: the installed CLI planned ${levels}\n`);
    process.exit(1);
  }
  process.stdout.write(`installed CLI ok: ${levels}\n`);
  process.stdout.write('package checks passed\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
