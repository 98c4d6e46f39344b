import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, type BundleBudget, measureBundle } from '../../bench/bundle.js';

// Budgets for what a web page ships when it imports one function from the built package (dist/,
// resolved through the package's `exports`): minified with esbuild, every dependency included,
// gzipped. The suite's global setup builds dist/ when it is stale, so this checks the package as it would be published.
const root = fileURLToPath(new URL('../..', import.meta.url));

async function gzipBytesOf(budget: BundleBudget): Promise<number> {
  expect(existsSync(`${root}dist/index.js`), 'dist/index.js is missing: run npm run build first').toBe(true);
  return (await measureBundle(root, budget)).gzipBytes;
}

describe('bundle size budgets', () => {
  for (const budget of BUNDLE_BUDGETS) {
    const limit = budget.maxKb;
    if (limit === undefined) continue;
    it(`keeps "${budget.name}" within ${limit} kB gzipped`, async () => {
      const bytes = await gzipBytesOf(budget);
      expect(bytes, `${budget.name}: ${(bytes / 1000).toFixed(1)} kB gzipped, budget ${limit} kB`).toBeLessThanOrEqual(limit * 1000);
    });
  }

  it('bundles the whole root entry, which weighs more than any one function (reported by npm run bench)', async () => {
    const whole = BUNDLE_BUDGETS.find((budget) => budget.maxKb === undefined);
    if (whole === undefined) throw new Error('the whole-entry bundle is missing from BUNDLE_BUDGETS');
    const wholeBytes = await gzipBytesOf(whole);
    for (const budget of BUNDLE_BUDGETS) {
      if (budget !== whole) expect(wholeBytes).toBeGreaterThan(await gzipBytesOf(budget));
    }
  });
});
