/**
 * Builds the schedule checker page of the documentation site.
 *
 * Two browser ES modules are written next to the page: `level-of-care.browser.js`, the library with
 * its dependencies (zod, @date-fns/tz) in one file that any page can import, and
 * `checker.js`, the page's own code, which imports the library from that file instead of carrying a
 * second copy. The library comes from the built package (`dist/index.js`) when it exists, because
 * that is what users install; without `dist/` it is bundled from `src/index.ts`.
 *
 * Run as the last step of `npm run docs` (after typedoc has emptied `docs-site/`):
 * `tsx docs/checker/build.ts [outDir]`, `outDir` defaulting to `docs-site/checker`. The site's
 * navigation link to it is made relative to each page by `docs/plugins/relative-navigation-links.js`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/** File name of the standalone browser bundle of the library. */
export const LIBRARY_BUNDLE: string = 'level-of-care.browser.js';

/** Which copy of the library the bundles are made from. */
export type LibrarySource = 'dist' | 'src';

/** Options of {@link buildChecker}. */
export interface BuildCheckerOptions {
  /** `'dist'` (the built package) or `'src'`; defaults to `'dist'` when `dist/index.js` exists. */
  readonly library?: LibrarySource;
}

/** What {@link buildChecker} wrote. */
export interface BuildCheckerResult {
  /** The absolute output directory. */
  readonly outDir: string;
  /** The library entry the bundles were made from. */
  readonly libraryEntry: string;
  /** The files written, relative to `outDir`. */
  readonly files: readonly string[];
}

// The checker imports the library by its package name; in the page it is a sibling file.
const libraryAsSibling: Plugin = {
  name: 'level-of-care-sibling',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^level-of-care$/ }, () => ({ path: `./${LIBRARY_BUNDLE}`, external: true }));
  },
};

/**
 * Bundles the checker page and the library's browser ESM bundle into `outDir`.
 *
 * @param outDir - Where to write `index.html`, `checker.css`, `checker.js` and `level-of-care.browser.js`.
 * @param options - Which copy of the library to bundle.
 * @returns The output directory, the library entry used and the files written.
 */
export async function buildChecker(outDir: string, options: BuildCheckerOptions = {}): Promise<BuildCheckerResult> {
  const distEntry = path.join(root, 'dist', 'index.js');
  const library = options.library ?? (existsSync(distEntry) ? 'dist' : 'src');
  const libraryEntry = library === 'dist' ? distEntry : path.join(root, 'src', 'index.ts');
  if (!existsSync(libraryEntry)) throw new Error(`buildChecker: ${libraryEntry} does not exist (run "npx tsup" first).`);

  const target = path.resolve(outDir);
  await mkdir(target, { recursive: true });
  const shared: BuildOptions = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    absWorkingDir: root,
  };

  await build({ ...shared, entryPoints: [libraryEntry], outfile: path.join(target, LIBRARY_BUNDLE) });
  await build({
    ...shared,
    entryPoints: [path.join(here, 'checker.ts')],
    outfile: path.join(target, 'checker.js'),
    tsconfig: path.join(here, 'tsconfig.json'),
    plugins: [libraryAsSibling],
  });
  for (const file of ['index.html', 'checker.css']) await copyFile(path.join(here, file), path.join(target, file));
  // The site's icon, beside the page so that the page is whole wherever it is served.
  await copyFile(path.join(here, '..', 'assets', 'favicon.svg'), path.join(target, 'favicon.svg'));

  return { outDir: target, libraryEntry, files: ['index.html', 'checker.css', 'checker.js', LIBRARY_BUNDLE, 'favicon.svg'] };
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outDir = process.argv[2] ?? path.join(root, 'docs-site', 'checker');
  const result = await buildChecker(outDir);
  console.log(`Schedule checker written to ${path.relative(process.cwd(), result.outDir) || '.'} (library from ${path.relative(root, result.libraryEntry)}).`);
}
