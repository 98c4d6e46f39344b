import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The test run Stryker repeats for each mutant (`npm run mutate`): the unit and property tests of the
// mutated modules. The end-to-end suites (fuzz, CLI, examples, FHIR, docs, browser, package) exercise
// the same code through many more calls, which would multiply the time per mutant without testing the
// logic more precisely; they run in every `npm test` through test/vitest.config.ts.
const config: ReturnType<typeof defineConfig> = defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/{_lib,issues,eligibility,policies,schedule,pathway,levels}/**/*.test.ts'],
  },
});

export default config;
