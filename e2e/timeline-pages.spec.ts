/**
 * The full timeline on its own pages: the overview of every month and a page per year, in both
 * languages, with and without JavaScript; and old `#event-<id>` links to the timeline story, which
 * now shows only the latest events, still reach their event. Axe, themes, links, budgets and the
 * no-JavaScript drawing are checked on these pages by the sweep (pages.spec.ts), as on every page.
 */
import { expect, test } from '@playwright/test';
import { allEvents, EDITIONS, storyEvents } from './site.ts';

/** The `#event-<id>` rows of a page's HTML, as the server sends it. */
const rowIds = (html: string) => [...html.matchAll(/<tr id="event-([^"]+)"/g)].map((m) => m[1]);
/** The links of the overview's years: the first page of each year, then its other parts. */
const yearLinks = (html: string) => [...html.matchAll(/<nav class="timeline-years"[\s\S]*?<\/nav>/g)][0][0].match(/href="[^"]+"/g)!.map((h) => h.slice(6, -1));

for (const [lang, prefix] of Object.entries(EDITIONS)) {
  test(`${lang}: the year pages hold every event exactly once, and the overview counts each`, async ({ request }) => {
    const overview = await (await request.get(`${prefix}/timeline/`)).text();
    const seen: string[] = [];
    for (const href of yearLinks(overview)) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      seen.push(...rowIds(await response.text()));
    }
    expect(seen.sort()).toEqual(allEvents.map((e) => e.id).sort());
    // Every month with events is a link to its first event, on its year's page.
    const months = new Set(allEvents.map((e) => e.date.slice(0, 7)));
    const monthLinks = [...overview.matchAll(/<a [^>]*class="overview-month"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]);
    expect(monthLinks).toHaveLength(months.size);
    for (const href of monthLinks) expect(href).toMatch(new RegExp(`^${prefix}/timeline/\\d{4}/(\\d+/)?#event-`));
  });
}

test('a month on the overview opens its first event on its year page, with the filters and panel of the timeline', async ({ page }) => {
  await page.goto('/timeline/');
  const first = allEvents[0];
  await page.locator('a.overview-month').first().click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${first.date.slice(0, 4)}/#event-${first.id}$`));
  await expect(page.locator('.event-panel')).toContainText(first.title.en);
  await expect(page.locator('.chart-controls')).toBeVisible();
});

test('a year page filters its events by actor, and its count says how many of the year it shows', async ({ page }) => {
  const year = '2026';
  const events = allEvents.filter((e) => e.date.startsWith(year));
  await page.goto(`/fr/timeline/${year}/`);
  await expect(page.locator('.timeline-count')).toHaveText(`${events.length} événements affichés sur ${events.length}`);
  await page.getByRole('checkbox', { name: 'Nvidia' }).uncheck();
  const shown = events.filter((e) => e.actor !== 'nvidia').length;
  await expect(page.locator('.timeline-count')).toHaveText(`${shown} événements affichés sur ${events.length}`);
});

test('an old link to an event the story no longer shows reaches it on its year page', async ({ page }) => {
  const old = allEvents.find((e) => !storyEvents.includes(e))!;
  await page.goto(`/stories/how-we-got-here/#event-${old.id}`);
  await expect(page).toHaveURL(new RegExp(`/timeline/${old.date.slice(0, 4)}/#event-${old.id}$`));
  await expect(page.locator('.event-panel')).toContainText(old.title.en);
  await expect(page.locator(`[data-key="${old.id}"]:visible`)).toBeFocused();
  // The story's own address is replaced, so Back does not bounce the reader again.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

test('a link to an event the story shows stays on the story', async ({ page }) => {
  const shown = storyEvents.at(-1)!;
  await page.goto(`/stories/how-we-got-here/#event-${shown.id}`);
  await expect(page.locator('.event-panel')).toContainText(shown.title.en);
  await expect(page).toHaveURL(new RegExp(`/stories/how-we-got-here/#event-${shown.id}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview and a year page are complete: the drawing, the counts, every event and its sources', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('.overview-art svg a.overview-month')).toHaveCount(new Set(allEvents.map((e) => e.date.slice(0, 7))).size);
    await page.locator('.data-table summary').click();
    await expect(page.locator('.data-table tbody tr')).toHaveCount(new Set(allEvents.map((e) => e.date.slice(0, 7))).size);
    const year = allEvents[0].date.slice(0, 4);
    await page.goto(`/timeline/${year}/`);
    const events = allEvents.filter((e) => e.date.startsWith(year));
    await expect(page.locator('.artboard svg:visible [data-event]')).toHaveCount(events.length);
    await expect(page.locator('.chart-controls')).toBeHidden();
    for (const e of events) await expect(page.locator(`#event-${e.id}`)).toBeAttached();
  });
});
