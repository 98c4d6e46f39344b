import { readFileSync } from 'node:fs';

/**
 * The version in the package's own `package.json`, found by walking up from this module (which is
 * `dist/cli.js` once built and `src/cli/version.ts` in the repository); `unknown` when no folder up
 * to the root holds it.
 */
export function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; ) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'level-of-care' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No package.json here, or not one we can read: look one folder up.
    }
    // The root is its own parent, on a POSIX `/` and on a Windows drive root `file:///C:/` alike.
    const parent = new URL('..', dir);
    if (parent.href === dir.href) return 'unknown';
    dir = parent;
  }
}
