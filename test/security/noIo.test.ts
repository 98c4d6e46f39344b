// SECURITY.md promises no I/O, no logging of the data given, no clock and no code generation from
// strings in the library (everything outside src/cli, the command-line tool). This scan keeps it so:
// a console.log of an assessment, a read of process.env or a `new Function` would fail here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('cli'))
  .map((file) => join(src, file));

// Comments may mention these words; only code counts.
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const FORBIDDEN: readonly [string, RegExp][] = [
  ['logging', /\bconsole\./],
  ['process access (environment, streams, exit)', /\bprocess\./],
  ['Node built-in modules (files, network, child processes)', /from ['"]node:/],
  ['fetch', /\bfetch\(/],
  ['the clock', /\bDate\.now\(|new Date\(\)|performance\.now\(/],
  ['randomness', /Math\.random\(/],
  ['code generation from strings', /\beval\(|new Function\(/],
];

describe('the library (src/ without the CLI)', () => {
  it('has source files to scan', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)('uses no %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
