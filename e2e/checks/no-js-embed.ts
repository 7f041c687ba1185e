/**
 * With JavaScript off, an embed page shows its title, chart, notes, sources, "as of" date and a
 * link back to its story, credit and licence; a pinned one also names its release and links to
 * the live embed and to what changed since.
 */
import { expect } from '@playwright/test';
import { EDITIONS, embedIds, pinnedEmbeds, PUBLISHED, shownData, site } from '../site.ts';
import type { PageCheck } from './check.ts';

/** The words of the link back to the story in each edition. */
const READ_THE_STORY = { en: 'Read the story', fr: "Lire l'article" };
/** The words of a pinned embed's release line in each edition. */
const RELEASE = { en: 'Data of release', fr: 'Données de la version' };

export const noJsEmbed: PageCheck<void> = {
  name: 'no-js-embed',
  appliesTo: (target) => target.kind === 'embed',
  async run({ page, target }) {
    // The embed's placement: a chart's id, with its window if it has one (policy-timeline.from-2026-01…).
    const id = target.chart!;
    // A pinned embed shows its release's data and texts.
    const { data, charts } = shownData(target);
    const chart = charts.find((c) => c.id === id.split('.')[0])!;
    await expect(page.locator('h1')).toHaveText(chart.title[target.lang]);
    await expect(page.locator('.artboard svg:visible')).toHaveCount(1);
    await expect(page.locator('.chart-notes li')).toHaveCount(chart.notes.length);
    const sources = await page.locator('.chart-sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sources.length).toBeGreaterThan(0);
    for (const href of sources) expect(data.sources.map((s) => s.url)).toContain(href);
    await expect(page.locator('.chart-as-of time')).toHaveAttribute('datetime', /^\d{4}-\d{2}(-\d{2})?$/);
    await expect(page.locator('.embed-links a', { hasText: READ_THE_STORY[target.lang] })).toHaveAttribute(
      'href',
      new RegExp(`^${PUBLISHED}${EDITIONS[target.lang]}/stories/[a-z0-9-]+/#chart-${id.replaceAll('.', '\\.')}$`),
    );
    await expect(page.locator('.embed-links')).toContainText(site.credit[target.lang]);
    await expect(page.locator('.embed-links a[rel="license"]')).toHaveAttribute('href', site.licence.url);
    // Links open outside the partner's page, never navigating it.
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
    if (target.version === undefined) {
      await expect(page.locator('.embed-release')).toHaveCount(0);
      return;
    }
    const release = page.locator('.embed-release');
    await expect(release).toContainText(`${RELEASE[target.lang]} ${target.version}.`);
    const hrefs = await release.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `${PUBLISHED}${EDITIONS[target.lang]}/embed/${id}/`,
      `${PUBLISHED}${EDITIONS[target.lang]}/data/changes/#release-${target.version}`,
    ]);
    // Without scripts, nothing says a newer release exists: the page cannot know.
    await expect(page.locator('.embed-newer')).toHaveCount(0);
  },
  summary: {
    title: 'every chart, and every release of it, was read with JavaScript off in both languages',
    run(measures) {
      for (const lang of Object.keys(EDITIONS) as (keyof typeof EDITIONS)[]) {
        const read = measures.filter((m) => m.target.lang === lang);
        expect(
          read
            .filter((m) => m.target.version === undefined)
            .map((m) => m.target.chart)
            .sort(),
          lang,
        ).toEqual([...embedIds].sort());
        expect(
          read
            .filter((m) => m.target.version !== undefined)
            .map((m) => `${m.target.chart} ${m.target.version}`)
            .sort(),
          lang,
        ).toEqual(pinnedEmbeds.map((p) => `${p.chart} ${p.version}`).sort());
      }
    },
  },
};
