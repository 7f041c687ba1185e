import { expect, test } from '@playwright/test';
import { allPaths, data, linksOn, site, sitePaths, watch } from './site.ts';

test('the sitemap lists the home page and every story', async ({ request }) => {
  const paths = await sitePaths(request);
  expect(paths).toEqual(expect.arrayContaining(['/', '/stories/h200-approvals-gap/', '/stories/how-we-got-here/', '/stories/methodology/']));
});

test('the sitemap leaves out the embed pages, which are noindex', async ({ request }) => {
  expect((await sitePaths(request)).filter((path) => path.includes('/embed/'))).toEqual([]);
});

test('every page loads with no console error, no failed request and no request to another origin', async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  for (const path of await allPaths(request)) {
    const problems = watch(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    expect(problems, path).toEqual([]);
    page.removeAllListeners();
  }
});

test('every link out of the site points to a source in content/data/sources.csv, or to our licence', async ({ page, request, baseURL }) => {
  const urls = new Set([...data.sources.map((s) => s.url), site.licence.url]);
  const origin = new URL(baseURL!).origin;
  let checked = 0;
  for (const path of await allPaths(request)) {
    await page.goto(path);
    const hrefs = await linksOn(page);
    for (const href of hrefs) {
      if (new URL(href, origin).origin === origin) continue;
      expect(urls.has(href), `${path} links to ${href}, which is not in sources.csv nor the licence`).toBe(true);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(data.sources.length);
});

test('every page is readable at 320 px and 1440 px without sideways scrolling', async ({ page, request }) => {
  for (const width of [320, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of await allPaths(request)) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});
