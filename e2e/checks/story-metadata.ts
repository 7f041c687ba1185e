/** A story's byline and dates, its NewsArticle JSON-LD agreeing with them, and a 1200×630 share image. */
import { expect } from '@playwright/test';
import { type PageCheck, isStory } from './check.ts';
import { pngSize } from './served.ts';

/** How each edition's byline begins. */
const BYLINE = { en: 'By ', fr: 'La rédaction' };

export const storyMetadata: PageCheck<void> = {
  name: 'story-metadata',
  appliesTo: isStory,
  async run({ page, request, target }) {
    await expect(page.locator('.byline')).toContainText(BYLINE[target.lang]);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('NewsArticle');
    const published = await page.locator('.dates time').first().getAttribute('datetime');
    expect(ld.datePublished).toBe(published);
    const updates = await page.locator('.updates time').evaluateAll((t) => t.map((x) => x.getAttribute('datetime')!));
    expect(ld.dateModified).toBe([published!, ...updates].sort().at(-1));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await pngSize(request, new URL(image!).pathname)).toEqual([1200, 630]);
  },
  summary: {
    title: 'every story was checked, in each theme',
    run(measures) {
      for (const mode of ['light', 'dark'] as const)
        expect(measures.filter((m) => m.mode === mode && m.target.lang === 'en').map((m) => m.target.path)).toEqual(
          expect.arrayContaining(['/stories/h200-approvals-gap/', '/stories/how-we-got-here/', '/stories/methodology/']),
        );
    },
  },
};
