import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Library from '../../dist/index.js';

/**
 * The built package under test: `dist/` of this checkout, or another build's directory given in
 * `BENCH_DIST` (to compare before and after a change with the same harness and inputs).
 */
export const distDir: string = process.env['BENCH_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
export const lib: typeof Library = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof Library;
export const cliPath: string = join(distDir, 'cli.js');
