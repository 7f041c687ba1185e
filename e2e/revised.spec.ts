/**
 * The "revised" mark: a figure whose number changed since the release it first appeared in ends
 * its label in a ◆ in the charts, which a key line explains; its tooltip, its table row (linked to
 * its entry on the changes page) and the CSV download say what it was and when it changed. The
 * words expected here are made from the recorded releases, in both languages.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { figureRevisions, releaseChanges } from '../src/data/release-diff.ts';
import { figureRows, withRevisions } from '../src/charts/rows.ts';
import { revisedLines, REVISED_SYMBOL } from '../src/charts/revised.ts';
import { t } from '../src/i18n/ui.ts';
import { data, EDITIONS, releases } from './site.ts';

const LEAD = '/stories/h200-approvals-gap/';
const rows = withRevisions(figureRows(data), figureRevisions(releaseChanges(releases)));
const row = (id: string) => rows.find((f) => f.id === id)!;
const inventory = row('h200-inventory');
const version = inventory.revisions!.at(-1)!.version;

for (const [lang, prefix] of Object.entries(EDITIONS) as [keyof typeof EDITIONS, string][]) {
  const said = revisedLines(inventory, lang)[0];

  test(`${prefix}${LEAD}: the stock carries its ◆ and its tooltip says what it was and when it changed (${lang})`, async ({ page }) => {
    await page.goto(`${prefix}${LEAD}`);
    const chart = page.locator('#chart-orders-approvals-stock');
    await expect(chart.locator('.mark-label [data-key="h200-inventory"]')).toHaveText(new RegExp(`\u00a0${REVISED_SYMBOL}$`));
    await expect(chart.locator('.mark-label [data-key="h200-ordered"]')).not.toContainText(REVISED_SYMBOL);
    await expect(chart.locator('.revised-key')).toHaveText(t(lang, 'revised.key', { mark: REVISED_SYMBOL }));
    const mark = chart.locator('.artboard [data-tip][data-key="h200-inventory"]');
    await expect(mark).toHaveAttribute('aria-label', new RegExp(said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await mark.hover();
    await expect(chart.locator('.chart-tip')).toContainText(said);
    await chart.locator('[data-tip][data-key="h200-ordered"]').hover();
    await expect(chart.locator('.chart-tip')).not.toContainText(lang === 'en' ? 'Revised' : 'Révisé');
    // The chart of counts over time marks the stock too.
    await expect(page.locator('#chart-figures-over-time .mark-label [data-key="h200-inventory"]')).toHaveText(new RegExp(`\u00a0${REVISED_SYMBOL}$`));
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test(`${prefix}${LEAD}: without JavaScript the table row says it and links to its entry on the changes page (${lang})`, async ({ page }) => {
      await page.goto(`${prefix}${LEAD}`);
      const chart = page.locator('#chart-orders-approvals-stock');
      await expect(chart.locator('.revised-key')).toBeVisible();
      await chart.locator('.data-table summary').click();
      const link = chart.locator('tbody tr', { hasText: inventory.label[lang] }).getByRole('link', { name: said });
      await expect(link).toBeVisible();
      await expect(chart.locator('tbody tr', { hasText: row('h200-ordered').label[lang] })).not.toContainText(said);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/data/changes/#change-${version}-figure-h200-inventory$`));
      await expect(page.locator(`[id="change-${version}-figure-h200-inventory"]`)).toBeVisible();
    });
  });

  test(`${prefix}/embed/orders-approvals-stock/orders-approvals-stock.csv says it in its revised columns (${lang})`, async ({ request }) => {
    const csv = await (await request.get(`${prefix}/embed/orders-approvals-stock/orders-approvals-stock.csv`)).text();
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records.find((r) => r.id === 'h200-inventory')).toMatchObject({ revised: said, revised_in: version });
    expect(records.find((r) => r.id === 'h200-ordered')).toMatchObject({ revised: '', revised_in: '' });
  });
}
