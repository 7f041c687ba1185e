import { describe, expect, it } from 'vitest';
import {
  buildSection,
  buildTable,
  compare,
  rebuildCell,
  scaleMarkdown,
  warmCacheList,
  withReadmeTable,
  type MeasuredPage,
  type Results,
  type ScaleResults,
} from './report.ts';
import { growth, type BuildResult, type Rebuild } from './scale.ts';
import { median, summarize } from './lighthouse-summary.ts';

const page = (id: string, side: 'ours' | 'peer', js: number, total: number, requests: number, lcp: number): MeasuredPage => {
  const zero = { raw: 0, gzip: 0 };
  const run = {
    scores: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { fcp: lcp, lcp, tbt: 0, cls: 0, dom: 800 },
    failed: [],
  };
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

/** A cold build at `factor`, and its rebuild when `rebuild` gives one. */
const build = (factor: number, seconds: number, pages: number, rebuild?: Partial<Rebuild>, ok = true): BuildResult => ({
  factor,
  counts: { stories: 3 * factor, storyFiles: 6 * factor, figures: 26 * factor, events: 33 * factor },
  ok,
  status: ok ? 0 : 1,
  signal: null,
  timedOut: false,
  seconds,
  pages,
  files: pages * 2,
  bytes: pages * 400_000,
  largestHtml: ok ? { path: '/stories/a/index.html', bytes: 100 * 1024 * (factor === 1 ? 1 : 1.5) } : undefined,
  written: pages * 2,
  peakRssBytes: 2 ** 30,
  error: ok ? undefined : 'Error: out of memory',
  rebuild: rebuild && {
    ok: true,
    status: 0,
    signal: null,
    timedOut: false,
    seconds: 10,
    written: pages * 2,
    peakRssBytes: 0.8 * 2 ** 30,
    edit: { id: 'us-bis-rules-2022-10', before: 'US rules', after: 'US rules (revised for the benchmark)' },
    cache: { 'data-store.json': 120_000 },
    editShown: true,
    ...rebuild,
  },
});

const scaleResults = (builds: BuildResult[]): ScaleResults => ({
  date: '2026-12-02',
  machine: { os: 'Linux', cpu: 'CPU', cores: 2, memoryGiB: 24, node: '24' },
  versions: { astro: '7.3.5' },
  builds,
  growth: growth(builds),
  buildLimitMinutes: 30,
});

describe('buildTable', () => {
  it('gives each build its time per page and its ratio to 1×, and the rebuild’s time, ratio to the cold build and peak memory', () => {
    const table = buildTable(scaleResults([build(1, 12, 16, {}), build(10, 40, 80, { seconds: 30 })]));
    const [header, , one, ten] = table.split('\n');
    expect(header).toContain('| build (cold) | time ÷ 1× | per page | per page ÷ 1× |');
    expect(header).toContain('| rebuild, one event edited (warm) | rebuild peak memory |');
    expect(header).toContain('| largest HTML page | largest ÷ 1× |');
    expect(one).toBe(
      '| 1× | 3 | 26 | 33 | 16 | 12.0 s | 1.0× | 0.75 s | 1.0× | 6.4 MB | 1.0× | 100.0 KB (`/stories/a/index.html`) | 1.0× | 1.0 GiB | 10.0 s (0.8× cold) | 0.8 GiB |',
    );
    expect(ten).toBe(
      '| 10× | 30 | 260 | 330 | 80 | 40.0 s | 3.3× | 0.50 s | 0.7× | 32.0 MB | 5.0× | 150.0 KB (`/stories/a/index.html`) | 1.5× | 1.0 GiB | 30.0 s (0.8× cold) | 0.8 GiB |',
    );
  });

  it('leaves time per page and the rebuild blank for a failed build, and the rebuild for a scale not rebuilt', () => {
    const [, , , ten, hundred] = buildTable(scaleResults([build(1, 12, 16), build(10, 40, 80), build(100, 90, 0, undefined, false)])).split('\n');
    expect(ten).toMatch(/\| 0\.50 s \| 0\.7× \|.*\| — \| — \|$/);
    expect(hundred).toBe('| 100× | 300 | 2600 | 3300 | — | failed after 90 s |  | — |  | — |  | — |  | 1.0 GiB | — | — |');
  });
});

describe('rebuildCell', () => {
  it('says when the rebuild was stopped, failed, or wrote no page with the edit', () => {
    expect(rebuildCell(build(1, 12, 16))).toBe('—');
    expect(rebuildCell(build(1, 12, 16, { ok: false, timedOut: true, seconds: 1800 }))).toBe('more than 1800 s (stopped)');
    expect(rebuildCell(build(1, 12, 16, { ok: false, seconds: 3.2 }))).toBe('failed after 3 s');
    expect(rebuildCell(build(1, 12, 16, { editShown: false }))).toBe('10.0 s (0.8× cold), the edit is in no page');
  });
});

describe('warmCacheList', () => {
  it('lists what each rebuild’s cache held, with sizes, and says what Astro keeps in the entries it knows', () => {
    const list = warmCacheList([build(1, 12, 16, {}), build(10, 40, 80, { cache: { 'data-store.json': 1_500_000, other: 2048 } }), build(100, 90, 600)]);
    expect(list).toContain('- 1×: `data-store.json` (117.2 KB)\n- 10×: `data-store.json` (1.5 MB), `other` (2.0 KB)\n');
    expect(list).not.toContain('100×');
    expect(list).toContain("`data-store.json` is the content layer's data store");
    expect(warmCacheList([build(1, 12, 16)])).toBe('');
  });
});

describe('buildSection and scaleMarkdown', () => {
  it('say which event was edited and where, and give the last lines of a failed rebuild', () => {
    const md = scaleMarkdown(scaleResults([build(1, 12, 16, {}), build(10, 40, 80, { ok: false, status: 1, error: 'Error: bad date' })]));
    expect(md).toMatch(/^# Benchmark: H200 Ledger's build as its content grows\n/);
    expect(md).toContain('Run 2026-12-02 with `BENCH_ONLY=scale npm run bench`');
    expect(md).toContain('the English title of `us-bis-rules-2022-10` in `data/events.yaml` gets "(revised for the benchmark)" at its end');
    expect(md).toContain('The 10× rebuild failed; its last lines:\n\n```\nError: bad date\n```\n');
  });

  it('says no rebuild was asked for when none was made', () => {
    expect(buildSection(scaleResults([build(1, 12, 16)]))).toContain('No rebuild was asked for (`BENCH_REBUILD`).');
  });
});
