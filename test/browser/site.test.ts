// The documentation site as a reader meets it, built by `npm run docs` into docs-site/ (which
// `npm run test:browser` runs first): every local link of every page leads somewhere, with
// JavaScript off (the navigation bar is plain HTML), including the anchors of source ids; the
// index has one title and every page an icon; and on a phone (390 px wide) the policies page does
// not scroll sideways: its wide tables scroll inside themselves.
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES, citationsOf } from '../../src/index.js';
import { launchChromium, serveFolder, type StaticSite } from './chromium.js';

const siteDir = fileURLToPath(new URL('../../docs-site', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PHONE = { width: 390, height: 844 };

let browser: Browser | undefined;
let site: StaticSite | undefined;

beforeAll(async () => {
  if (!existsSync(`${siteDir}/index.html`)) throw new Error('docs-site/ is missing: run `npm run docs` first (npm run test:browser does).');
  browser = await launchChromium();
  site = await serveFolder(siteDir);
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Link {
  readonly from: string;
  readonly href: string;
}

interface Visit {
  readonly status: number;
  /** The page's links and sources, resolved, when it is an HTML page. */
  readonly links: readonly string[];
  /** The ids and names a fragment can point at. */
  readonly ids: readonly string[];
}

/** Loads a URL in a tab: an HTML page with what it links to, anything else by its status alone. */
async function visit(page: Page, context: BrowserContext, url: string): Promise<Visit> {
  const { pathname } = new URL(url);
  const status = (await context.request.get(url)).status();
  if (status !== 200 || (!pathname.endsWith('.html') && !pathname.endsWith('/'))) return { status, links: [], ids: [] };
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  const links = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
    elements.map((element) => (element instanceof HTMLAnchorElement || element instanceof HTMLLinkElement ? element.href : (element as HTMLScriptElement | HTMLImageElement).src)),
  );
  const ids = await page.$$eval('[id], a[name]', (elements) => elements.map((element) => element.id || (element.getAttribute('name') ?? '')));
  return { status: response?.status() ?? 0, links, ids };
}

/**
 * Follows every local link from the index, breadth first, a few tabs at a time; returns what was
 * found broken (a status other than 200, or a fragment with no element of that id) and the pages.
 */
async function crawl(context: BrowserContext, origin: string): Promise<{ broken: string[]; visited: Map<string, Visit> }> {
  const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
  const visited = new Map<string, Visit>();
  const broken: string[] = [];
  const fragments: Link[] = [];
  let frontier: Link[] = [{ from: '(start)', href: `${origin}/index.html` }];
  while (frontier.length > 0) {
    const next = new Map<string, Link>();
    for (const link of frontier) {
      const url = new URL(link.href);
      if (url.origin !== origin) continue;
      if (url.hash.length > 1) fragments.push(link);
      url.hash = '';
      if (!visited.has(url.href) && !next.has(url.href)) next.set(url.href, { from: link.from, href: url.href });
    }
    const batch = [...next.values()];
    frontier = [];
    for (let at = 0; at < batch.length; at += tabs.length) {
      const results = await Promise.all(
        batch.slice(at, at + tabs.length).map(async (link, i) => [link, await visit(tabs[i] as Page, context, link.href)] as const),
      );
      for (const [link, result] of results) {
        visited.set(link.href, result);
        if (result.status !== 200) broken.push(`${result.status} ${link.href} (linked from ${link.from})`);
        for (const href of result.links) frontier.push({ from: link.href, href });
      }
    }
  }
  for (const { from, href } of fragments) {
    const url = new URL(href);
    const anchor = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const target = visited.get(url.href);
    if (target !== undefined && target.status === 200 && url.pathname.endsWith('.html') && !target.ids.includes(anchor)) {
      broken.push(`no #${anchor} on ${url.href} (linked from ${from})`);
    }
  }
  await Promise.all(tabs.map((tab) => tab.close()));
  return { broken, visited };
}

describe('the documentation site', () => {
  it('has no broken local link or anchor on any page, with JavaScript off', async () => {
    if (browser === undefined || site === undefined) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { broken, visited } = await crawl(context, site.baseUrl);
    await context.close();
    expect(broken).toEqual([]);
    // The whole site was reached: the reference pages, the guides, the API pages, the checker.
    const paths = [...visited.keys()].map((url) => new URL(url).pathname);
    expect(paths).toEqual(
      expect.arrayContaining(['/documents/Policies.html', '/documents/Sources.html', '/functions/level-of-care.validateSchedule.html', '/checker/index.html', '/checker/checker.js']),
    );
    expect(paths.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(100);
  }, 300_000);

  it('links the schedule checker from a page in a subfolder without JavaScript, and gives every page the icon', async () => {
    if (browser === undefined || site === undefined) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/documents/Policies.html`);
    const checker = page.locator('#tsd-toolbar-links a', { hasText: 'Schedule checker' });
    expect(await checker.getAttribute('href')).toBe('../checker/index.html');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('../assets/favicon.svg');
    await page.goto(`${site.baseUrl}/checker/index.html`);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('favicon.svg');
    await context.close();
  });

  it('shows the title once on the index page', async () => {
    if (browser === undefined || site === undefined) throw new Error('no browser');
    const page = await browser.newPage();
    await page.goto(`${site.baseUrl}/index.html`);
    expect(await page.locator('h1').allTextContents()).toEqual(['level-of-care']);
    await page.close();
  });

  it('links every source id in the generated tables to its row on the sources page', async () => {
    if (browser === undefined || site === undefined) throw new Error('no browser');
    const page = await browser.newPage();
    await page.goto(`${site.baseUrl}/documents/Policies.html`);
    const links = await page.locator('table a[href*="Sources.html#source-"]').evaluateAll((elements) =>
      elements.map((element) => [element.textContent, element.getAttribute('href')]),
    );
    expect(links.length).toBeGreaterThan(20);
    // A link reads as the source's citation, never its id, and points at the row of that id.
    for (const [text, href] of links) {
      const id = href?.replace('Sources.html#source-', '') ?? '';
      expect(Object.keys(SOURCES)).toContain(id);
      expect(text).toBe(citationsOf([id])[0]);
    }
    // Following one lands on the row of that source.
    await page.locator('table a[href="Sources.html#source-cfr-42-410-43"]').first().click();
    await page.waitForURL(/Sources\.html#source-cfr-42-410-43$/);
    expect(await page.locator('#source-cfr-42-410-43').evaluate((anchor) => anchor.closest('tr')?.textContent)).toContain('cfr-42-410-43');
    await page.close();
  });

  it('does not scroll sideways on a 390 px phone: the policies tables scroll inside themselves', async () => {
    if (browser === undefined || site === undefined) throw new Error('no browser');
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/documents/Policies.html`);
    await page.locator('.col-content table').first().waitFor({ state: 'visible' });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      tables: Array.from(document.querySelectorAll('.col-content table'), (table) => ({
        scroll: table.scrollWidth,
        client: table.clientWidth,
        overflowX: getComputedStyle(table).overflowX,
      })),
    }));
    expect(widths.viewport).toBe(PHONE.width);
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // The tables are wider than the phone, and each scrolls within its own box.
    expect(widths.tables.length).toBeGreaterThan(5);
    expect(widths.tables.some((table) => table.scroll > table.client)).toBe(true);
    for (const table of widths.tables) {
      expect(table.client).toBeLessThanOrEqual(widths.viewport);
      expect(table.overflowX).toBe('auto');
    }
    const file = `${screenshots}policies-390px.png`;
    await page.screenshot({ path: file });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
