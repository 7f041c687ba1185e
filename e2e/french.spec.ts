/**
 * The French edition: every page at /fr/… in French, with French numbers and dates, `lang`,
 * `hreflang` alternates both ways and a language switch; text alternatives that read as sentences
 * with their numbers, in both languages; French embeds, downloads and export READMEs.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { data, embedIds, sitePaths } from './site.ts';
import { EXPORT_DIR } from './servers/addresses.ts';
import { formatFigure, formatDate } from '../src/lib/format.ts';
import { getUi } from '../src/i18n/ui.ts';

const ui = getUi();
const figure = (id: string) => data.figures.find((f) => f.id === id)!;
/** The French path of an English one: `/stories/x/` → `/fr/stories/x/`. */
const french = (path: string) => (path === '/404.html' ? path : `/fr${path}`);
const textOf = (entry: (typeof ui.strings)[string], lang: 'en' | 'fr') => (typeof entry[lang] === 'string' ? entry[lang] : entry[lang].other) as string;
/**
 * Interface strings that differ between the languages and can be told apart in running text. The
 * language switch and language names are meant to appear in the other language's pages.
 */
const distinctive = (lang: 'en' | 'fr') =>
  Object.entries(ui.strings)
    .filter(([key, entry]) => !/^(nav\.read-in|language\.)/.test(key) && textOf(entry, 'en') !== textOf(entry, 'fr'))
    .map(([, entry]) => textOf(entry, lang))
    .filter((text) => !/\{/.test(text) && text.length >= 8);

async function alternates(page: Page) {
  return Object.fromEntries(
    await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
  );
}

test('every English page has its French twin, each naming the other with hreflang and a language switch', async ({ page, request }) => {
  const english = (await sitePaths(request)).filter((p) => !p.startsWith('/fr/') && p !== '/404.html');
  expect(english.length).toBeGreaterThanOrEqual(4);
  for (const path of english) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await alternates(page), path).toEqual({ en: path, fr: french(path), 'x-default': path });
    await page.getByRole('link', { name: 'Lire en français' }).click();
    await expect(page).toHaveURL(new RegExp(`${french(path)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(await alternates(page), french(path)).toEqual({ en: path, fr: french(path), 'x-default': path });
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
});

test('French pages show no English interface text, and English pages no French', async ({ page, request }) => {
  const paths = (await sitePaths(request)).filter((p) => p !== '/404.html');
  const [en, fr] = [distinctive('en'), distinctive('fr')];
  expect(en.length).toBeGreaterThan(40);
  for (const path of paths) {
    await page.goto(path);
    // Headlines keep their own language, marked with lang: only the page's own words count.
    const lang = path.startsWith('/fr/') ? 'fr' : 'en';
    const text = await page.evaluate((lang) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const el of body.querySelectorAll(`[lang]:not([lang="${lang}"])`)) el.remove();
      return body.textContent ?? '';
    }, lang);
    const foreign = path.startsWith('/fr/') ? en : fr;
    expect(
      foreign.filter((s) => text.includes(s)),
      path,
    ).toEqual([]);
  }
});

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
  await expect(page.locator('#chart-orders-approvals-stock .artboard-wide svg')).toContainText('plus de 400\u202f000');
});

for (const lang of ['en', 'fr'] as const) {
  test(`every chart's text alternative reads as sentences with its numbers (${lang})`, async ({ page }) => {
    const prefix = lang === 'en' ? '' : '/fr';
    for (const story of ['h200-approvals-gap', 'how-we-got-here']) {
      await page.goto(`${prefix}/stories/${story}/`);
      for (const chart of await page.locator('figure.chart').all()) {
        const id = (await chart.getAttribute('data-chart'))!;
        const text = (await chart.locator(`#${id}-description`).textContent())!.trim();
        expect(text, id).toMatch(/^[A-ZÀ-Ý].+\.$/s);
        // A month alone takes its own preposition: "en décembre 2025", never "au décembre 2025".
        expect(text, id).not.toMatch(/\b(au|du) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/);
        // Sentences, not a list of values: each ends with a full stop and has a verb-free label and value joined by words.
        expect(text.split(/(?<=\.) (?=[A-ZÀ-Ý\d])/).length, id).toBeGreaterThan(3);
        const keys = await chart.locator('.artboard-wide [data-tip]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.key!));
        for (const key of keys) {
          const f = data.figures.find((x) => x.id === key);
          const e = data.events.find((x) => x.id === key);
          if (f) expect(text, `${id}: ${key}`).toContain(formatFigure(f, { lang }));
          if (e) expect(text, `${id}: ${key}`).toContain(e.title[lang]);
        }
      }
    }
  });
}

test('French embeds, downloads and READMEs are in French', async ({ page, request }) => {
  for (const id of embedIds) {
    await page.goto(`/fr/embed/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(Object.keys(await alternates(page)).sort()).toEqual(['en', 'fr']);
    await expect(page.locator('.embed-links')).toContainText("Lire l'article sur");
    await expect(page.locator('.embed-lang')).toHaveText('Read in English');
    const readme = await (await request.get(`/fr/embed/${id}/README.txt`)).text();
    expect(readme).toMatch(/Données (au|de) /);
    expect(readme).toContain("Code d'intégration");
    expect(readme).toContain(`/fr/embed/${id}/`);
    const svg = await (await request.get(`/fr/embed/${id}/${id}.svg`)).text();
    expect(svg).toContain('xml:lang="fr"');
    expect(svg).toContain('Sources\u00a0:');
    const rows = parse(await (await request.get(`/fr/embed/${id}/${id}.csv`)).text(), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const f = data.figures.find((x) => x.id === row.id);
      const e = data.events.find((x) => x.id === row.id);
      expect(row.label ?? row.title).toBe(f ? f.label.fr : e!.title.fr);
    }
  }
});

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
