import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the tests that drive Chromium (Debian's `chromium` at /usr/bin/chromium)
// over the built documentation site and the schedule checker. The script builds the site first.
const config: ReturnType<typeof defineConfig> = defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default config;
