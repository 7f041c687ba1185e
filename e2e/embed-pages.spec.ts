/** The embed pages as a partner's iframe loads them: metadata, content, flags, and reading without JavaScript. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED, charts, data, embedIds, site } from './site.ts';
import { usedIds } from '../src/data/story-check.ts';

const local = (url: string) => new URL(url).pathname;

test('there is an embed page for each chart a story places, and for no other', async () => {
  const stories = readdirSync(join(import.meta.dirname, '..', 'content', 'stories')).map((f) =>
    readFileSync(join(import.meta.dirname, '..', 'content', 'stories', f), 'utf8'),
  );
  const placed = new Set(stories.flatMap((mdx) => usedIds(mdx, 'Chart')));
  expect(placed.size).toBeGreaterThan(0);
  expect([...embedIds].sort()).toEqual([...placed].sort());
});

for (const id of embedIds) {
  test(`${id}: noindex, canonical link to its story, og:image card and oEmbed discovery`, async ({ page, request }) => {
    await page.goto(`/embed/${id}/`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(canonical).toMatch(new RegExp(`^${PUBLISHED}/stories/[a-z0-9-]+/$`));
    // The canonical story shows the chart.
    await page.goto(local(canonical));
    await expect(page.locator(`figure#chart-${id}`)).toHaveCount(1);
    await page.goto(`/embed/${id}/`);

    const card = await request.get(local((await page.locator('meta[property="og:image"]').getAttribute('content'))!));
    const png = await card.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 675]);

    const oembed = await (await request.get(local((await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href'))!))).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: site.name, width: expect.any(Number), height: expect.any(Number) });
    expect(oembed.html).toContain(`<iframe src="${PUBLISHED}/embed/${id}/"`);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
    expect(oembed.html).toContain(`<script src="${PUBLISHED}/embed.js" async></script>`);
  });

  test(`${id}: with JavaScript off, shows title, chart, notes, sources, "as of" date and a link back to the story`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/embed/${id}/`);
    const chart = charts.find((c) => c.id === id)!;
    await expect(page.locator('h1')).toHaveText(chart.title.en);
    await expect(page.locator('.artboard svg:visible')).toHaveCount(1);
    await expect(page.locator('.chart-notes li')).toHaveCount(chart.notes.length);
    const sources = await page.locator('.chart-sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sources.length).toBeGreaterThan(0);
    for (const href of sources) expect(data.sources.map((s) => s.url)).toContain(href);
    await expect(page.locator('.chart-as-of time')).toHaveAttribute('datetime', /^\d{4}-\d{2}(-\d{2})?$/);
    await expect(page.locator('.embed-links a', { hasText: 'Read the story' })).toHaveAttribute(
      'href',
      new RegExp(`^${PUBLISHED}/stories/[a-z0-9-]+/#chart-${id}$`),
    );
    await expect(page.locator('.embed-links')).toContainText(site.credit.en);
    await expect(page.locator('.embed-links a[rel="license"]')).toHaveAttribute('href', site.licence.url);
    // Links open outside the partner's page, never navigating it.
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
    await context.close();
  });
}

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
