/**
 * Interaction on top of the server-drawn charts: tooltips by pointer, touch and keyboard; the
 * timeline's filters, period, keyboard steps, deep links and the figures known on an event's date;
 * reduced motion; and the first-party JavaScript each page loads.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { data, storyEvents } from './site.ts';
import { SITE } from './servers/addresses.ts';
import { formatFigure } from '../src/lib/format.ts';
import { chipCounts } from '../src/charts/figures-over-time.ts';
import { figureRows } from '../src/charts/rows.ts';

const LEAD = '/stories/h200-approvals-gap/';
const TIMELINE = '/stories/how-we-got-here/';
const leadIds = ['h200-ordered', 'h200-expected-orders', 'h200-inventory', 'h200-approved-by-china', 'h200-planned-first-shipments', 'h200-shipped'];
const figure = (id: string) => data.figures.find((f) => f.id === id)!;
/** The events the story shows: the timeline's latest, in date order. */
const events = storyEvents;

/** The marks a reader can reach in a chart. */
const marks = (page: Page, chart: string) => page.locator(`#chart-${chart} .artboard:visible [data-tip]`);
const tip = (page: Page, chart: string) => page.locator(`#chart-${chart} .chart-tip`);
/** The `data-key` of the focused element. */
const focusedKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key);

async function expectTipFor(tipBox: Locator, id: string) {
  const f = figure(id);
  await expect(tipBox).toBeVisible();
  await expect(tipBox).toContainText(f.label.en);
  await expect(tipBox).toContainText(formatFigure(f));
  await expect(tipBox).toContainText(/as of /);
}

test.describe('chart tooltips', () => {
  test('pointing at a bar shows its label, value with bound, "as of" date and source', async ({ page }) => {
    await page.goto(LEAD);
    const bar = marks(page, 'orders-approvals-stock').first();
    await bar.hover();
    await expectTipFor(tip(page, 'orders-approvals-stock'), 'h200-ordered');
    await expect(tip(page, 'orders-approvals-stock')).toContainText('Reuters via The Decoder');
    await page.mouse.move(0, 0);
    await expect(tip(page, 'orders-approvals-stock')).toBeHidden();
  });

  test('the keyboard reaches every mark in reading order, and Escape closes the tooltip', async ({ page }) => {
    await page.goto(LEAD);
    const chart = marks(page, 'orders-approvals-stock');
    // One tab stop for the whole chart: Tab from the dek lands on its first mark.
    await page.locator('#chart-orders-approvals-stock .chart-dek').click();
    await page.keyboard.press('Tab');
    expect(await focusedKey(page)).toBe(leadIds[0]);
    await expectTipFor(tip(page, 'orders-approvals-stock'), leadIds[0]);
    const seen = [leadIds[0]];
    for (let i = 1; i < leadIds.length; i++) {
      await page.keyboard.press('ArrowDown');
      seen.push((await focusedKey(page))!);
      await expectTipFor(tip(page, 'orders-approvals-stock'), seen.at(-1)!);
    }
    expect(seen).toEqual(leadIds);
    expect(await chart.count()).toBe(leadIds.length);
    await page.keyboard.press('Home');
    expect(await focusedKey(page)).toBe(leadIds[0]);
    await page.keyboard.press('End');
    expect(await focusedKey(page)).toBe(leadIds.at(-1));
    await page.keyboard.press('Escape');
    await expect(tip(page, 'orders-approvals-stock')).toBeHidden();
    // Tab leaves the chart in one step: the marks are one stop, not six.
    await page.keyboard.press('Tab');
    expect(await focusedKey(page)).toBeUndefined();
  });

  test('each mark is named for screen readers by the words of its tooltip', async ({ page }) => {
    await page.goto(LEAD);
    const labels = await marks(page, 'orders-approvals-stock').evaluateAll((els) => els.map((el) => [el.getAttribute('role'), el.getAttribute('aria-label')]));
    expect(labels.map(([role]) => role)).toEqual(leadIds.map(() => 'img'));
    for (const [i, [, label]] of labels.entries()) expect(label).toContain(formatFigure(figure(leadIds[i])));
  });
});

