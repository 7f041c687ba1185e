/**
 * What a page costs a reader: every request it makes as it loads on a phone, by kind, in bytes as
 * served and gzipped, and whether it shows its chart with scripts off. Measured in Chromium.
 */
import { chromium, devices, type Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/servers/chromium.ts';

export const KINDS = ['html', 'css', 'js', 'data', 'image', 'font', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  url: string;
  requests: number;
  /** Every request other than the page's own origin (should be none, on both sides). */
  thirdParty: number;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  /** Charts drawn (SVG at least 200 × 100 px, visible) with scripts off, and with scripts on. */
  chartsWithoutScript: number;
  chartsWithScript: number;
}

const PHONE = devices['Pixel 7'];

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (contentType.includes('json') || contentType.includes('csv')) return 'data';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'image';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'font';
  return 'other';
}

/** Launches the same Chromium the browser tests use. */
export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Counts the SVG charts a reader sees on the page: visible, and at least 200 × 100 px. */
async function visibleCharts(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<number> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const count = await page.locator('svg').evaluateAll(
    (svgs) =>
      svgs.filter((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width >= 200 && box.height >= 100 && getComputedStyle(svg).visibility !== 'hidden' && svg.checkVisibility();
      }).length,
  );
  await context.close();
  return count;
}

/** Loads `url` once on an emulated phone with an empty cache and adds up what it fetched, frames included. */
export async function measurePage(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const responses: Promise<{ kind: Kind; raw: number; gzip: number; thirdParty: boolean }>[] = [];
  page.on('response', (response) => {
    responses.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
        return { kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, thirdParty: new URL(response.url()).origin !== origin };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Whatever loads as the reader scrolls (lazy images and frames) counts too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(responses);
  await context.close();
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, { raw: 0, gzip: 0 }])) as Record<Kind, Bytes>;
  for (const r of fetched) {
    byKind[r.kind].raw += r.raw;
    byKind[r.kind].gzip += r.gzip;
  }
  const total = { raw: fetched.reduce((sum, r) => sum + r.raw, 0), gzip: fetched.reduce((sum, r) => sum + r.gzip, 0) };
  return {
    url,
    requests: fetched.length,
    thirdParty: fetched.filter((r) => r.thirdParty).length,
    byKind,
    total,
    chartsWithoutScript: await visibleCharts(browser, url, false),
    chartsWithScript: await visibleCharts(browser, url, true),
  };
}
