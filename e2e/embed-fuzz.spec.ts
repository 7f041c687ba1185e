/**
 * A fuzz test of the embed protocol under attack: windows of every kind post well over a thousand
 * generated messages (any shape, type and size; our own message with wrong versions, heights and
 * extra keys; pym.js navigation and scrolling; prototype-pollution keys; script in strings) at a
 * partner page using our host script. Nothing navigates, no script runs, no error reaches the
 * console, and the iframe's height changes only at our embed's word, within 80–12,000 px.
 * The seed is fixed (FUZZ_SEED=<n> tries another); a failure prints it, with the failing batch.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import fc from 'fast-check';
import { addFrame, BlobSpec, EMBED_ORIGIN_PAGE, ID, post, settledHost, valid, type Post, type Recipient } from './embed-attack.ts';
import { EVIL, EXPORT_BASE, HOST } from './servers/addresses.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_601);
const BATCH = 100;
const [MIN_HEIGHT, MAX_HEIGHT] = [80, 12_000];
const TYPE = 'h200-ledger:embed-height';

// Keys that pollute prototypes or that our message and scripts read.
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  '__pwned',
  'type',
  'version',
  'height',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
  'href',
  'src',
];
const SCRIPTS = [
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:top.__pwned=1',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '<svg onload="top.__pwned=1">',
  'data:text/html,<script>top.__pwned=1</script>',
  'https://evil.example/',
  '//evil.example/',
  `${EVIL}/blank.html`,
  'about:blank',
  '#pwned',
  '\u2028\u2029\u0000',
];
const EDGE_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  0.5,
  79,
  79.5,
  80,
  80.01,
  11_999.5,
  12_000,
  12_000.01,
  1e9,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  -1,
  -80,
  -1e9,
];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 }));
const anything = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});
const number = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.integer({ min: -2_000, max: 20_000 }), fc.double());
const big = fc.tuple(fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => s.repeat(n));
const text = fc.oneof(fc.constantFrom(...SCRIPTS), fc.string({ unit: 'binary', maxLength: 40 }), number.map(String), big);

/** An object with exactly these own entries (even `__proto__`), and Object.prototype or no prototype. */
const own = (entries: [string, unknown][], bare: boolean) => {
  const object = bare ? Object.create(null) : {};
  for (const [k, value] of entries) Object.defineProperty(object, k, { value, enumerable: true, writable: true, configurable: true });
  return object as Record<string, unknown>;
};

/** Our message, often right, often nearly right (a field wrong or missing), with extra keys in any order. */
const ours = fc
  .tuple(
    fc.record({
      type: fc.oneof(
        { weight: 8, arbitrary: fc.constant(TYPE) },
        fc.constantFrom(`${TYPE}-request`, `${TYPE} `, TYPE.toUpperCase(), 'height', ''),
        fc.string(),
      ),
      version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, fc.constantFrom(0, 2, -1, 1.5, '1', true, null, 1n, [1]), anything),
      height: fc.oneof(
        { weight: 10, arbitrary: number },
        number.map(String),
        number.map((n) => `${n}px`),
        number.map((n) => Object(n)),
        number.map((n) => [n]),
        fc.bigInt(),
        anything,
      ),
    }),
    fc.oneof({ weight: 5, arbitrary: fc.constant('') }, fc.constantFrom('type', 'version', 'height')),
    fc.array(fc.tuple(key, anything), { maxLength: 2 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([fields, missing, extra, extraFirst, bare]) => {
    const entries = Object.entries(fields).filter(([k]) => k !== missing);
    return own(extraFirst ? [...extra, ...entries] : [...entries, ...extra], bare);
  });

/** pym.js 1.x's messages, with its navigation and scrolling among them: `pymxPYMx<id>xPYMx<type>xPYMx<payload>`. */
const pym = fc
  .tuple(
    fc.constantFrom('pym', 'pym', 'PYM', ''),
    fc.oneof(fc.constantFrom('chart', ID, ''), fc.string({ maxLength: 20 })),
    fc.oneof(
      fc.constantFrom('height', 'width', 'navigateTo', 'scrollToChildPos', 'parentPositionInfo', 'viewport-iframe-position'),
      fc.string({ maxLength: 12 }),
    ),
    text,
  )
  .map((parts) => parts.join('xPYMx'));

/** Objects built to pollute prototypes if merged or assigned carelessly. */
const pollution = fc.oneof(
  fc
    .constantFrom(
      `{"__proto__": {"polluted": "yes", "__pwned": 1, "height": 4321}}`,
      `{"constructor": {"prototype": {"polluted": "yes"}}}`,
      `{"type": "${TYPE}", "version": 1, "__proto__": {"height": 4321}}`,
      `{"__proto__": {"type": "${TYPE}", "version": 1, "height": 4321}}`,
    )
    .chain((json) => fc.constantFrom(JSON.parse(json), json)),
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(anything, fc.constantFrom(...SCRIPTS)), { maxKeys: 6 }),
);