test.describe('chart tooltips, further', () => {
  test('Escape closes a tooltip opened by the pointer, wherever focus is, and the pointer may rest on it', async ({ page }) => {
    await page.goto(LEAD);
    await marks(page, 'orders-approvals-stock').nth(2).hover();
    const box = tip(page, 'orders-approvals-stock');
    await expect(box).toBeVisible();
    const { x, y, width, height } = (await box.boundingBox())!;
    await page.mouse.move(x + width / 2, y + height / 2, { steps: 5 });
    await expect(box).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
  });

  test('a narrower column shows the same drawing, narrower: the tab stop and focus stay on their datum', async ({ page }) => {
    await page.goto(LEAD);
    await marks(page, 'orders-approvals-stock').and(page.locator('[tabindex="0"]')).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedKey(page)).toBe(leadIds[2]);
    const drawing = page.locator('#chart-orders-approvals-stock .artboards svg');
    await expect(drawing).toHaveCount(1);
    const wide = (await drawing.boundingBox())!.width;
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(drawing).toHaveCount(1);
    const narrow = (await drawing.boundingBox())!.width;
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeLessThanOrEqual(390);
    const stop = marks(page, 'orders-approvals-stock').and(page.locator('[tabindex="0"]'));
    await expect(stop).toHaveCount(1);
    expect(await stop.getAttribute('data-key')).toBe(leadIds[2]);
    expect(await focusedKey(page)).toBe(leadIds[2]);
  });

  test('a chart far down the page is set up when the reader nears it, with its tab stop there from the start', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(TIMELINE);
    const far = page.locator('#chart-figures-over-time');
    await expect(far.locator('[data-tip][tabindex="0"]')).toHaveCount(1);
    await expect(far.locator('.artboards')).not.toHaveAttribute('aria-hidden', 'true');
    await expect(far.locator('.chart-tip')).toHaveCount(0);
    await far.scrollIntoViewIfNeeded();
    await expect(far.locator('.chart-tip')).toHaveCount(1);
    await far.locator('circle[data-tip]').first().hover();
    await expect(tip(page, 'figures-over-time')).toBeVisible();
  });

  test('Tab reaches a chart not yet set up, and its tooltip shows', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(TIMELINE);
    const far = page.locator('#chart-figures-over-time');
    await expect(far.locator('.chart-tip')).toHaveCount(0);
    await far.locator('[data-tip][tabindex="0"]').focus();
    await expect(tip(page, 'figures-over-time')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    expect(await focusedKey(page)).toBe(await far.locator('[data-tip][data-order="1"]').getAttribute('data-key'));
  });

  test('French tooltips speak French', async ({ page }) => {
    await page.goto(`/fr${LEAD}`);
    await marks(page, 'orders-approvals-stock').nth(3).hover();
    const f = figure(leadIds[3]);
    await expect(tip(page, 'orders-approvals-stock')).toContainText(f.label.fr);
    await expect(tip(page, 'orders-approvals-stock')).toContainText(formatFigure(f, { lang: 'fr' }));
    await expect(tip(page, 'orders-approvals-stock')).toContainText('au 28 janv. 2026');
  });
});

test.describe('chart tooltips by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('a tap shows the tooltip, a tap elsewhere closes it', async ({ page }) => {
    await page.goto(LEAD);
    await marks(page, 'orders-approvals-stock').nth(3).tap();
    await expectTipFor(tip(page, 'orders-approvals-stock'), leadIds[3]);
    await page.locator('h1').tap();
    await expect(tip(page, 'orders-approvals-stock')).toBeHidden();
  });
});

