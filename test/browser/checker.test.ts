import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecker, LIBRARY_BUNDLE } from '../../docs/checker/build.js';
import { launchChromium, serveFolder, type StaticSite } from './chromium.js';

const TIMEOUT_MS = 60_000;
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** `HH:mm` wall times on March 2026 dates in New York (UTC−5 before the 8 March clock change). */
function groupSessions(dates: readonly string[]): string {
  return JSON.stringify(
    dates.map((date, index) => ({
      id: `s${index + 1}`,
      start: `${date}T09:00:00-05:00`,
      end: `${date}T12:00:00-05:00`,
      service: 'group',
    })),
    null,
    2,
  );
}

let outDir = '';
let site: StaticSite | undefined;
let baseUrl = '';
let browser: Browser | undefined;

async function openChecker(): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined) throw new Error('The browser did not start.');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${baseUrl}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

/** Presses "Check schedule" and waits until the page has drawn the new result. */
async function runCheck(page: Page): Promise<string> {
  const runs = Number((await page.getAttribute('body', 'data-runs')) ?? 0);
  await page.getByRole('button', { name: 'Check schedule' }).click();
  await page.waitForSelector(`body[data-runs="${runs + 1}"]`);
  return (await page.getByTestId('result-status').textContent()) ?? '';
}

async function issueCodes(page: Page): Promise<string[]> {
  const rows = await page.getByTestId('issues').locator('tbody tr[data-code]').all();
  return Promise.all(rows.map(async (row) => (await row.getAttribute('data-code')) ?? ''));
}

async function weekRows(page: Page): Promise<string[][]> {
  const rows = await page.getByTestId('weeks').locator('tbody tr[data-week]').all();
  return Promise.all(rows.map((row) => row.locator('td').allTextContents()));
}

describe('schedule checker page', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    outDir = await mkdtemp(path.join(tmpdir(), 'level-of-care-checker-'));
    await buildChecker(outDir);
    site = await serveFolder(outDir);
    baseUrl = site.baseUrl;
    await mkdir(screenshots, { recursive: true });
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it('builds the page, its script and the standalone library bundle', async () => {
    const library = await readFile(path.join(outDir, LIBRARY_BUNDLE), 'utf8');
    const checker = await readFile(path.join(outDir, 'checker.js'), 'utf8');
    expect(library).toMatch(/export\s*\{/);
    expect(library).not.toMatch(/from\s*["'](zod|@date-fns\/tz)["']/);
    expect(checker).toContain(`./${LIBRARY_BUNDLE}`);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'checker.css'))).toBe(true);
    expect(existsSync(path.join(outDir, 'favicon.svg'))).toBe(true);
  });

  it(
    'fails an IOP week of 2 days × 3 h = 6 h below the 9 h minimum, then passes 3 days × 3 h = 9 h',
    async () => {
      const { page, errors } = await openChecker();
      await page.getByLabel('Level of care').selectOption('iop');
      await page.getByLabel('Population').selectOption('adult');
      await page.getByLabel('Policy').selectOption('general');
      await page.getByLabel('Time zone').fill('America/New_York');

      // Monday and Wednesday 09:00–12:00: 2 × 3 h = 6 h on 2 days, under 9 h and 3 days.
      await page.getByLabel(/^Sessions as JSON/).fill(groupSessions(['2026-03-02', '2026-03-04']));
      expect(await runCheck(page)).toBe('FAIL');
      const failing = await issueCodes(page);
      expect(failing).toContain('week_hours_below_minimum');
      expect(failing).toContain('week_days_below_minimum');
      const hoursIssue = page.getByTestId('issues').locator('tr[data-code="week_hours_below_minimum"]');
      expect(await hoursIssue.getAttribute('data-severity')).toBe('error');
      expect(await hoursIssue.textContent()).toContain('6');
      expect(await weekRows(page)).toEqual([['2026-03-02', '6', '2', '2', 'no']]);
      expect(await page.locator('[data-testid="chart"] g.bar-fail[data-week="2026-03-02"]').count()).toBe(1);
      expect(await page.locator('[data-testid="chart"] [data-limit="min"]').count()).toBe(1);
      expect(await page.locator('[data-testid="chart"] [data-limit="max"]').count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'checker-fail.png'), fullPage: true });

      // Adding Friday: 3 × 3 h = 9 h on 3 days meets "at least 9 h on at least 3 days".
      await page.getByLabel(/^Sessions as JSON/).fill(groupSessions(['2026-03-02', '2026-03-04', '2026-03-06']));
      expect(await runCheck(page)).toBe('PASS');
      expect(await issueCodes(page)).toEqual([]);
      expect(await weekRows(page)).toEqual([['2026-03-02', '9', '3', '3', 'no']]);
      expect(await page.locator('[data-testid="chart"] g.bar-ok[data-week="2026-03-02"]').count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'checker.png'), fullPage: true });

      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT_MS,
  );

  it(
    'shows invalid_time_zone for an unknown zone instead of crashing',
    async () => {
      const { page, errors } = await openChecker();
      await page.getByLabel('Time zone').fill('Mars/Olympus_Mons');
      expect(await runCheck(page)).toBe('FAIL');
      expect(await issueCodes(page)).toEqual(['invalid_time_zone']);
      expect(await page.getByTestId('issues').textContent()).toContain('Mars/Olympus_Mons');
      expect(await page.getByTestId('chart').textContent()).toContain('No weeks to chart.');

      // The page still works: a known zone passes the sample week again.
      await page.getByLabel('Time zone').fill('America/Chicago');
      expect(await runCheck(page)).toBe('PASS');
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT_MS,
  );

  it(
    'reports sessions that are not JSON as invalid_input',
    async () => {
      const { page, errors } = await openChecker();
      await page.getByLabel(/^Sessions as JSON/).fill('[{ "start": ');
      expect(await runCheck(page)).toBe('FAIL');
      expect(await issueCodes(page)).toEqual(['invalid_input']);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT_MS,
  );

  it(
    'expands a Monday/Wednesday/Friday 09:00–12:00 template over two weeks, keeping 09:00 across the 8 March clock change',
    async () => {
      const { page, errors } = await openChecker();
      await page.getByText('Expand a weekly template').click();
      await page.getByLabel('From').fill('2026-03-02');
      await page.getByLabel('To', { exact: true }).fill('2026-03-15');
      await page.getByRole('button', { name: 'Expand into sessions' }).click();
      const sessions = JSON.parse(await page.getByLabel(/^Sessions as JSON/).inputValue()) as { start: string }[];
      // Mon 2, Wed 4, Fri 6 (UTC−5) and Mon 9, Wed 11, Fri 13 (UTC−4): 6 sessions.
      expect(sessions.map((session) => session.start)).toEqual([
        '2026-03-02T09:00:00-05:00',
        '2026-03-04T09:00:00-05:00',
        '2026-03-06T09:00:00-05:00',
        '2026-03-09T09:00:00-04:00',
        '2026-03-11T09:00:00-04:00',
        '2026-03-13T09:00:00-04:00',
      ]);
      expect(await runCheck(page)).toBe('PASS');
      await page.screenshot({ path: path.join(screenshots, 'checker-template.png'), fullPage: true });
      // Each week: 3 × 3 h = 9 h on 3 days.
      expect(await weekRows(page)).toEqual([
        ['2026-03-02', '9', '3', '3', 'no'],
        ['2026-03-09', '9', '3', '3', 'no'],
      ]);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT_MS,
  );
});