/** Large, deep or binary data. */
const heavy = fc.oneof(
  big,
  fc.integer({ min: 1_000, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 2 ? valid(i) : i))),
  fc.integer({ min: 50, max: 500 }).map((depth) => Array.from({ length: depth }).reduce((inner: unknown) => ({ inner }), valid(4321))),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => bytes.buffer),
  fc.tuple(text, fc.constantFrom('', 'text/html', 'application/json', 'image/svg+xml')).map(([body, type]) => new BlobSpec(body, type)),
);

const message: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: number.map(valid) },
  { weight: 6, arbitrary: ours },
  { weight: 1, arbitrary: ours.map((m) => JSON.stringify(m, (_, v) => (typeof v === 'bigint' ? Number(v) : v))) },
  { weight: 2, arbitrary: pym },
  { weight: 2, arbitrary: anything },
  { weight: 2, arbitrary: pollution },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: heavy },
);
// Target origins that all mean the page under attack ("/" only when it posts to itself).
const batch = fc.array(
  fc.record({
    data: message,
    targetOrigin: fc.constantFrom('*', HOST, `${HOST}/any/path/?q=1#hash`, HOST.toUpperCase(), '/'),
    transfer: fc.boolean(),
    options: fc.boolean(),
  }),
  { minLength: BATCH, maxLength: BATCH },
);

/**
 * The height our host script must set for `data` posted by our embed, as the page receives it
 * (a structured clone: any plain object arrives with Object.prototype), or undefined to ignore it.
 */
function expectedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || ![Object.prototype, null].includes(Object.getPrototypeOf(data))) return undefined;
  const field = (k: string) => (Object.hasOwn(data, k) ? (data as Record<string, unknown>)[k] : undefined);
  const height = field('height');
  if (field('type') !== TYPE || field('version') !== 1 || typeof height !== 'number' || !Number.isFinite(height) || height < 0) return undefined;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** A window posting at the page under attack. */
interface Sender {
  name: string;
  frame: Frame;
  /** The origin its messages come from. */
  origin: string;
  to: Recipient;
  batches: number;
  /** Our own embed: the one window whose messages may set the height. */
  ours?: boolean;
  /** Readies the window before its batches, unwatched. */
  prepare?: () => Promise<unknown>;
}

const STYLES = 'h200-fuzz:styles';

/** Records every value the iframe's style attribute takes, so that no height escapes between two looks. */
async function watchStyle(page: Page, src: string) {
  await page.evaluate(
    ({ src, STYLES }) => {
      const iframe = document.querySelector(`iframe[src="${src}"]`)!;
      const values: (string | null)[] = [];
      (window as unknown as Record<string, unknown>)[STYLES] = values;
      new MutationObserver((records) => values.push(...records.slice(1).map((r) => r.oldValue), iframe.getAttribute('style'))).observe(iframe, {
        attributeFilter: ['style'],
        attributeOldValue: true,
      });
    },
    { src, STYLES },
  );
}

