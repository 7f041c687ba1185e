/**
 * Every number in its source's own words, where the reader reads it: a story's figures link to
 * numbered notes with the quote, the source and the "as of" date (with JavaScript off), the notes
 * open in place as a popover (pointer, touch, keyboard), and the quote reaches the charts'
 * tooltips, tables, downloads and embeds. Corrections reach both stories, their embeds, the feed
 * and the structured data.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { data, watch } from './site.ts';
import { loadFrontmatter } from '../src/data/load.ts';
import { storySchema } from '../src/data/content-schema.ts';
import { SITE } from './servers/addresses.ts';

const LEAD = '/stories/h200-approvals-gap/';
const figure = (id: string) => data.figures.find((f) => f.id === id)!;
const source = (id: string) => data.sources.find((s) => s.id === id)!;
/** A story's dated updates, as its frontmatter gives them. */
const updatesOf = (slug: string, lang: string) =>
  loadFrontmatter({ path: join(import.meta.dirname, '..', 'content', 'stories', `${slug}.${lang}.mdx`), name: slug }, storySchema).row.updates;
/** The date of the latest correction, in any story, that changes chart `id`. */
const latestCorrection = (id: string) =>
  ['h200-approvals-gap', 'how-we-got-here', 'methodology']
    .flatMap((slug) => updatesOf(slug, 'en'))
    .filter((u) => u.kind === 'correction' && (u.charts as string[]).includes(id))
    .map((u) => u.date)
    .sort()
    .at(-1);

/** Each figure the page's prose states, with its note mark's target. */
const factsOn = (page: Page) =>
  page
    .locator('.story-body .fact')
    .evaluateAll((facts) => facts.map((f) => ({ id: f.getAttribute('data-fact')!, href: f.querySelector('a.note-ref')?.getAttribute('href') ?? null })));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [LEAD, `/fr${LEAD}`]) {
    test(`${path}: each figure's note gives its source's own words, its source and its date, and links back`, async ({ page }) => {
      await page.goto(path);
      const facts = await factsOn(page);
      expect(facts.length).toBeGreaterThanOrEqual(10);
      const lang = path.startsWith('/fr/') ? 'fr' : 'en';
      for (const { id, href } of facts) {
        expect(href, `${id} has a note mark`).toMatch(/^#note-\d+$/);
        const note = page.locator(href!);
        await expect(note, id).toHaveAttribute('data-figure', id);
        const f = figure(id);
        const from = source(f.quoteSource);
        const quote = note.locator('blockquote q');
        await expect(quote, id).toHaveText(f.quote);
        // The quote stays in its source's language, and says so when that is not the page's.
        if (from.language === lang) await expect(quote, id).not.toHaveAttribute('lang', /./);
        else await expect(quote, id).toHaveAttribute('lang', from.language);
        await expect(note.locator('blockquote'), id).toHaveAttribute('cite', from.url);
        await expect(note.locator(`.note-source a[href="${from.url}"]`), id).toHaveText(from.title);
        await expect(note.locator('.note-source time').first(), id).toHaveAttribute('datetime', from.published);
        await expect(note.locator('.note-figure'), id).toContainText(f.label[lang]);
        // Back to the figure's first mark in the text.
        const back = await note.locator('.note-back a').getAttribute('href');
        await expect(page.locator(back!), id).toHaveAttribute('href', href!);
      }
      // The mark jumps to its note, and the note's link jumps back.
      const first = page.locator('a.note-ref').first();
      await first.click();
      expect(new URL(page.url()).hash).toBe((await first.getAttribute('href'))!);
      await page.locator(`${new URL(page.url()).hash} .note-back a`).click();
      expect(new URL(page.url()).hash).toBe(`#${await first.getAttribute('id')}`);
    });
  }

  test('each figure a story states has one note, and every note is reached from the text', async ({ page }) => {
    await page.goto('/stories/methodology/');
    const facts = await factsOn(page);
    const notes = await page.locator('.fact-notes li').count();
    expect(new Set(facts.map((f) => f.href)).size).toBe(notes);
    expect(new Set(facts.map((f) => f.id)).size).toBe(notes);
  });
});

