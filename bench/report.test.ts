import { describe, expect, it } from 'vitest';
import { compare, withReadmeTable, type MeasuredPage, type Results } from './report.ts';
import { median, summarize } from './lighthouse-summary.ts';

const page = (id: string, side: 'ours' | 'peer', js: number, total: number, requests: number, lcp: number): MeasuredPage => {
  const zero = { raw: 0, gzip: 0 };
  const run = { scores: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 }, metrics: { fcp: lcp, lcp, tbt: 0, cls: 0 }, failed: [] };
  return {
    id,
    side,
    label: id,
    path: `/${id}/`,
    bytes: {
      url: '',
      requests,
      thirdParty: 0,
      byKind: { html: zero, css: zero, js: { raw: js * 3, gzip: js }, data: zero, image: zero, font: zero, other: zero },
      total: { raw: total * 3, gzip: total },
      chartsWithoutScript: side === 'ours' ? 1 : 0,
      chartsWithScript: 1,
    },
    lighthouse: summarize([run]),
  };
};

describe('the report', () => {
  it('sets the peer against ours as peer ÷ ours', () => {
    const ratios = compare(page('ours', 'ours', 2000, 10_000, 4, 1000), page('peer', 'peer', 190_000, 200_000, 42, 3000));
    expect(ratios).toMatchObject({ jsGzip: 95, totalGzip: 20, requests: 10.5, lcp: 3 });
  });

  it('takes the median of the runs, the middle two averaged for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('replaces only what lies between the README markers, and refuses a README without them', () => {
    const results = {
      date: '2026-11-29',
      machine: { os: 'Linux', cpu: 'CPU', cores: 2, memoryGiB: 24, node: '24' },
      versions: {},
      lighthouseRuns: 3,
      pages: [page('ours', 'ours', 2000, 10_000, 4, 1000), page('peer', 'peer', 190_000, 200_000, 42, 3000)],
      comparisons: [{ ours: 'ours', peer: 'peer', ratios: { jsGzip: 95, totalGzip: 20, requests: 10.5, fcp: 3, lcp: 3 } }],
      builds: [],
      growth: [],
      buildLimitMinutes: 30,
      peerBuildSeconds: 5,
    } satisfies Results;
    const readme = 'before\n<!-- bench:start -->\nold table\n<!-- bench:end -->\nafter\n';
    const updated = withReadmeTable(readme, results);
    expect(updated.startsWith('before\n<!-- bench:start -->\n')).toBe(true);
    expect(updated.endsWith('<!-- bench:end -->\nafter\n')).toBe(true);
    expect(updated).not.toContain('old table');
    expect(updated).toContain('| peer | 185.5 KB | 195.3 KB | 42 | no | 90 | 3,000 ms |');
    expect(updated).toContain('| ours | peer | 95× | 20× | 11× | 3.0× | 3.0× |');
    expect(() => withReadmeTable('no markers', results)).toThrow(/bench:start/);
  });
});
