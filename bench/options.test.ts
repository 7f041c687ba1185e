import { describe, expect, it } from 'vitest';
import { normalizeOptions } from './options.ts';

describe('normalizeOptions', () => {
  it('runs everything by default: three Lighthouse runs, scales 1, 10 and 100, each rebuilt after an edit', () => {
    expect(normalizeOptions({})).toEqual({ only: 'all', runs: 3, scales: [1, 10, 100], rebuild: [1, 10, 100], buildLimitMinutes: 30, port: 4399 });
  });

  it('runs only the builds at the scales asked for with BENCH_ONLY=scale BENCH_SCALES=1,10, rebuilding each', () => {
    expect(normalizeOptions({ BENCH_ONLY: 'scale', BENCH_SCALES: '1, 10' })).toMatchObject({ only: 'scale', scales: [1, 10], rebuild: [1, 10] });
  });

  it('rebuilds only at the scales in BENCH_REBUILD, and at none when it is empty', () => {
    expect(normalizeOptions({ BENCH_REBUILD: '1,10' }).rebuild).toEqual([1, 10]);
    expect(normalizeOptions({ BENCH_REBUILD: '' }).rebuild).toEqual([]);
  });

  it('takes a fraction of a minute as the build limit', () => {
    expect(normalizeOptions({ BENCH_BUILD_LIMIT: '0.5' }).buildLimitMinutes).toBe(0.5);
  });

  it('refuses what it cannot use, naming the variable and what it expects', () => {
    expect(() => normalizeOptions({ BENCH_ONLY: 'lighthouse' })).toThrow('BENCH_ONLY: got "lighthouse", expected "scale"');
    expect(() => normalizeOptions({ BENCH_SCALES: '10,100' })).toThrow('BENCH_SCALES: expected 1 among the scales');
    expect(() => normalizeOptions({ BENCH_SCALES: '1,ten' })).toThrow('BENCH_SCALES: got "ten", expected a whole number of 1 or more');
    expect(() => normalizeOptions({ BENCH_SCALES: '1,10', BENCH_REBUILD: '100' })).toThrow('BENCH_REBUILD: got 100, expected scales that are built');
    expect(() => normalizeOptions({ BENCH_RUNS: '0' })).toThrow('BENCH_RUNS: got "0"');
    expect(() => normalizeOptions({ BENCH_BUILD_LIMIT: '' })).toThrow('BENCH_BUILD_LIMIT: got "", expected a number above 0');
  });
});
