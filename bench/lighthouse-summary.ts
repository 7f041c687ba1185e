/** Lighthouse's figures as the benchmark keeps them: the scores and metrics of a run, and the median of several. */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  /** The page's element count (Lighthouse's dom-size audit). */
  dom: 'dom-size',
} as const;

/** One run's scores (0–100) and metrics (milliseconds; CLS unitless; DOM nodes a count). */
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
    failed: Object.fromEntries([...new Set(runs.flatMap((run) => run.failed))].sort().map((id) => [id, runs.filter((run) => run.failed.includes(id)).length])),
    all: runs,
  };
}
