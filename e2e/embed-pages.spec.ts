/**
 * The embed pages as a partner's iframe loads them: one for each chart placed, the "as of" date, flags and the previewer.
 * Each embed page's metadata, and what it shows without JavaScript, are checked by the sweep
 * (e2e/checks/embed-metadata.ts, e2e/checks/no-js-embed.ts).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts, data, embedIds } from './site.ts';
import { usedPlacements } from '../src/data/story-check.ts';

test('there is an embed page for each chart a story places, and for no other', async () => {
  const stories = readdirSync(join(import.meta.dirname, '..', 'content', 'stories')).map((f) =>
    readFileSync(join(import.meta.dirname, '..', 'content', 'stories', f), 'utf8'),
  );
  const placed = new Set(stories.flatMap((mdx) => usedPlacements(mdx).map((p) => p.id)));
  expect(placed.size).toBeGreaterThan(0);
  expect([...embedIds].sort()).toEqual([...placed].sort());
});

test('the "as of" date of an embed is the latest date among what its chart draws', async ({ page }) => {
  const lead = charts.find((c) => c.id === 'orders-approvals-stock')!;
  await page.goto('/embed/orders-approvals-stock/');
  await expect(page.locator('.chart-as-of time')).toHaveAttribute(
    'datetime',
    data.figures
      .filter((f) => lead.figures!.includes(f.id))
      .map((f) => f.asOf)
      .sort()
      .at(-1)!,
  );
  await page.goto('/embed/policy-timeline/');
  await expect(page.locator('.chart-as-of time')).toHaveAttribute(
    'datetime',
    data.events
      .map((e) => e.date)
      .sort()
      .at(-1)!,
  );
});

test('?plain shows the chart alone', async ({ page }) => {
  await page.goto('/embed/orders-approvals-stock/?plain');
  await expect(page.locator('.artboard svg:visible')).toHaveCount(1);
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.chart-sources')).toBeHidden();
  // The text alternative stays for screen readers.
  await expect(page.locator('.sr-only')).toHaveText(/\S/);
});

test("?theme=dark and ?theme=light override the reader's setting; ?theme=auto follows it", async ({ browser }) => {
  const background = async (scheme: 'light' | 'dark', query: string) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`/embed/orders-approvals-stock/${query}`);
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    return colour;
  };
  const [light, dark] = ['rgb(251, 250, 247)', 'rgb(21, 23, 26)'];
  expect(await background('light', '?theme=dark')).toBe(dark);
  expect(await background('dark', '?theme=light')).toBe(light);
  expect(await background('dark', '?theme=auto')).toBe(dark);
  expect(await background('light', '')).toBe(light);
});

test('the previewer shows every embed at 320, 600 and 1000 px, each sized by the host script', async ({ page }) => {
  await page.goto('/embed/');
  const frames = page.locator('.embed-preview-frame iframe');
  await expect(frames).toHaveCount(embedIds.length * 3);
  for (const frame of await frames.all()) {
    await frame.scrollIntoViewIfNeeded();
    const width = await frame.evaluate((e) => Math.round(e.getBoundingClientRect().width));
    expect([318, 598, 998]).toContain(width);
    await expect.poll(() => frame.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
  }
});