test.describe('the policy timeline', () => {
  const eventsOf = (actor: string) => events.filter((e) => e.actor === actor);

  test('filters by actor, in the chart, its keyboard order and its table', async ({ page }) => {
    await page.goto(TIMELINE);
    const count = page.locator('.timeline-count');
    await expect(count).toHaveText(`${events.length} events shown of ${events.length}`);
    await page.getByRole('checkbox', { name: 'US government' }).uncheck();
    const shown = events.length - eventsOf('us-government').length;
    await expect(count).toHaveText(`${shown} events shown of ${events.length}`);
    await expect(page.locator('#chart-policy-timeline .artboard:visible g.event:not(.is-out)')).toHaveCount(shown);
    for (const e of eventsOf('us-government')) await expect(page.locator(`#event-${e.id}`)).toBeHidden();
    // The keyboard steps over hidden events, from the chart's one tab stop.
    await marks(page, 'policy-timeline').and(page.locator('[tabindex="0"]')).focus();
    const keys = [];
    for (let i = 0; i < shown; i++) {
      keys.push(await focusedKey(page));
      await page.keyboard.press('ArrowDown');
    }
    expect(keys).toEqual(events.filter((e) => e.actor !== 'us-government').map((e) => e.id));
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(count).toHaveText(`${events.length} events shown of ${events.length}`);
  });

  test('narrows to a period with the range controls', async ({ page }) => {
    await page.goto(TIMELINE);
    const from = page.getByRole('slider', { name: /^From/ });
    const months = JSON.parse((await page.locator('timeline-explorer').getAttribute('data-months'))!) as string[];
    await from.fill(String(months.indexOf('2025-12')));
    await expect(from).toHaveAttribute('aria-valuetext', 'December 2025');
    const inside = events.filter((e) => e.date >= '2025-12');
    await expect(page.locator('.timeline-count')).toHaveText(`${inside.length} events shown of ${events.length}`);
    await expect(page.locator(`#event-${events[0].id}`)).toBeHidden();
    await expect(page.locator(`#event-${inside[0].id}`)).toBeAttached();
    await from.press('End');
    const last = months.at(-1)!;
    const lastMonth = events.filter((e) => e.date.startsWith(last)).length;
    await expect(page.locator('.timeline-count')).toHaveText(`${lastMonth} ${lastMonth === 1 ? 'event' : 'events'} shown of ${events.length}`);
  });

  test('one period slider pushes the other rather than crossing it', async ({ page }) => {
    await page.goto(TIMELINE);
    const months = JSON.parse((await page.locator('timeline-explorer').getAttribute('data-months'))!) as string[];
    await page.getByRole('slider', { name: /^To/ }).fill(String(months.indexOf('2025-10')));
    await page.getByRole('slider', { name: /^From/ }).fill(String(months.indexOf('2025-12')));
    await expect(page.getByRole('slider', { name: /^To/ })).toHaveAttribute('aria-valuetext', 'December 2025');
    const inside = events.filter((e) => e.date.startsWith('2025-12')).length;
    await expect(page.locator('.timeline-count')).toHaveText(`${inside} events shown of ${events.length}`);
  });

  test('filtering out the opened event closes it', async ({ page }) => {
    const event = eventsOf('nvidia')[0];
    await page.goto(`${TIMELINE}#event-${event.id}`);
    await expect(page.locator('.event-panel')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Nvidia' }).uncheck();
    await expect(page.locator('.event-panel')).toBeHidden();
  });

  test('a deep link opens its event, focused, with its sources', async ({ page }) => {
    const event = events.find((e) => e.id === 'china-customs-h200-blocked')!;
    await page.goto(`${TIMELINE}#event-${event.id}`);
    const panel = page.locator('.event-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(event.title.en);
    await expect(panel).toContainText(event.summary.en);
    const hrefs = await panel.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(event.sources.map((id) => data.sources.find((s) => s.id === id)!.url));
    expect(await focusedKey(page)).toBe(event.id);
    await expect(page.locator('#chart-policy-timeline details.data-table')).not.toHaveAttribute('open', '');
  });

  test('an address whose event part does not decode opens nothing and throws nothing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const hash of ['#event-%', '#event-%E0%A4%A', '#event-%ZZ']) {
      await page.goto(`${TIMELINE}${hash}`);
      await expect(page.locator('.chart-controls')).toBeVisible();
      await page.evaluate((h) => (location.hash = `${h}x`), hash);
      await expect(page.locator('.event-panel')).toBeHidden();
    }
    expect(errors).toEqual([]);
  });

  test('a deep link to a filtered-out event shows it again', async ({ page }) => {
    await page.goto(TIMELINE);
    await page.getByRole('checkbox', { name: 'Chinese government' }).uncheck();
    const event = eventsOf('chinese-government')[0];
    await page.evaluate((id) => (location.hash = `#event-${id}`), event.id);
    await expect(page.locator('.event-panel')).toContainText(event.title.en);
    expect(await focusedKey(page)).toBe(event.id);
  });

  test('choosing an event highlights the figures already reported on its date', async ({ page }) => {
    await page.goto(TIMELINE);
    const event = events.find((e) => e.id === 'china-customs-h200-blocked')!;
    await marks(page, 'policy-timeline').locator(`xpath=self::*[@data-key="${event.id}"]`).click();
    await expect(page.locator('.event-panel')).toContainText(event.title.en);
    const counts = chipCounts(figureRows(data));
    // A date given as a month counts as its last day: reported in May is not known on 20 May.
    const latest = (date: string) => (date.length === 7 ? `${date}-31` : date);
    const known = counts
      .filter((f) => f.sourceRows.some((s) => latest(s.published) <= latest(event.date)))
      .map((f) => f.id)
      .sort();
    expect(known.length).toBeGreaterThan(0);
    expect(known.length).toBeLessThan(counts.length);
    const highlighted = await page
      .locator('#chart-figures-over-time .artboard:visible [data-tip].is-known')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.key!));
    expect(highlighted.sort()).toEqual(known);
    await expect(page.locator('.event-panel-known')).toContainText('How the numbers moved');
    // The panel names them too, for readers who cannot see the highlight.
    for (const id of known) await expect(page.locator('.event-panel-known')).toContainText(figure(id).label.en);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('#chart-figures-over-time .is-known')).toHaveCount(0);
    expect(await focusedKey(page)).toBe(event.id);
  });

  test('Enter on a focused event opens it, Escape closes it and returns to the event', async ({ page }) => {
    await page.goto(TIMELINE);
    await marks(page, 'policy-timeline').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('.event-panel')).toContainText(events[1].title.en);
    await expect(page).toHaveURL(new RegExp(`#event-${events[1].id}$`));
    await page.locator('.event-panel-close').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.event-panel')).toBeHidden();
    expect(await focusedKey(page)).toBe(events[1].id);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('turns transitions off', async ({ page }) => {
    await page.goto(TIMELINE);
    await marks(page, 'policy-timeline').first().hover();
    const durations = await page.evaluate(() => [
      getComputedStyle(document.querySelector('g.event')!).transitionDuration,
      getComputedStyle(document.querySelector('#chart-figures-over-time [data-known]')!).transitionDuration,
    ]);
    expect(durations).toEqual(['0s', '0s']);
  });
  test('and without the setting, they run', async ({ browser }) => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    await page.goto(`${SITE}${TIMELINE}`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('g.event')!).transitionDuration)).not.toBe('0s');
    await page.close();
  });
});
