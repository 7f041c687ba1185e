/**
 * The French edition: French numbers and dates from the data; text alternatives that read as
 * sentences with their numbers, in both languages; the export's French chart folders and README.
 * Every page's `lang`, `hreflang` alternates, language switch and interface words, and each French
 * embed with its downloads, are checked by the sweep (e2e/checks/languages.ts,
 * e2e/checks/interface-language.ts, e2e/checks/french-embed.ts).
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { data, embedIds } from './site.ts';
import { EXPORT_DIR } from './servers/addresses.ts';
import { formatFigure, formatDate } from '../src/lib/format.ts';

const figure = (id: string) => data.figures.find((f) => f.id === id)!;

test('the French lead story writes numbers and dates the French way, from the data', async ({ page }) => {
  await page.goto('/fr/stories/h200-approvals-gap/');
  const facts = await page
    .locator('.story-body [data-fact] data')
    .evaluateAll((els) => els.map((el) => [el.closest('[data-fact]')!.getAttribute('data-fact')!, el.textContent!.trim()]));
  expect(facts.length).toBeGreaterThanOrEqual(8);
  for (const [id, text] of facts)
    expect([formatFigure(figure(id), { lang: 'fr' }), formatFigure(figure(id), { lang: 'fr', compact: true })], id).toContain(text);
  const body = page.locator('.story-body');
  await expect(body).toContainText('plus de 400\u202f000');
  await expect(body).toContainText('plus de 2 millions');
  const table = page.locator('#chart-orders-approvals-stock table');
  await expect(table).toContainText('28 janv. 2026');
  await expect(table).toContainText(formatDate('2026-01-28', { lang: 'fr' }));
  await expect(page.locator('#chart-orders-approvals-stock .artboard svg')).toContainText('plus de 400\u202f000');
});

for (const lang of ['en', 'fr'] as const) {
  test(`every chart's text alternative is a summary in sentences that points to its table, which holds each mark's datum (${lang})`, async ({ page }) => {
    const prefix = lang === 'en' ? '' : '/fr';
    for (const story of ['h200-approvals-gap', 'how-we-got-here']) {
      await page.goto(`${prefix}/stories/${story}/`);
      for (const chart of await page.locator('figure.chart').all()) {
        const id = (await chart.getAttribute('id'))!.replace(/^chart-/, '');
        const text = (await chart.locator(`[id="${id}-description"]`).textContent())!.trim();
        expect(text, id).toMatch(/^[A-ZÀ-Ý].+\.$/s);
        // A month alone takes its own preposition: "en décembre 2025", never "au décembre 2025".
        expect(text, id).not.toMatch(/\b(au|du) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/);
        // Sentences: what the chart shows, then where each datum is.
        expect(text.split(/(?<=\.) (?=[A-ZÀ-Ý\d])/).length, id).toBeGreaterThanOrEqual(2);
        expect(text, id).toMatch(lang === 'en' ? /table under “Show the data”/ : /sous «\s?Afficher les données\s?»/);
        const keys = await chart.locator('.artboard [data-tip]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.key!));
        const table = chart.locator('table');
        for (const key of keys) {
          const f = data.figures.find((x) => x.id === key);
          const e = data.events.find((x) => x.id === key);
          if (f) await expect(table, `${id}: ${key}`).toContainText(formatFigure(f, { lang }));
          // The table lists the events; the text alternative does not list them again.
          if (e) {
            await expect(table, `${id}: ${key}`).toContainText(e.title[lang]);
            expect(text, `${id}: ${key}`).not.toContain(e.title[lang]);
          }
        }
      }
    }
  });
}

test('the newsroom export carries French chart folders and a French README', () => {
  const readme = readFileSync(join(EXPORT_DIR, 'README.fr.txt'), 'utf8');
  expect(readme).toContain('export pour les rédactions');
  expect(readme).not.toContain('{base}');
  for (const id of embedIds) {
    const folder = join(EXPORT_DIR, 'charts', 'fr', id);
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toContain('Licence\n-------');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<html lang="fr"');
  }
});
