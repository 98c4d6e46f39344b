import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything that needs only Node. The browser tests need Chromium and the built
// documentation site: `npm run test:browser` runs them with test/vitest.browser.config.ts.
const config: ReturnType<typeof defineConfig> = defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // The doc-example, example, size and code-generation tests run the built package: build dist/
    // first when it is older than its sources.
    globalSetup: ['test/globalSetup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/bin.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});

export default config;