/** What an attack could change in the page: its address, title, scroll, DOM, prototypes and canary; the iframe's height, and every height set since the last look. */
async function hostState(page: Page, src: string) {
  return page.evaluate(
    ({ src, STYLES }) => {
      const iframe = document.querySelector<HTMLIFrameElement>(`iframe[src="${src}"]`)!;
      const probe = document.createElement('div');
      const heightOf = (style: string | null) => {
        probe.setAttribute('style', style ?? '');
        return probe.style.height;
      };
      const rest = (style: string | null) => {
        probe.setAttribute('style', style ?? '');
        probe.style.removeProperty('height');
        return probe.getAttribute('style');
      };
      const styles = ((window as unknown as Record<string, (string | null)[]>)[STYLES] ?? []).splice(0);
      const any = {} as Record<string, unknown>;
      return {
        invariant: {
          url: location.href,
          title: document.title,
          scroll: [scrollX, scrollY],
          canary: [(window as unknown as { __pwned?: unknown }).__pwned, any.polluted, any.__pwned, any.height, any.type].map(String),
          prototypes: [Object, Array, Function, String, Number].map((c) => Object.getOwnPropertyNames(c.prototype).join()),
          dom: [...document.querySelectorAll('*')].map((e) =>
            [e.tagName, ...[...e.attributes].filter((a) => e !== iframe || a.name !== 'style').map((a) => `${a.name}=${a.value}`)].join(' '),
          ),
          iframeStyle: rest(iframe.getAttribute('style')),
        },
        height: iframe.style.height,
        changes: styles.map((style) => ({ height: heightOf(style), rest: rest(style) })),
      };
    },
    { src, STYLES },
  );
}

