/**
 * The benchmark's options, read from the environment in one place, each checked with a message
 * that names the variable, what it got and what it expects.
 */

/** What `npm run bench` does, and how. */
export interface BenchOptions {
  /** `all`: the pages, Lighthouse, the peer and the builds; `scale`: only the builds at each scale. */
  only: 'all' | 'scale';
  /** Lighthouse runs per page; the median is kept. */
  runs: number;
  /** Content scales to build, 1 among them. */
  scales: number[];
  /** The scales whose build is followed by a rebuild after one event is edited. */
  rebuild: number[];
  /** Minutes a build may take before it is stopped. */
  buildLimitMinutes: number;
  /** The static server's port. */
  port: number;
}

/** The options in `env` (process.env), defaults filled in; throws on a value it cannot use. */
export function normalizeOptions(env: Record<string, string | undefined>): BenchOptions {
  const only = env.BENCH_ONLY || 'all';
  if (only !== 'all' && only !== 'scale') throw new Error(`BENCH_ONLY: got "${only}", expected "scale" (only the builds) or nothing (everything)`);
  const scales = scaleList('BENCH_SCALES', env.BENCH_SCALES ?? '1,10,100');
  if (!scales.includes(1)) throw new Error('BENCH_SCALES: expected 1 among the scales, the build the others are compared with and the site that is measured');
  const rebuild = scaleList('BENCH_REBUILD', env.BENCH_REBUILD ?? scales.join(','));
  const stray = rebuild.filter((factor) => !scales.includes(factor));
  if (stray.length) throw new Error(`BENCH_REBUILD: got ${stray.join(', ')}, expected scales that are built (BENCH_SCALES: ${scales.join(',')})`);
  return {
    only,
    runs: count('BENCH_RUNS', env.BENCH_RUNS ?? '3'),
    scales,
    rebuild,
    buildLimitMinutes: positive('BENCH_BUILD_LIMIT', env.BENCH_BUILD_LIMIT ?? '30'),
    port: count('BENCH_PORT', env.BENCH_PORT ?? '4399'),
  };
}

/** A number above 0. */
function positive(name: string, value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n) || value.trim() === '') throw new Error(`${name}: got "${value}", expected a number above 0`);
  return n;
}

/** A whole number of 1 or more. */
function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || value.trim() === '') throw new Error(`${name}: got "${value}", expected a whole number of 1 or more`);
  return n;
}

/** Scales separated by commas ("1,10,100"), each once, in the order given; "" for none. */
function scaleList(name: string, value: string): number[] {
  const items = value.split(',').map((item) => item.trim());
  if (items.length === 1 && items[0] === '') return [];
  const scales = items.map((item) => count(name, item));
  return [...new Set(scales)];
}
