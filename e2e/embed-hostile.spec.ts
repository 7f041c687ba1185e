/**
 * A hostile page posts forged messages at a page using our host script: from the wrong window,
 * from the wrong origin, with bad heights, pym.js navigation and non-JSON data. Nothing changes
 * but what our own embed may change, within bounds.
 */
import { expect, test } from '@playwright/test';
import { addFrame, EMBED_ORIGIN_PAGE, ID, postToParent, settledHost, valid } from './embed-attack.ts';
import { EVIL, EXPORT_BASE, HOST } from './servers/addresses.ts';

const FORGED_HEIGHT = 4321;
const PYM_NAVIGATE = (id: string) => [`pymxPYMx${id}xPYMxnavigateToxPYMxhttps://evil.example/`, `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`];

test.describe('the host script under attack', () => {
  test('messages posted by the host page itself change nothing', async ({ page }) => {
    const { iframe, height } = await settledHost(page);
    await page.evaluate((m) => {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
    }, valid(FORGED_HEIGHT));
    await page.waitForTimeout(200);
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
  });

  test('a frame from another origin posting well-formed messages changes nothing', async ({ page }) => {
    const { iframe, height } = await settledHost(page);
    const evil = await addFrame(page, 'evil', `${EVIL}/blank.html`);
    await postToParent(evil, page, [valid(FORGED_HEIGHT), valid(0), valid(99_999)], PYM_NAVIGATE('chart'));
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
    expect(page.url()).toBe(`${HOST}/embed-code/${ID}/`);
  });

  test("a frame of our own origin that is not one of our embeds changes nothing: the window must be the iframe's", async ({ page }) => {
    const { iframe, height } = await settledHost(page);
    const other = await addFrame(page, 'other', EMBED_ORIGIN_PAGE);
    expect(await other.evaluate(() => location.origin)).toBe(new URL(EXPORT_BASE).origin);
    await postToParent(other, page, [valid(FORGED_HEIGHT)]);
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
  });

  test("one embed's messages size its own iframe, never another's", async ({ page }) => {
    await page.goto(`${HOST}/embed-code/${ID}/?also=figures-over-time`);
    const iframes = page.locator(`iframe[src^="${EXPORT_BASE}embed/"]`);
    await expect(iframes).toHaveCount(2);
    await iframes.nth(1).scrollIntoViewIfNeeded();
    for (const i of [0, 1]) await expect.poll(() => iframes.nth(i).evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
    const second = await iframes.nth(1).evaluate((e) => e.style.height);
    const first = (await (await iframes.nth(0).elementHandle())!.contentFrame())!;
    await postToParent(first, page, [valid(FORGED_HEIGHT)]);
    expect(await iframes.nth(0).evaluate((e) => e.style.height)).toBe(`${FORGED_HEIGHT}px`);
    expect(await iframes.nth(1).evaluate((e) => e.style.height)).toBe(second);
  });

  test("our iframe's window, navigated to another origin, changes nothing: the origin must match exactly", async ({ page }) => {
    const { iframe, frame, height } = await settledHost(page);
    await frame.evaluate((src) => (location.href = src), `${EVIL}/blank.html`);
    await expect.poll(() => frame.url()).toBe(`${EVIL}/blank.html`);
    await postToParent(frame, page, [valid(FORGED_HEIGHT)]);
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
  });

  test('from our own embed, bad heights, pym.js navigation and non-JSON data change nothing, and huge heights are clamped', async ({ page }) => {
    const { iframe, frame, height } = await settledHost(page);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
    await postToParent(
      frame,
      page,
      [
        valid(-50),
        valid(Number.NaN),
        { ...valid(FORGED_HEIGHT), version: 2 },
        { ...valid(FORGED_HEIGHT), type: 'height' },
        { height: FORGED_HEIGHT },
        [FORGED_HEIGHT],
        null,
        12,
      ],
      ['not json {', JSON.stringify(valid(FORGED_HEIGHT)), ...PYM_NAVIGATE('chart'), `pymxPYMxchartxPYMxheightxPYMx${FORGED_HEIGHT}`],
    );
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
    await postToParent(frame, page, [JSON.parse(`{"__proto__": {"height": ${FORGED_HEIGHT}}, "type": "h200-ledger:embed-height", "version": 1}`)]);
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).height)).toBeUndefined();
    await postToParent(frame, page, [valid(1e9)]);
    expect(await iframe.evaluate((e) => e.style.height)).toBe('12000px');
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(`${HOST}/embed-code/${ID}/`);
  });
});
