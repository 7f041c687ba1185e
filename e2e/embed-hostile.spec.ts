/**
 * A hostile page posts forged messages at a page using our host script: from the wrong window,
 * from the wrong origin, with bad heights, pym.js navigation and non-JSON data. Nothing changes
 * but what our own embed may change, within bounds.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EVIL, EXPORT_BASE, HOST } from './servers/addresses.ts';

const ID = 'orders-approvals-stock';
const FORGED_HEIGHT = 4321;

/** A host page with our embed, sized and settled; returns the iframe's height. */
async function settledHost(page: Page) {
  await page.goto(`${HOST}/embed-code/${ID}/`);
  const iframe = page.locator(`iframe[src^="${EXPORT_BASE}embed/"]`);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState('load');
  await expect.poll(() => iframe.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
  return { iframe, frame, height: await iframe.evaluate((e) => e.style.height) };
}

/**
 * Posts `messages` (and `raw` strings) from `frame`'s window to its parent, then a sentinel, and
 * waits until the parent has the sentinel: messages from one window arrive in order, so by then
 * the host script has handled every forged one.
 */
async function postToParent(frame: Frame, page: Page, messages: unknown[], raw: string[] = []) {
  const token = `sentinel-${Math.random()}`;
  const received = page.evaluate(
    (token) =>
      new Promise<void>((done) => {
        window.addEventListener('message', function listener(event) {
          if (event.data?.sentinel !== token) return;
          window.removeEventListener('message', listener);
          setTimeout(done, 50);
        });
      }),
    token,
  );
  await frame.evaluate(
    ({ messages, raw, token }) => {
      for (const m of messages) window.parent.postMessage(m, '*');
      for (const text of raw) window.parent.postMessage(text, '*');
      window.parent.postMessage({ sentinel: token }, '*');
    },
    { messages, raw, token },
  );
  await received;
}

/** Adds a frame named `name` showing `src` to the page, and returns it once loaded. */
async function addFrame(page: Page, name: string, src: string): Promise<Frame> {
  await page.evaluate(
    ({ name, src }) =>
      new Promise((loaded) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.name = name;
        frame.onload = loaded;
        document.body.append(frame);
      }),
    { name, src },
  );
  return page.frame({ name })!;
}

const valid = (height: number) => ({ type: 'h200-ledger:embed-height', version: 1, height });
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

  test('a frame of our own origin that is not one of our embeds changes nothing: the window must be the iframe\'s', async ({ page }) => {
    const { iframe, height } = await settledHost(page);
    const other = await addFrame(page, 'other', EXPORT_BASE);
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
      [valid(-50), valid(Number.NaN), { ...valid(FORGED_HEIGHT), version: 2 }, { ...valid(FORGED_HEIGHT), type: 'height' }, { height: FORGED_HEIGHT }, [FORGED_HEIGHT], null, 12],
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
