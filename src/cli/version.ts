import { readFileSync } from 'node:fs';

/**
 * The version in the package's own `package.json`, found by walking up from this module (which is
 * `dist/cli.js` once built and `src/cli/version.ts` in the repository).
 */
export function packageVersion(from: string = import.meta.url): string {
  for (let dir = new URL('.', from); ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'level-of-care' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No package.json here, or not one we can read: look one folder up.
    }
    if (dir.pathname === '/') return 'unknown';
  }
}
