/**
 * Each page of the sitemap has its twin in the other language, in the sweep too; each names both
 * (and x-default, the English one) with hreflang alternates, and links to the other with its
 * language switch.
 */
import { expect, type Page } from '@playwright/test';
import { EDITIONS, pages } from '../site.ts';
import type { PageCheck } from './check.ts';

/** The page's hreflang alternates: language → path. */
export async function alternates(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
  );
}

/** The language switch's words on each edition's pages. */
const SWITCH = { en: 'Lire en français', fr: 'Read in English' };

export const languages: PageCheck<void> = {
  name: 'languages',
  appliesTo: (target) => target.kind === 'page',
  async run({ page, target }) {
    const english = target.lang === 'en' ? target.path : target.path.slice(EDITIONS[target.lang].length);
    const french = `${EDITIONS.fr}${english}`;
    const twin = target.lang === 'en' ? french : english;
    expect(
      pages.filter((p) => p.kind === 'page').map((p) => p.path),
      `${target.path}: its twin ${twin} is in the sitemap`,
    ).toContain(twin);
    await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
    expect(await alternates(page), target.path).toEqual({ en: english, fr: french, 'x-default': english });
    const link = page.getByRole('link', { name: SWITCH[target.lang] });
    await expect(link).toBeVisible();
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname, `${target.path}: the language switch`).toBe(twin);
  },
  summary: {
    title: 'four English pages or more were checked with their French twins, in each theme',
    run(measures) {
      for (const mode of ['light', 'dark'] as const) {
        const visited = measures.filter((m) => m.mode === mode);
        expect(visited.filter((m) => m.target.lang === 'en').length, mode).toBeGreaterThanOrEqual(4);
        expect(visited.filter((m) => m.target.lang === 'fr').length, mode).toBe(visited.filter((m) => m.target.lang === 'en').length);
      }
    },
  },
};