test("a thousand generated messages from every kind of window change nothing but our embed's height, within bounds", async ({ page, context }) => {
  test.setTimeout(120_000);
  const started = Date.now();
  const { iframe, frame: embed } = await settledHost(page);
  const src = (await iframe.getAttribute('src'))!;
  const ourOrigin = new URL(EXPORT_BASE).origin;
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url, 'fuzz-popup'), EXPORT_BASE)]);
  await popup.waitForLoadState('load');
  /** Navigates our embed's window, as a script in it could. */
  const navigate = async (url: string) => {
    await embed.evaluate((url) => {
      location.href = url;
    }, url);
    await embed.waitForURL(url);
  };
  const senders: Sender[] = [
    { name: 'the page itself', frame: page.mainFrame(), origin: HOST, to: 'self', batches: 2 },
    { name: 'a frame on a third origin', frame: await addFrame(page, 'evil', `${EVIL}/blank.html`), origin: EVIL, to: 'parent', batches: 2 },
    {
      name: "a frame on our origin that isn't our embed",
      frame: await addFrame(page, 'sibling', EMBED_ORIGIN_PAGE),
      origin: ourOrigin,
      to: 'parent',
      batches: 2,
    },
    { name: 'a frame inside our embed', frame: await addFrame(page, 'nested', 'about:blank', embed), origin: ourOrigin, to: 'top', batches: 2 },
    { name: 'a popup on our origin', frame: popup.mainFrame(), origin: ourOrigin, to: 'opener', batches: 2 },
    { name: 'our embed', frame: embed, origin: ourOrigin, to: 'parent', batches: 6, ours: true },
    { name: "our embed's window on a third origin", frame: embed, origin: EVIL, to: 'parent', batches: 2, prepare: () => navigate(`${EVIL}/blank.html`) },
  ];

  // From here on, nothing but the iframe's height may change, and only at our embed's word.
  const incidents: string[] = [];
  let watching = true;
  const incident = (text: string) => watching && incidents.push(text);
  page.on(
    'framenavigated',
    (f) => (f === page.mainFrame() || f === embed) && incident(`navigation of ${f === embed ? 'the embed' : 'the page'} to ${f.url()}`),
  );
  page.on('request', (r) => r.frame() === page.mainFrame() && incident(`request from the page: ${r.url()}`));
  page.on('pageerror', (error) => incident(`uncaught: ${error.message}`));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && incident(`console ${m.type()} in ${m.location().url}: ${m.text()}`));
  page.on('dialog', (d) => {
    incident(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  context.on('page', (p) => incident(`new window: ${p.url()}`));
  await watchStyle(page, src);
  let before = await hostState(page, src);
  let [height, embedUrl, accepted] = [Number.parseInt(before.height, 10), embed.url(), 0];
  /** Runs `step` unwatched (it navigates our embed, say), then takes what it left as the new normal. */
  const unwatched = async (step: () => Promise<unknown>) => {
    watching = false;
    await step();
    await page.waitForTimeout(250);
    before = await hostState(page, src);
    [height, embedUrl, watching] = [Number.parseInt(before.height, 10), embed.url(), true];
  };

  const intact = async (sender: Sender, posts: Post[]) => {
    const now = await hostState(page, src);
    expect(incidents).toEqual([]);
    expect(now.invariant).toEqual(before.invariant);
    expect(embed.url()).toBe(embedUrl);
    if (!sender.ours) expect(now.changes, 'styles set at the word of another window').toEqual([]);
    for (const change of now.changes) {
      expect(change.rest, 'the rest of the style').toBe(before.invariant.iframeStyle);
      expect(change.height).toMatch(/^\d+px$/);
      expect(Number.parseInt(change.height, 10), `a height of ${change.height}`).toBeGreaterThanOrEqual(MIN_HEIGHT);
      expect(Number.parseInt(change.height, 10), `a height of ${change.height}`).toBeLessThanOrEqual(MAX_HEIGHT);
    }
    // The last message of ours in the batch sets the height; with none, it stays.
    const heights = sender.ours ? posts.map((p) => expectedHeight(p.data)).filter((h) => h !== undefined) : [];
    accepted += heights.length;
    height = heights.at(-1) ?? height;
    expect(now.height).toBe(`${height}px`);
  };

  const counts: Record<string, { posted: number; received: number }> = {};
  for (const [i, sender] of senders.entries()) {
    if (sender.prepare) await unwatched(sender.prepare);
    // Each window is on the origin it stands for (a frame the browser refused would be on none).
    expect(await sender.frame.evaluate(() => self.origin), sender.name).toBe(sender.origin);
    const count = { posted: 0, received: 0 };
    counts[sender.name] = count;
    const details = await fc.check(
      fc.asyncProperty(batch, async (generated) => {
        const posts = generated.map((p) => ({ ...p, targetOrigin: p.targetOrigin === '/' && sender.to !== 'self' ? '*' : p.targetOrigin }));
        const { posted, received, refused } = await post(page, sender.frame, sender.to, posts);
        Object.assign(count, { posted: count.posted + posted, received: count.received + received });
        expect(refused, 'messages the sender could not post').toEqual([]);
        // Our embed may post its own height meanwhile; any other window, nothing but the batch.
        expect(received)[sender.ours ? 'toBeGreaterThanOrEqual' : 'toBe'](posted);
        await intact(sender, posts);
      }),
      { seed: SEED + i, numRuns: sender.batches, endOnFailure: true },
    );
    if (details.failed) {
      await test.info().attach(`batch from ${sender.name}`, { body: fc.stringify(details.counterexample), contentType: 'text/plain' });
      const shown = fc.stringify(details.counterexample).slice(0, 3_000);
      throw new Error(
        `Fuzzing from ${sender.name} failed at batch ${details.numRuns} (seed ${details.seed}; FUZZ_SEED=${SEED} replays the run):\n${details.errorInstance}\nThe batch: ${shown}…`,
      );
    }
  }

  // The script still works: back home, our embed's well-formed message sets the height.
  await unwatched(() => navigate(src));
  await post(page, embed, 'parent', [{ data: valid(1234), targetOrigin: '*' }]);
  await page.waitForTimeout(250);
  expect((await hostState(page, src)).height).toBe('1234px');
  expect(incidents).toEqual([]);

  const posted = Object.values(counts).reduce((sum, c) => sum + c.posted, 0);
  const received = Object.values(counts).reduce((sum, c) => sum + c.received, 0);
  expect(posted).toBeGreaterThanOrEqual(1_000);
  expect(received).toBeGreaterThanOrEqual(posted);
  const summary = `seed ${SEED}: ${Object.entries(counts)
    .map(([name, c]) => `${name} ${c.posted} posted, ${c.received} received`)
    .join('; ')}; ${accepted} of ours well formed; ${posted} posted in all, in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  test.info().annotations.push({ type: 'fuzz', description: summary });
  console.log(`embed fuzz: ${summary}`);
});
