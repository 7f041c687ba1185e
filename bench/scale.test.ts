import { describe, expect, it } from 'vitest';
import { growth, secondsPerPage, type BuildResult } from './scale.ts';

describe('growth', () => {
  const result = (factor: number, seconds: number, pages: number, bytes: number, ok = true, timedOut = false): BuildResult => ({
    factor,
    counts: { stories: 3 * factor, storyFiles: 6 * factor, figures: 26 * factor, events: 33 * factor },
    ok,
    status: ok ? 0 : timedOut ? null : 1,
    signal: timedOut ? 'SIGKILL' : null,
    timedOut,
    seconds,
    pages,
    files: pages,
    bytes,
    largestHtml: ok ? { path: '/a/index.html', bytes: bytes / 10 } : undefined,
    written: pages,
  });

  it('gives each scale’s time, pages, bytes and time per page as ratios to the 1× build, and nothing for a failed build', () => {
    expect(growth([result(1, 20, 40, 1000), result(10, 50, 200, 4000), result(100, 900, 0, 0, false)])).toEqual([
      { factor: 1, time: 1, timeAtLeast: false, pages: 1, bytes: 1, largestHtml: 1, timePerPage: 1 },
      { factor: 10, time: 2.5, timeAtLeast: false, pages: 5, bytes: 4, largestHtml: 4, timePerPage: 0.5 },
      { factor: 100, time: null, timeAtLeast: false, pages: null, bytes: null, largestHtml: null, timePerPage: null },
    ]);
  });

  it('gives no ratio at all when the 1× build failed', () => {
    expect(growth([result(1, 20, 0, 0, false), result(10, 50, 120, 4000)])[1]).toEqual({
      factor: 10,
      time: null,
      timeAtLeast: false,
      pages: null,
      bytes: null,
      largestHtml: null,
      timePerPage: null,
    });
  });

  it('gives a build stopped at its time limit a lower bound for time, and no pages or bytes', () => {
    expect(growth([result(1, 20, 30, 1000), result(100, 1200, 0, 0, false, true)])[1]).toEqual({
      factor: 100,
      time: 60,
      timeAtLeast: true,
      pages: null,
      bytes: null,
      largestHtml: null,
      timePerPage: null,
    });
  });
});

describe('secondsPerPage', () => {
  const result = (seconds: number, pages: number, ok = true) => ({ ok, seconds, pages }) as BuildResult;

  it('divides the wall clock by the pages written', () => {
    expect(secondsPerPage(result(12.5, 25))).toBe(0.5);
  });

  it('gives null for a failed build and for a build that wrote no pages', () => {
    expect(secondsPerPage(result(12.5, 25, false))).toBeNull();
    expect(secondsPerPage(result(12.5, 0))).toBeNull();
  });
});
