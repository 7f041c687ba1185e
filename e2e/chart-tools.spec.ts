/** Under every figure: the embed code behind an "Embed" button, a copy button, and the chart's downloads. */
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { PUBLISHED, data, embedIds } from './site.ts';

test('every figure offers its live embed code behind an "Embed" button, and its copy button copies it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  for (const path of ['/stories/h200-approvals-gap/', '/stories/how-we-got-here/']) {
    await page.goto(new URL(path, baseURL).href);
    for (const figure of await page.locator('figure.chart').all()) {
      // The figure's placement: the chart's id, with its window if it has one.
      const id = (await figure.getAttribute('id'))!.replace(/^chart-/, '');
      // The first code is the live embed's, "Always the latest" (e2e/pinned-embeds.spec.ts tests the second).
      const code = figure.locator('.chart-embed textarea').first();
      await expect(code).toBeHidden();
      await figure.getByText('Embed', { exact: true }).click();
      await expect(code).toBeVisible();
      const text = await code.inputValue();
      expect(text).toMatch(new RegExp(`^<iframe src="${PUBLISHED}/embed/${id}/" title="[^"]+" height="\\d+" loading="lazy"`));
      expect(text).toContain(`<script src="${PUBLISHED}/embed.js" async></script>`);
      await figure.getByRole('button', { name: 'Copy code' }).first().click();
      await expect(figure.locator('copy-code [role="status"]').first()).toHaveText('Copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
  }
  await context.close();
});

test('without JavaScript the embed code is there to select, and the copy button is hidden', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('/stories/h200-approvals-gap/', baseURL).href);
  const figure = page.locator('figure#chart-orders-approvals-stock');
  await figure.getByText('Embed', { exact: true }).click();
  // Both codes: the live embed's and the one pinned to the latest release.
  await expect(figure.locator('.chart-embed textarea')).toHaveCount(2);
  for (const code of await figure.locator('.chart-embed textarea').all()) await expect(code).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
  await context.close();
});

for (const id of embedIds) {
  test(`${id}: downloads an SVG, PNGs at 1x and 2x, a 1200×675 card and its data as CSV with each row's source`, async ({ page, request }) => {
    await page.goto(`/stories/${id === 'policy-timeline' ? 'how-we-got-here' : 'h200-approvals-gap'}/`);
    await expect(page.locator(`figure[id="chart-${id}"]`)).toHaveCount(1);
    const links = page.locator(`figure[id="chart-${id}"] .chart-downloads a`);
    const hrefs = await links.evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(hrefs).toEqual([
      `/embed/${id}/${id}.svg`,
      `/embed/${id}/${id}.png`,
      `/embed/${id}/${id}@2x.png`,
      `/embed/${id}/${id}-card.png`,
      `/embed/${id}/${id}.csv`,
    ]);

    const svg = await (await request.get(hrefs[0])).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent,
        text: doc.documentElement.textContent,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe(await page.locator(`[id="${id}-title"]`).textContent());
    expect(parsed.text).toContain('Sources:');
    expect(parsed.text).toContain('Data as of');

    const size = async (href: string) => {
      const png = await (await request.get(href)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const [w1, h1] = await size(hrefs[1]);
    expect(await size(hrefs[2])).toEqual([w1 * 2, h1 * 2]);
    expect(await size(hrefs[3])).toEqual([1200, 675]);

    const rows: Record<string, string>[] = parse(await (await request.get(hrefs[4])).text(), { columns: true });
    expect(rows.length).toBe(await page.locator(`figure[id="chart-${id}"] .data-table tbody tr`).count());
    for (const row of rows) {
      expect(row.source, `${id}.csv: row ${row.id}`).not.toBe('');
      for (const url of row.source_url.split(' ')) expect(data.sources.map((s) => s.url)).toContain(url);
      const figure = data.figures.find((f) => f.id === row.id);
      if (figure) expect(row.value === '' ? undefined : Number(row.value)).toBe(figure.value);
    }
  });
}
