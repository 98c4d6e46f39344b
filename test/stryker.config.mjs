// Mutation testing: `npm run mutate` (= `stryker run test/stryker.config.mjs`).
// Mutates the decision logic of eligibility, policies, schedule, pathway and levels. Not mutated: types,
// barrel `index.ts` files, zod schemas and the data tables (policy thresholds, level catalog, rule and
// readiness wording), which are built once at module load: each such "static" mutant would need the
// whole suite re-run in a fresh module graph, hours on two cores. The threshold values are pinned by
// boundary tests instead (test/policies/thresholds.test.ts and the module tests), and the remaining
// static mutants of logic files are skipped (`ignoreStatic`) and reported as ignored, not as killed.
// Each mutant reruns only the tests that reach it, from the module suites in test/vitest.mutation.config.ts.
// Reports go to reports/mutation/ (gitignored). `MUTATE_MODULES=schedule,pathway npm run mutate` runs
// only those modules and names the reports after them.

const MODULES = ['eligibility', 'policies', 'schedule', 'pathway', 'levels'];
const chosen = process.env.MUTATE_MODULES?.split(',').map((name) => name.trim()).filter(Boolean) ?? MODULES;
for (const name of chosen) {
  if (!MODULES.includes(name)) throw new Error(`MUTATE_MODULES: unknown module "${name}"; choose from ${MODULES.join(', ')}.`);
}
const inChosen = (pattern) =>
  pattern.startsWith('!src/**/') || chosen.some((name) => pattern.replace(/^!/, '').startsWith(`src/${name}/`));
const reportName = chosen.length === MODULES.length ? 'mutation' : chosen.join('-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    'src/eligibility/**/*.ts',
    'src/policies/**/*.ts',
    'src/schedule/**/*.ts',
    'src/pathway/**/*.ts',
    'src/levels/**/*.ts',
    '!src/**/types.ts',
    '!src/**/index.ts',
    '!src/**/schema.ts',
    '!src/**/schemas.ts',
    '!src/eligibility/data.ts',
    '!src/levels/data.ts',
    '!src/pathway/data.ts',
    '!src/schedule/data.ts',
    '!src/policies/defaults.ts',
    '!src/policies/dimensions.ts',
    '!src/policies/general.ts',
    '!src/policies/h0015.ts',
    '!src/policies/medicare2024.ts',
  ].filter(inChosen),
  ignoreStatic: true,
  ignorePatterns: ['coverage', 'docs-site', 'reports', 'bench', 'test/browser/screenshots'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

export default config;
