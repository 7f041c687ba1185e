/**
 * What changed in the data, as a reader sees it: /data/changes/ in both languages, with and without
 * JavaScript, shows every revision between the recorded releases with its number before and after,
 * every row the latest release touched under its own anchor, and the story's correction leads there.
 */
import { expect, test } from '@playwright/test';
import { isRevision, releaseChanges } from '../src/data/release-diff.ts';
import { formatFigure } from '../src/lib/format.ts';
import { EDITIONS, releases } from './site.ts';

const changes = releaseChanges(releases);

for (const lang of ['en', 'fr'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('the changes page shows every release and every revision, old and new', async ({ page }) => {
        await page.goto(`${EDITIONS[lang]}/data/changes/`);
        await expect(page.locator('section.release')).toHaveCount(releases.length);
        await expect(page.locator('section.release').first()).toHaveAttribute('id', `release-${releases.at(-1)!.version}`);
        for (const { release, changes: c } of changes) {
          const revised = c.figures.changed.filter(isRevision);
          await expect(page.locator(`#release-${release.version} .changes-revised .change`)).toHaveCount(revised.length);
          for (const change of revised) {
            const entry = page.locator(`[id="change-${release.version}-figure-${change.id}"]`);
            await expect(entry).toBeVisible();
            await expect(entry).toContainText(change.after.label[lang]);
            if (change.fields.includes('bound') || change.fields.includes('value')) {
              await expect(entry.locator('.was').first()).toContainText(formatFigure(change.before, { lang }));
              await expect(entry.locator('.now').first()).toContainText(formatFigure(change.after, { lang }));
            }
          }
          // Every row the release added or changed has its entry.
          const rows = [
            ...[...c.figures.added, ...c.figures.changed.map((x) => x.after)].map((f) => `figure-${f.id}`),
            ...[...c.events.added, ...c.events.changed.map((x) => x.after)].map((e) => `event-${e.id}`),
            ...[...c.sources.added, ...c.sources.regraded.map((x) => x.after)].map((s) => `source-${s.id}`),
          ];
          const anchors = await page.locator(`#release-${release.version} .change`).evaluateAll((list) => list.map((e) => e.id));
          expect(anchors).toEqual(expect.arrayContaining(rows.map((row) => `change-${release.version}-${row}`)));
        }
      });

      test("a story's correction links to its figure's entry, which quotes it", async ({ page }) => {
        await page.goto(`${EDITIONS[lang]}/stories/h200-approvals-gap/`);
        await page.locator('.updates > summary').click();
        const link = page.locator('.update-changes a').first();
        const href = (await link.getAttribute('href'))!;
        // The correction's own words: its list item without its date and its links.
        const correction = await link.locator('xpath=ancestor::li').evaluate((li) => {
          const copy = li.cloneNode(true) as HTMLElement;
          for (const part of copy.querySelectorAll('strong, .update-changes')) part.remove();
          return (copy.textContent ?? '').trim();
        });
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/data/changes/${href.slice(href.indexOf('#'))}$`));
        const entry = page.locator(href.slice(href.indexOf('#')).replace(/^#(.*)$/, '[id="$1"]'));
        await expect(entry).toBeInViewport();
        await expect(entry.locator('.change-correction').first()).toContainText(correction.slice(0, 60));
      });
    });
  }
}

test('the dataset page describes the latest release as a schema.org Dataset whose every download is served', async ({ page, request }) => {
  for (const lang of ['en', 'fr'] as const) {
    await page.goto(`${EDITIONS[lang]}/data/`);
    const [json] = await page.locator('script[type="application/ld+json"]').allTextContents();
    const dataset = JSON.parse(json);
    const latest = releases.at(-1)!;
    expect(dataset).toMatchObject({ '@type': 'Dataset', version: latest.version, dateModified: latest.date, inLanguage: lang });
    const names = dataset.distribution.map((d: { name: string }) => d.name);
    expect(names[0]).toBe(`h200-ledger-data-${latest.version}.zip`);
    expect(names).toEqual(expect.arrayContaining(['datapackage.json', 'figures.csv', 'sources.csv', 'events.csv', 'SHA256SUMS']));
    for (const d of dataset.distribution as { contentUrl: string; contentSize: string }[]) {
      const response = await request.get(new URL(d.contentUrl).pathname);
      expect(response.status(), d.contentUrl).toBe(200);
      expect(`${(await response.body()).length} B`).toBe(d.contentSize);
    }
    expect(dataset.isBasedOn).toEqual(expect.arrayContaining(latest.data.sources.map((s) => s.url)));
    // Each earlier release keeps its zip on the page.
    for (const release of releases.slice(0, -1))
      await expect(page.locator(`a[href$="/data/${release.version}/h200-ledger-data-${release.version}.zip"]`)).toHaveCount(1);
  }
});

test("every embed's README names the chart's change feed and the data's, which answer", async ({ request }) => {
  for (const path of ['/embed/orders-approvals-stock/README.txt', `/fr/embed/policy-timeline/v/${releases[0].version}/README.txt`]) {
    const readme = await (await request.get(path)).text();
    const feeds = [...readme.matchAll(/https?:\/\/\S+\/(?:changes\.json|changes\.xml)/g)].map((m) => new URL(m[0]).pathname);
    const prefix = path.startsWith('/fr/') ? '/fr' : '';
    const chart = path.split('/')[prefix ? 3 : 2];
    expect(feeds, path).toEqual([`${prefix}/embed/${chart}/changes.json`, `${prefix}/data/changes.xml`]);
    for (const feed of feeds) expect((await request.get(feed)).status(), feed).toBe(200);
  }
});
