/** An edition's home page leads to every story of the edition and to every chart, each shown on the page it links to. */
import { expect } from '@playwright/test';
import { EDITIONS, pages } from '../site.ts';
import { type PageCheck, isStory } from './check.ts';
import { servedDocument } from './served.ts';

export const home: PageCheck<void> = {
  name: 'home',
  appliesTo: (target) => target.kind === 'page' && target.path === `${EDITIONS[target.lang]}/`,
  async run({ page, request, target }) {
    const stories = pages.filter((p) => isStory(p) && p.lang === target.lang);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const story of stories) await expect(page.locator(`.story-list a[href="${story.path}"]`), story.path).toHaveCount(1);
    await expect(page.locator('.chart-list a')).toHaveCount(3);
    for (const href of await page.locator('.chart-list a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!))) {
      const [path, id] = href.split('#');
      expect((await servedDocument(request, path)).querySelectorAll(`figure[id="${id}"]`).length, href).toBe(1);
    }
  },
};