test.describe('the note in place, with JavaScript', () => {
  test('opens by pointer beside its mark, takes focus, closes with Escape, and moves nothing on the page', async ({ page }) => {
    const problems = watch(page, SITE);
    await page.goto(LEAD);
    const mark = page.locator('a.note-ref').nth(2);
    await mark.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => ({
      y: window.scrollY,
      height: document.documentElement.scrollHeight,
      top: document.querySelector('h1')!.getBoundingClientRect().top,
    }));
    await mark.click();
    const popover = page.locator('#fact-note-popover');
    await expect(popover).toBeVisible();
    const id = (await mark.getAttribute('href'))!.slice(1);
    const f = figure((await page.locator(`#${id}`).getAttribute('data-figure'))!);
    await expect(popover.locator('q')).toHaveText(f.quote);
    await expect(popover).toBeFocused();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    // No layout shift: the page neither scrolls nor grows, and the URL keeps no fragment.
    expect(
      await page.evaluate(() => ({
        y: window.scrollY,
        height: document.documentElement.scrollHeight,
        top: document.querySelector('h1')!.getBoundingClientRect().top,
      })),
    ).toEqual(before);
    expect(new URL(page.url()).hash).toBe('');
    // Beside its mark, inside the screen.
    const [at, box, viewport] = [(await mark.boundingBox())!, (await popover.boundingBox())!, page.viewportSize()!];
    expect(Math.abs(box.y - (at.y + at.height)) < 40 || Math.abs(box.y + box.height - at.y) < 40).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(mark).toBeFocused();
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
    expect(problems).toEqual([]);
  });

  test('opens from the keyboard with Enter or Space, and its close button returns focus to the mark', async ({ page }) => {
    await page.goto(`/fr${LEAD}`);
    const mark = page.locator('a.note-ref').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('#fact-note-popover');
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAttribute('role', 'dialog');
    await expect(popover).toHaveAccessibleName(/^Note 1/);
    // The French page shows a French source's words as they are.
    await expect(popover.locator('q')).toHaveText(figure('h200-approved-by-china').quote);
    await popover.getByRole('button', { name: 'Fermer' }).click();
    await expect(popover).toBeHidden();
    await expect(mark).toBeFocused();
    await page.keyboard.press(' ');
    await expect(popover).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('opens by touch, fits the screen, and a tap elsewhere closes it; axe finds no violation while it is open', async ({ page }) => {
      // Axe reads the whole story, its three charts included: the time of the sweep's axe visits, not of a click.
      test.setTimeout(90_000);
      await page.goto(LEAD);
      const mark = page.locator('a.note-ref').nth(1);
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      const popover = page.locator('#fact-note-popover');
      await expect(popover).toBeVisible();
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.locator('h1').tap();
      await expect(popover).toBeHidden();
    });
  });
});

test('the charts carry the quote: tooltip, table and CSV', async ({ page, request }) => {
  await page.goto(LEAD);
  const approved = figure('h200-approved-by-china');
  const chart = page.locator('#chart-orders-approvals-stock');
  // The mark's name, which its tooltip shows.
  const mark = chart.locator('.artboard [data-key="h200-approved-by-china"][data-tip]');
  await expect(mark).toHaveAttribute('aria-label', new RegExp(approved.quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await mark.hover();
  await expect(chart.locator('.chart-tip')).toContainText(approved.quote);
  await chart.locator('.data-table summary').click();
  await expect(chart.locator('tbody tr', { hasText: approved.label.en }).locator('q[lang="fr"]')).toHaveText(approved.quote);
  for (const prefix of ['', '/fr']) {
    const rows = parse(await (await request.get(`${prefix}/embed/orders-approvals-stock/orders-approvals-stock.csv`)).text(), { columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      expect(row.quote, row.id).toBe(figure(row.id).quote);
      expect(row.quote_source, row.id).toBe(figure(row.id).quoteSource);
    }
  }
  // An embed page's marks carry the same words.
  await page.goto('/embed/figures-over-time/');
  await expect(page.locator('.artboard [data-tip][aria-label*="75,000"]')).toHaveAttribute('aria-label', /talked about limiting Chinese firms/);
});

test.describe('corrections', () => {
  for (const prefix of ['', '/fr']) {
    for (const slug of ['h200-approvals-gap', 'how-we-got-here']) {
      test(`${prefix}/stories/${slug}/ shows its dated corrections, and its JSON-LD carries them`, async ({ page }) => {
        await page.goto(`${prefix}/stories/${slug}/`);
        const written = updatesOf(slug, prefix ? 'fr' : 'en');
        const dates = written
          .filter((u) => u.kind === 'correction')
          .map((u) => u.date)
          .sort();
        expect(dates.length).toBeGreaterThanOrEqual(2);
        const corrections = page.locator('.updates li.update-correction');
        await expect(corrections).toHaveCount(dates.length);
        await expect(page.locator('.updates summary .corrected time')).toHaveAttribute('datetime', dates.at(-1)!);
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
        expect(ld.dateModified).toBe(
          written
            .map((u) => u.date)
            .sort()
            .at(-1),
        );
        expect(ld.correction.map((c: { datePublished: string }) => c.datePublished).sort()).toEqual(dates);
        for (const c of ld.correction) {
          expect(c['@type']).toBe('CorrectionComment');
          const anchor = new URL(c.url).hash;
          await expect(page.locator(`${anchor}.update-correction`)).toContainText(c.text);
        }
      });
    }
  }

  test('the embeds of the corrected charts link to their latest correction, in both languages', async ({ page }) => {
    for (const path of ['/embed/orders-approvals-stock/', '/fr/embed/figures-over-time/', '/embed/policy-timeline/']) {
      await page.goto(path);
      const corrected = latestCorrection(path.split('/').at(-2)!);
      expect(corrected, path).toBeDefined();
      await expect(page.locator('.chart-correction time'), path).toHaveAttribute('datetime', corrected!);
      await expect(page.locator('.chart-correction a'), path).toHaveAttribute('href', /#update-\d+$/);
    }
  });
});
