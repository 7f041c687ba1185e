/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G link, simulated), run
 * several times per page in a fresh Chromium each time, with the median of each figure kept.
 */
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/servers/chromium.ts';
import { CATEGORIES, METRICS, type LighthouseRun } from './lighthouse-summary.ts';

/** Audits `url` once, in a Chromium of its own. */
export async function auditOnce(url: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({
    chromePath: chromiumPath() ?? (await import('playwright-core')).chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) as LighthouseRun['scores'];
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? NaN]),
    ) as LighthouseRun['metrics'];
    // An audit costs points when it has weight in a category and scored below 1.
    const failed = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    return { scores, metrics, failed: [...new Set(failed)].sort() };
  } finally {
    chrome.kill();
  }
}

/** The Lighthouse version the runs use. */
export const LIGHTHOUSE_VERSION: string = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
