/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G link, simulated), run
 * several times per page in a fresh Chromium each time, with the median of each figure kept.
 */
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/servers/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

/** One run's scores (0–100) and metrics (milliseconds; CLS unitless). */
export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** The audits that cost points in the four categories, by id (such as `is-crawlable`). */
  failed: string[];
}

export interface LighthouseSummary extends Omit<LighthouseRun, 'failed'> {
  runs: number;
  /** Audits that cost points in any run, with how many runs they failed in. */
  failed: Record<string, number>;
  /** Every run's figures, for anyone who doubts a median. */
  all: LighthouseRun[];
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each score and metric over `runs`. */
export function summarize(runs: LighthouseRun[]): LighthouseSummary {
  const pick = <K extends string>(keys: readonly K[], of: (run: LighthouseRun, key: K) => number) =>
    Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => of(run, key)))])) as Record<K, number>;
  return {
    runs: runs.length,
    scores: pick(CATEGORIES, (run, key) => run.scores[key]),
    metrics: pick(Object.keys(METRICS) as (keyof typeof METRICS)[], (run, key) => run.metrics[key]),
    failed: Object.fromEntries(
      [...new Set(runs.flatMap((run) => run.failed))].sort().map((id) => [id, runs.filter((run) => run.failed.includes(id)).length]),
    ),
    all: runs,
  };
}

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
