import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** One bundle a consumer would ship: a tiny entry file, and the most it may weigh gzipped (none: reported only). */
export interface BundleBudget {
  /** What the entry imports, in words. */
  readonly name: string;
  /** The consumer's entry file. */
  readonly entry: string;
  /** The budget in kB (1 kB = 1000 bytes) of minified, gzipped output, or `undefined` to report only. */
  readonly maxKb: number | undefined;
}

/**
 * The bundle-size budgets. A web page that checks a schedule, recommends a level or reads FHIR
 * sessions imports one function; what it ships is that function with everything it needs, zod
 * included.
 */
export const BUNDLE_BUDGETS: readonly BundleBudget[] = [
  { name: 'validateSchedule only', entry: "export { validateSchedule } from 'level-of-care';", maxKb: 25 },
  // Above a 20 kB aim: what the function must check costs the rest. Every `policy` option is checked
  // for values (effective dates, counted modalities, recertification units and limits, placement rows
  // within each dimension's ceiling), each custom rule's predicate is probed and its answers checked
  // (a withdrawal-management setting at its own level included), every caller list is bounded, and
  // the messages of these checks come from zod's English locale (about 1.1 kB of the whole).
  { name: 'recommendLevel only', entry: "export { recommendLevel } from 'level-of-care';", maxKb: 22.3 },
  { name: 'sessionsFromFhir only', entry: "export { sessionsFromFhir } from 'level-of-care/fhir';", maxKb: 20 },
  { name: 'whole root entry', entry: "export * from 'level-of-care';", maxKb: undefined },
];

/** The size of one consumer bundle. */
export interface BundleSize {
  readonly name: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  readonly maxKb: number | undefined;
  /** `undefined` when the bundle has no budget. */
  readonly withinBudget: boolean | undefined;
}

/**
 * Bundles one entry the way a web application would: esbuild, browser platform, ES modules, minified,
 * every dependency included, `level-of-care` resolved through the package's own `exports` map (so
 * the built `dist/` is what is measured), then gzipped at level 9.
 */
export async function measureBundle(root: string, budget: BundleBudget): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: budget.entry, resolveDir: root, loader: 'js', sourcefile: 'consumer.js' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${budget.name}`);
  const gzipBytes = gzipSync(output.contents, { level: 9 }).length;
  return {
    name: budget.name,
    minifiedBytes: output.contents.length,
    gzipBytes,
    maxKb: budget.maxKb,
    withinBudget: budget.maxKb === undefined ? undefined : gzipBytes <= budget.maxKb * 1000,
  };
}

/** Every bundle of {@link BUNDLE_BUDGETS}. */
export async function measureBundles(root: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const budget of BUNDLE_BUDGETS) sizes.push(await measureBundle(root, budget));
  return sizes;
}
