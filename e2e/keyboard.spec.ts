/**
 * Keyboard only: a reader who cannot use a pointer walks the lead story from top to bottom and
 * works the timeline. Every stop is visible and shows where focus is.
 */
import { test, expect, type Page } from '@playwright/test';
import { storyEvents } from './site.ts';

interface Stop {
  tag: string;
  text: string;
  key?: string;
  visible: boolean;
  outlined: boolean;
}

/** Where focus is, and whether a reader can see it: on screen, with an outline (or the skip link shown). */
function stop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      key: el.dataset?.key,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test('the lead story, walked with Tab alone, reaches everything in order, visibly', async ({ page }) => {
  await page.goto('/stories/h200-approvals-gap/');
  const stops: Stop[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const s = await stop(page);
    if (s.tag === 'body' || (stops.length > 0 && s.text === stops[0].text && s.tag === stops[0].tag)) break;
    stops.push(s);
  }
  expect(stops[0]).toMatchObject({ tag: 'a', text: 'Skip to content' });
  const texts = stops.map((s) => s.text);
  for (const wanted of ['H200 Ledger', 'Lire en français', 'Show the data (6 rows)', 'Embed', 'RSS feed']) expect(texts, wanted).toContain(wanted);
  // Each chart is one stop, at its first mark.
  const charts = await page.locator('figure.chart').count();
  expect(charts).toBe(3);
  expect(stops.filter((s) => s.key).length).toBe(charts);
  // Every source the story lists is reachable.
  const sources = await page.locator('.sources a[data-source]').count();
  expect(stops.filter((s) => s.tag === 'a' && s.text.length > 0).length).toBeGreaterThan(sources);
  const hidden = stops.filter((s) => !s.visible || !s.outlined);
  expect(hidden, 'stops a reader cannot see').toEqual([]);
  // The footer's links come last: nothing traps focus on the way.
  expect(stops.slice(-3).map((s) => s.text)).toEqual(['RSS feed', 'The data and its downloads', 'What changed']);
});

test('a data table and the embed code open from the keyboard', async ({ page }) => {
  await page.goto('/stories/h200-approvals-gap/');
  const summary = page.locator('#chart-orders-approvals-stock details.data-table summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#chart-orders-approvals-stock table')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
  await page.locator('#chart-orders-approvals-stock details.chart-embed summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy code');
});

test('the timeline works from the keyboard: filter, period, steps, open and close', async ({ page }) => {
  await page.goto('/stories/how-we-got-here/');
  const events = storyEvents;
  await page.locator('#chart-policy-timeline .chart-dek').click();
  // The line that says the story shows the latest events links to the full timeline, first.
  await page.keyboard.press('Tab');
  expect(await stop(page)).toMatchObject({ tag: 'a', text: 'See the full timeline', visible: true, outlined: true });
  await page.keyboard.press('Tab');
  expect(await stop(page)).toMatchObject({ tag: 'input', visible: true, outlined: true });
  // Space unticks the first actor, the US government.
  await page.keyboard.press('Space');
  const us = events.filter((e) => e.actor === 'us-government').length;
  await expect(page.locator('.timeline-count')).toHaveText(`${events.length - us} events shown of ${events.length}`);
  await page.keyboard.press('Space');
  // On to the period: the first slider moves a month at a time.
  while ((await stop(page)).tag !== 'input' || !(await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'range')))
    await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const labels = JSON.parse((await page.locator('timeline-explorer').getAttribute('data-labels'))!) as string[];
  await expect(page.getByRole('slider', { name: /^From/ })).toHaveAttribute('aria-valuetext', labels[1]);
  const firstMonth = events.filter((e) => e.date.startsWith(events[0].date.slice(0, 7))).length;
  await expect(page.locator('.timeline-count')).toHaveText(`${events.length - firstMonth} events shown of ${events.length}`);
  await page.keyboard.press('Home');
  // Then into the chart: one stop, then arrows from event to event.
  for (let i = 0; i < 10 && !(await stop(page)).key; i++) await page.keyboard.press('Tab');
  // The tab stop moved to the next event shown when the first was filtered out, and stayed there.
  expect((await stop(page)).key).toBe(events[firstMonth].id);
  await page.keyboard.press('Home');
  expect((await stop(page)).key).toBe(events[0].id);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect((await stop(page)).key).toBe(events[2].id);
  await page.keyboard.press('Enter');
  await expect(page.locator('.event-panel')).toContainText(events[2].title.en);
  // The panel follows the chart: Tab walks its sources and its link, then reaches its close button.
  const walked: string[] = [];
  for (let i = 0; i < 8 && walked.at(-1) !== 'Close'; i++) {
    await page.keyboard.press('Tab');
    const s = await stop(page);
    expect(s, s.text).toMatchObject({ visible: true, outlined: true });
    walked.push(s.text);
  }
  const sources = events[2].sources.length;
  expect(walked.length).toBe(sources + 2);
  expect(walked.slice(-2)).toEqual(['Link to this event', 'Close']);
  await page.keyboard.press('Enter');
  await expect(page.locator('.event-panel')).toBeHidden();
  expect((await stop(page)).key).toBe(events[2].id);
});
