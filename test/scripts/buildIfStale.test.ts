// The demo, the examples, the docs build and the suites that run the built package build dist/
// only when it is missing or older than what it is built from, so a second run starts at once and a
// change to the sources is never run stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIfStale, builtFiles, staleReason } from '../../scripts/build-if-stale.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';

const write = (file: string, content: string, seconds: number): void => {
  const path = join(dir, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  utimesSync(path, seconds, seconds);
};

/** A package built at second 2000 from inputs last changed at second 1000. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'level-of-care-build-'));
  const pkg = {
    exports: { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } }, './package.json': './package.json' },
    bin: { tool: './dist/cli.js' },
  };
  write('package.json', JSON.stringify(pkg), 1000);
  for (const file of ['src/index.ts', 'src/deep/part.ts', 'tsup.config.ts', 'tsconfig.json', 'package-lock.json']) write(file, '', 1000);
  for (const file of ['dist/index.d.ts', 'dist/index.js', 'dist/cli.js']) write(file, '', 2000);
  // A folder's time changes when a file is added to it or removed, which also calls for a build.
  for (const folder of ['src', 'src/deep']) utimesSync(join(dir, folder), 1000, 1000);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('build-if-stale', () => {
  it('names the built files from the exports map and the bin, not package.json itself', () => {
    expect(builtFiles(dir).map((file) => file.slice(dir.length + 1)).sort()).toEqual(['dist/cli.js', 'dist/index.d.ts', 'dist/index.js']);
  });

  it('finds a dist/ built after every input fresh', () => {
    expect(staleReason(dir)).toBeUndefined();
  });

  it('rebuilds when a built file is missing', () => {
    rmSync(join(dir, 'dist/cli.js'));
    expect(staleReason(dir)).toBe(`${join(dir, 'dist/cli.js')} is missing`);
  });

  it('rebuilds when a source file in a subfolder changed after the build', () => {
    write('src/deep/part.ts', 'export {};', 3000);
    expect(staleReason(dir)).toBe('src changed since the last build');
  });

  it('rebuilds when the build configuration changed after the build', () => {
    write('tsup.config.ts', '', 3000);
    expect(staleReason(dir)).toBe('tsup.config.ts changed since the last build');
  });

  it('rebuilds when a source file was deleted after the build', () => {
    rmSync(join(dir, 'src/deep/part.ts'));
    expect(staleReason(dir)).toBe('src changed since the last build');
  });

  it('compares with the oldest built file, so a build cut short is not taken for a whole one', () => {
    write('dist/index.js', '', 500);
    expect(staleReason(dir)).toBe('src changed since the last build');
  });

  it('runs the build of a stale package without letting its log through, and then finds it fresh', () => {
    const build = "console.log('a page of build log'); for (const f of ['index.d.ts', 'index.js', 'cli.js']) require('fs').writeFileSync('dist/' + f, '')";
    write('package.json', JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), scripts: { build: `node -e "${build}"` } }), 1000);
    rmSync(join(dir, 'dist/cli.js'));
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    try {
      expect(buildIfStale(dir)).toBe(true);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).not.toContain('build log');
    expect(staleReason(dir)).toBeUndefined();
    expect(buildIfStale(dir)).toBe(false);
  });

  it('shows the build log when the build fails', () => {
    write('package.json', JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), scripts: { build: `node -e "console.error('error TS2322: broken'); process.exit(2)"` } }), 1000);
    write('src/index.ts', 'broken', 3000);
    expect(() => buildIfStale(dir)).toThrow(/npm run build failed \(exit code 2\):\n[\s\S]*error TS2322: broken/);
  });

  it('prints nothing and exits 0 on this checkout, whose dist/ the test setup has just brought up to date', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-if-stale.ts'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
    expect(staleReason()).toBeUndefined();
  });
});
