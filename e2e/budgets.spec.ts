/**
 * Byte budgets a reader on a phone feels, checked on every build. Bytes are deterministic, so they
 * are tested here; times are not, so `npm run bench` measures them and reports figures instead.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allPaths, charts, data, EDITIONS, embedIds } from './site.ts';
import { SITE } from './servers/addresses.ts';

/** First-party JavaScript a page may load, gzipped, frames included. */
const JS_BUDGET = 10 * 1024;
/** Everything an embed page transfers, gzipped: what a partner's reader pays for one chart. */
const EMBED_BUDGET = 35 * 1024;
const LEAD = '/stories/h200-approvals-gap/';

const gzipped = async (request: APIRequestContext, url: string) => gzipSync(await (await request.get(url)).body(), { level: 9 }).length;

/** Every resource the page and its loaded frames fetched (from the cache or not), and the page's icon. */
async function fetchedBy(page: Page, kind?: string): Promise<string[]> {
  const urls = new Set<string>();
  for (const frame of page.frames().filter((f) => f.url().startsWith(SITE))) {
    const found = await frame.evaluate(
      (initiator) => [
        ...(initiator === 'script'
          ? [...document.scripts].map((s) => s.src).filter(Boolean)
          : [location.href, ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) => l.href)]),
        ...performance
          .getEntriesByType('resource')
          .filter((e) => !initiator || (e as PerformanceResourceTiming).initiatorType === initiator)
          .map((e) => e.name),
      ],
      kind,
    );
    for (const url of found) urls.add(url.split('#')[0]);
  }
  return [...urls];
}

test('each page loads at most 10 KB of first-party JavaScript, gzipped, and only where it is used', async ({ page, request }) => {
  test.setTimeout(90_000);
  const sizes: Record<string, number> = {};
  for (const path of await allPaths(request)) {
    await page.goto(path, { waitUntil: 'networkidle' });
    let bytes = 0;
    for (const url of await fetchedBy(page, 'script')) {
      expect(new URL(url).origin, `${path}: ${url}`).toBe(SITE);
      bytes += await gzipped(request, url);
    }
    sizes[path] = bytes;
  }
  for (const [path, bytes] of Object.entries(sizes)) expect(bytes, `${path}: ${bytes} B gzipped`).toBeLessThanOrEqual(JS_BUDGET);
  // The methodology page has no chart: it loads only the script that opens its notes; only the timeline's page loads the timeline's.
  expect(sizes['/stories/methodology/']).toBeGreaterThan(0);
  expect(sizes['/stories/methodology/']).toBeLessThan(sizes[LEAD]);
  expect(sizes['/stories/how-we-got-here/']).toBeGreaterThan(sizes[LEAD]);
  expect(sizes[LEAD]).toBeGreaterThan(0);
});

test('each embed page transfers at most 35 KB, gzipped, in both languages', async ({ page, request }) => {
  const paths = Object.values(EDITIONS).flatMap((prefix) => embedIds.map((id) => `${prefix}/embed/${id}/`));
  expect(paths.length).toBe(2 * charts.length);
  const sizes: Record<string, number> = {};
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Scrolled to the end, so whatever loads late counts too.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    const urls = await fetchedBy(page);
    expect(urls.length, `${path} fetches its page, styles, script and icon`).toBeGreaterThanOrEqual(4);
    let bytes = 0;
    for (const url of urls) {
      expect(new URL(url).origin, `${path}: ${url}`).toBe(SITE);
      bytes += await gzipped(request, url);
    }
    sizes[path] = bytes;
  }
  for (const [path, bytes] of Object.entries(sizes)) expect(bytes, `${path}: ${bytes} B gzipped`).toBeLessThanOrEqual(EMBED_BUDGET);
});

test.describe('with scripts off, on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the lead story's HTML draws its first chart, every figure in it, in the first screens", async ({ page }) => {
    // The first chart the story places, and the figures charts.yaml gives it.
    const story = readFileSync(join(import.meta.dirname, '..', 'content', 'stories', 'h200-approvals-gap.en.mdx'), 'utf8');
    const id = /<Chart id="([^"]+)"/.exec(story)![1];
    const figures = charts.find((c) => c.id === id)!.figures!;
    await page.goto(LEAD);
    const first = page.locator('main figure.chart').first();
    await expect(first).toHaveId(`chart-${id}`);
    const svg = first.locator('.artboard svg:visible');
    await expect(svg).toHaveCount(1);
    const box = (await svg.boundingBox())!;
    expect(box.width, 'fills the phone column').toBeGreaterThanOrEqual(300);
    expect(box.height).toBeGreaterThan(100);
    // Within the first three screens of the page, so a reader scrolling reaches it at once.
    expect(box.y).toBeLessThan(3 * 844);
    const keys = await svg.locator('[data-key]').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-key')))]);
    expect(keys.sort()).toEqual([...figures].sort());
    // Its words are in the drawing too: each figure's label, and "more than" where it is a lower bound.
    for (const f of data.figures.filter((row) => figures.includes(row.id))) {
      await expect(svg).toContainText(f.label.en);
      if (f.bound === 'lower') await expect(svg).toContainText(`${f.label.en}: more than`);
    }
  });
});
