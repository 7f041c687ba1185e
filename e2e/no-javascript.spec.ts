/** With JavaScript off, on the stories that place the charts. Every page's charts and tables without JavaScript are checked by the sweep (e2e/checks/no-js-charts.ts). */
import { expect, test } from '@playwright/test';
import { allEvents, storyEvents } from './site.ts';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the three charts appear where the stories place them', async ({ page }) => {
  await page.goto('/stories/h200-approvals-gap/');
  expect(await page.locator('figure.chart').evaluateAll((f) => f.map((x) => x.id))).toEqual([
    'chart-orders-approvals-stock',
    'chart-figures-over-time',
    'chart-policy-timeline.from-2026-01.to-2026-02.actors-chinese-government-nvidia',
  ]);
  // The window holds the events of its months and actors, and only those.
  const window = allEvents.filter((e) => e.date >= '2026-01' && e.date < '2026-03' && ['chinese-government', 'nvidia'].includes(e.actor));
  const drawn = await page
    .locator('figure[data-chart="policy-timeline"] .artboard svg:visible [data-event]')
    .evaluateAll((g) => g.map((x) => x.getAttribute('data-event')));
  expect(drawn).toEqual(window.map((e) => e.id));
  await page.goto('/stories/how-we-got-here/');
  await expect(page.locator('figure#chart-policy-timeline .artboard svg:visible [data-event]')).toHaveCount(storyEvents.length);
});

test('with JavaScript off no control that needs scripts shows, and the drawing stays behind its text alternative', async ({ page }) => {
  for (const path of ['/stories/how-we-got-here/', '/fr/stories/how-we-got-here/']) {
    await page.goto(path);
    await expect(page.locator('.chart-controls')).toBeHidden();
    await expect(page.locator('.event-panel')).toBeHidden();
    await expect(page.locator('copy-code button').first()).toBeHidden();
    await expect(page.locator('#chart-policy-timeline .artboards')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('#chart-policy-timeline .artboards [tabindex="0"]')).toHaveCount(0);
    // A summary that points to the table, which lists every event: not the table again.
    const description = page.locator('#policy-timeline-description');
    await expect(description).toContainText(String(storyEvents.length));
    await expect(description).toContainText(path.startsWith('/fr/') ? 'Afficher les données' : 'Show the data');
    await expect(description).not.toContainText(storyEvents[0].title[path.startsWith('/fr/') ? 'fr' : 'en']);
  }
});
