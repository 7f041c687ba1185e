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

/** Posts `messages` from `frame`'s window to its parent, then waits until the parent has received them all. */
async function postToParent(frame: Frame, page: Page, messages: unknown[], raw: string[] = []) {
  const received = page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let seen = 0;
        window.addEventListener('message', function listener() {
          if (++seen === count) {
            window.removeEventListener('message', listener);
            setTimeout(done, 50);
          }
        });
      }),
    messages.length + raw.length,
  );
  await frame.evaluate(
    ({ messages, raw }) => {
      for (const m of messages) window.parent.postMessage(m, '*');
      // Data a structured clone would not make: sent as written.
      for (const text of raw) window.parent.postMessage(text, '*');
    },
    { messages, raw },
  );
  await received;
}

const valid = (height: number) => ({ type: 'h200-ledger:embed-height', version: 1, height });
const PYM_NAVIGATE = (id: string) => [`pymxPYMx${id}xPYMxnavigateToxPYMxhttps://evil.example/`, `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`];

test.describe('the host script under attack', () => {
  test('messages posted by the host page itself (the wrong window) change nothing', async ({ page }) => {
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
    await page.evaluate(
      (src) =>
        new Promise((loaded) => {
          const evil = document.createElement('iframe');
          evil.src = src;
          evil.name = 'evil';
          evil.onload = loaded;
          document.body.append(evil);
        }),
      `${EVIL}/blank.html`,
    );
    const evil = page.frame({ name: 'evil' })!;
    await postToParent(evil, page, [valid(FORGED_HEIGHT), valid(0), valid(99_999)], PYM_NAVIGATE('chart'));
    expect(await iframe.evaluate((e) => e.style.height)).toBe(height);
    expect(page.url()).toBe(`${HOST}/embed-code/${ID}/`);
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
