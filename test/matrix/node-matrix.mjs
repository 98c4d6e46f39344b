// The packed package on Node 20, 22 and 24: packs dist/ (build first), installs the tarball into a
// throw-away consumer once, then for each Node runs the ESM and CJS smoke tests, the installed CLI and
// the documentation examples (test/docs, which resolve `level-of-care` to the built package). Node 20
// is the Node running this script; 22 and 24 are the registry's `node@22` and `node@24` packages,
// fetched once into the npm cache by `npx`. `NODE_MATRIX=20,24` picks versions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const versions = (process.env['NODE_MATRIX'] ?? '20,22,24').split(',').map((v) => v.trim());

const run = (command, args, cwd, env = process.env) =>
  execFileSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** The node binary for a major version: this one if it matches, else the registry's node@<major>. */
function nodeBinary(major) {
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  return run('npx', ['-y', `node@${major}`, '-p', 'process.execPath'], root).trim();
}

const work = mkdtempSync(join(tmpdir(), 'level-of-care-matrix-'));
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  const consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], consumer);
  for (const example of ['esm.mjs', 'cjs.cjs']) {
    writeFileSync(join(consumer, example), readFileSync(join(root, 'test', 'package', 'consumer', example)));
  }

  for (const major of versions) {
    const node = nodeBinary(major);
    const version = run(node, ['--version'], root).trim();
    const started = Date.now();
    run(node, ['esm.mjs'], consumer);
    run(node, ['cjs.cjs'], consumer);
    const cli = join(consumer, 'node_modules', 'level-of-care', 'dist', 'cli.js');
    const plan = JSON.parse(run(node, [cli, 'plan', '--start', 'detox', '--date', '2026-03-01', '--format', 'json'], consumer));
    if (plan.phases?.[0]?.level !== 'detox' || plan.phases[0].start !== '2026-03-01') throw new Error(`CLI plan on ${version}: unexpected output`);
    // The doc examples, run by vitest under this Node against the built package.
    run(node, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'test/vitest.config.ts', '--typecheck.enabled=false', 'test/docs'], root);
    console.log(`node-matrix: ${version}: ESM, CJS, installed CLI and doc examples pass (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
