// Builds dist/ only when it is missing or older than what it is built from, and quietly: the demo,
// the examples, the documentation build and the test suites that run the built package call it
// first, so they never run against a stale dist/ and never wait for (or print) a build that changes
// nothing. The build log is printed only when the build fails.
//
//   tsx scripts/build-if-stale.ts     exits 0 when dist/ is up to date or was built, 1 when the build fails
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What dist/ is built from: the sources, and every file that changes how they are built. */
const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

interface PackageJson {
  readonly exports: Record<string, unknown>;
  readonly bin: Record<string, string>;
}

/** Every file path a value of the `exports` map names (conditions nest). */
function exportedFiles(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(exportedFiles);
}

/** The built files the package publishes: every file of its `exports` map and its `bin`. */
export function builtFiles(dir: string = root): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  const files = [...exportedFiles(pkg.exports), ...Object.values(pkg.bin)].filter((file) => file.startsWith('./dist/'));
  return [...new Set(files)].map((file) => resolve(dir, file));
}

function newestMtime(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    newest = Math.max(newest, statSync(join(path, entry)).mtimeMs);
  }
  return newest;
}

/** Why dist/ must be built, or `undefined` when every built file is newer than every input. */
export function staleReason(dir: string = root): string | undefined {
  const outputs = builtFiles(dir);
  const missing = outputs.find((file) => !existsSync(file));
  if (missing !== undefined) return `${missing} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = INPUTS.find((input) => newestMtime(join(dir, input)) > oldestOutput);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}

/**
 * Runs `npm run build` when dist/ is stale, with its output held back unless it fails.
 *
 * @returns Whether it built.
 */
export function buildIfStale(dir: string = root): boolean {
  if (staleReason(dir) === undefined) return false;
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) {
    throw new Error(`npm run build failed (exit code ${build.status ?? build.signal}):\n${build.stdout}${build.stderr}`);
  }
  return true;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildIfStale();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
