/**
 * Partner pages on a second origin embed each chart of the newsroom export: with our embed code,
 * with pym.js 1.3.2's pym.Parent, and with the iframe alone; and each chart pinned to each release,
 * with its code. The iframe fits its content.
 */
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { EXPORT_BASE, HOST } from './servers/addresses.ts';
import { embedIds, pinnedEmbeds } from './site.ts';

const WIDTHS = [320, 768, 1280];

/** The iframe of the embed on a host page, and the frame inside it once it has loaded. */
async function embedOn(page: Page): Promise<{ iframe: Locator; frame: Frame }> {
  const iframe = page.locator(`iframe[src^="${EXPORT_BASE}embed/"]`);
  await expect(iframe).toHaveCount(1);
  const handle = await iframe.elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState('load');
  return { iframe, frame };
}

/** How far the iframe's height is from its content's height, in pixels. */
async function mismatch(iframe: Locator, frame: Frame): Promise<number> {
  const outer = await iframe.evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.abs(outer - inner);
}

/** Waits until the iframe's height matches its content within 4 px. */
async function expectFitted(iframe: Locator, frame: Frame, what: string) {
  await expect.poll(() => mismatch(iframe, frame), { message: what, timeout: 10_000 }).toBeLessThanOrEqual(4);
}

/** Makes the embed's content taller by 300 px, as a correction or an opened note would. */
const growContent = (frame: Frame) =>
  frame.evaluate(() => {
    const extra = document.createElement('div');
    extra.id = 'extra';
    extra.style.height = '300px';
    document.querySelector('main')!.append(extra);
  });

/** Takes the 300 px away again. */
const shrinkContent = (frame: Frame) => frame.evaluate(() => document.getElementById('extra')!.remove());

/** The embed code on the host page `url` sizes its iframe to its content at every width, and follows its content's changes. */
async function expectSized(page: Page, url: string, what: string) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  await page.goto(url);
  const { iframe, frame } = await embedOn(page);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectFitted(iframe, frame, `${what} at ${width} px`);
  }
  const height = () => iframe.evaluate((e) => e.getBoundingClientRect().height);
  const before = await height();
  await growContent(frame);
  await expectFitted(iframe, frame, `${what} after its content grew`);
  expect(await height()).toBeGreaterThanOrEqual(before + 296);
  await shrinkContent(frame);
  await expectFitted(iframe, frame, `${what} after its content shrank`);
  expect(Math.abs((await height()) - before)).toBeLessThanOrEqual(4);
}

/** The iframe alone on the host page `url`, without any host script, shows the whole chart at its fixed height, with little to spare. */
async function expectWholeAtFixedHeight(page: Page, url: string) {
  await page.setViewportSize({ width: 600 + 20, height: 900 });
  await page.goto(url);
  const { iframe, frame } = await embedOn(page);
  const fixed = Number(await iframe.getAttribute('height'));
  expect(await iframe.evaluate((e) => e.getBoundingClientRect().height)).toBe(fixed);
  // In a column of 600 px the whole figure fits, credits included, with little to spare.
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  expect(content).toBeLessThanOrEqual(fixed);
  expect(fixed).toBeLessThanOrEqual(content * 1.15);
  // The chart itself is whole inside the frame.
  const chartBottom = await frame.evaluate(() => document.querySelector('.artboard svg:not([hidden])')!.closest('.artboards')!.getBoundingClientRect().bottom);
  expect(chartBottom).toBeLessThanOrEqual(fixed);
}

for (const id of embedIds) {
  test(`${id}: the embed code sizes its iframe to its content at ${WIDTHS.join(', ')} px, and follows changes`, ({ page }) =>
    expectSized(page, `${HOST}/embed-code/${id}/`, id));

  test(`${id}: a host script that runs after the embed has settled still sizes it`, async ({ page }) => {
    await page.goto(`${HOST}/embed-code/${id}/?bare`);
    const { iframe, frame } = await embedOn(page);
    // The embed has loaded and reported its height to no one; now the host script arrives.
    await page.evaluate((src) => {
      const tag = document.createElement('script');
      tag.src = src;
      document.body.append(tag);
    }, `${EXPORT_BASE}embed.js`);
    await expectFitted(iframe, frame, `${id} sized by a late host script`);
  });

  test(`${id}: on a partner page whose policy refuses style attributes, the host script gives the iframe its full width, no border, and its height`, async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (m) => /style/i.test(m.text()) && refused.push(m.text()));
    await page.setViewportSize({ width: 768, height: 900 });
    await page.goto(`${HOST}/embed-code/${id}/?strict`);
    const { iframe, frame } = await embedOn(page);
    await expectFitted(iframe, frame, `${id} under the partner's policy`);
    // The policy did refuse the embed code's style attribute…
    expect(refused.join('\n')).toMatch(/Content Security Policy/);
    // …and the iframe still spans the column, without the browser's default border.
    const { width, column, border } = await iframe.evaluate((e) => ({
      width: e.getBoundingClientRect().width,
      column: parseFloat(getComputedStyle(e.parentElement!).width),
      border: getComputedStyle(e).borderTopWidth,
    }));
    expect(width).toBe(column);
    expect(border).toBe('0px');
  });

  test(`${id}: the host script keeps the partner's own iframe styles, setting only the rules they lack`, async ({ page }) => {
    // The partner's script styles the iframe through the CSSOM (its policy refuses style attributes) before ours runs.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const frame = document.querySelector('iframe')!;
        frame.style.setProperty('margin-top', '17px');
        frame.style.setProperty('outline', '3px solid rgb(200, 0, 0)');
      }),
    );
    await page.goto(`${HOST}/embed-code/${id}/?strict`);
    const { iframe, frame } = await embedOn(page);
    await expectFitted(iframe, frame, `${id} with the partner's styles`);
    const style = await iframe.evaluate((e) => ({
      margin: e.style.marginTop,
      outline: e.style.outline,
      border: e.style.borderStyle,
      width: e.style.width,
      display: e.style.display,
    }));
    expect(style).toEqual({ margin: '17px', outline: 'rgb(200, 0, 0) solid 3px', border: 'none', width: '100%', display: 'block' });
  });

  test(`${id}: a page using pym.js 1.3.2's pym.Parent sizes the embed with no script of ours`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && r.frame() === page.mainFrame() && scripts.push(r.url()));
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(`${HOST}/pym/${id}/`);
    expect(scripts).toEqual([`${HOST}/pym.v1.js`]);
    const { iframe, frame } = await embedOn(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectFitted(iframe, frame, `${id} in pym.js at ${width} px`);
    }
    await growContent(frame);
    await expectFitted(iframe, frame, `${id} in pym.js after its content grew`);
  });

  test(`${id}: without any host script the iframe shows the whole chart at its fixed height`, ({ page }) =>
    expectWholeAtFixedHeight(page, `${HOST}/embed-code/${id}/?bare`));
}

for (const { chart, version } of pinnedEmbeds) {
  test(`${chart} pinned to release ${version}: its embed code sizes its iframe to its content at ${WIDTHS.join(', ')} px, and follows changes`, ({ page }) =>
    expectSized(page, `${HOST}/embed-code/${chart}/?version=${version}`, `${chart} of release ${version}`));

  test(`${chart} pinned to release ${version}: without any host script the iframe shows the whole chart at its fixed height`, ({ page }) =>
    expectWholeAtFixedHeight(page, `${HOST}/embed-code/${chart}/?version=${version}&bare`));
}
