/**
 * The benchmark's report: every figure as JSON, a Markdown summary of it, and the short table the
 * README shows between its `bench:start` and `bench:end` markers.
 */
import type { PageBytes } from './bytes.ts';
import type { LighthouseSummary } from './lighthouse-summary.ts';
import type { BenchPage } from './pages.ts';
import type { BuildResult, Growth } from './scale.ts';

export interface MeasuredPage extends BenchPage {
  bytes: PageBytes;
  lighthouse: LighthouseSummary;
}

export interface Results {
  date: string;
  machine: { os: string; cpu: string; cores: number; memoryGiB: number; node: string };
  versions: Record<string, string>;
  lighthouseRuns: number;
  pages: MeasuredPage[];
  /** Peer ÷ ours for each pair: how many times more the peer costs (below 1: the peer costs less). */
  comparisons: { ours: string; peer: string; ratios: Record<string, number> }[];
  builds: BuildResult[];
  /** Each build's time, pages and bytes ÷ the 1× build's. */
  growth: Growth[];
  /** How long a build may run before it is stopped. */
  buildLimitMinutes: number;
  peerBuildSeconds: number;
}

/** The figures set side by side, peer ÷ ours. */
export function compare(ours: MeasuredPage, peer: MeasuredPage): Record<string, number> {
  const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : Infinity) : a / b);
  return {
    jsGzip: ratio(peer.bytes.byKind.js.gzip, ours.bytes.byKind.js.gzip),
    totalGzip: ratio(peer.bytes.total.gzip, ours.bytes.total.gzip),
    totalRaw: ratio(peer.bytes.total.raw, ours.bytes.total.raw),
    requests: ratio(peer.bytes.requests, ours.bytes.requests),
    fcp: ratio(peer.lighthouse.metrics.fcp, ours.lighthouse.metrics.fcp),
    lcp: ratio(peer.lighthouse.metrics.lcp, ours.lighthouse.metrics.lcp),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (r: number | null) => (r !== null && Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×` : '—');
const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
const gib = (bytes?: number) => (bytes ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The short table: each page's JavaScript, total transfer, requests, Lighthouse performance and LCP. */
export function shortTable(results: Results): string {
  return [
    row(['page', 'JS (gzip)', 'total (gzip)', 'requests', 'chart with scripts off', 'Lighthouse perf. (mobile)', 'LCP']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results.pages.map((p) =>
      row([
        p.label,
        kb(p.bytes.byKind.js.gzip),
        kb(p.bytes.total.gzip),
        p.bytes.requests,
        p.bytes.chartsWithoutScript > 0 ? 'yes' : 'no',
        p.lighthouse.scores.performance,
        ms(p.lighthouse.metrics.lcp),
      ]),
    ),
  ].join('\n');
}

function comparisonTable(results: Results): string {
  const label = (id: string) => results.pages.find((p) => p.id === id)!.label;
  return [
    row(['ours', 'peer', 'JS', 'total (gzip)', 'requests', 'FCP', 'LCP']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...results.comparisons.map((c) =>
      row([
        label(c.ours),
        label(c.peer),
        times(c.ratios.jsGzip),
        times(c.ratios.totalGzip),
        times(c.ratios.requests),
        times(c.ratios.fcp),
        times(c.ratios.lcp),
      ]),
    ),
  ].join('\n');
}

function buildTable(results: Results): string {
  const grown = new Map(results.growth.map((g) => [g.factor, g]));
  return [
    row(['content', 'stories', 'figures', 'events', 'pages', 'build', 'time ÷ 1×', 'output', 'size ÷ 1×', 'peak memory']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results.builds.map((b) => {
      const g = grown.get(b.factor);
      return b.ok
        ? row([
            `${b.factor}×`,
            b.counts.stories,
            b.counts.figures,
            b.counts.events,
            b.pages,
            `${b.seconds.toFixed(1)} s`,
            times(g?.time ?? null),
            `${(b.bytes / 1e6).toFixed(1)} MB`,
            times(g?.bytes ?? null),
            gib(b.peakRssBytes),
          ])
        : b.timedOut
          ? row([
              `${b.factor}×`,
              b.counts.stories,
              b.counts.figures,
              b.counts.events,
              `— (${b.written.toLocaleString('en-US')} files written)`,
              `more than ${b.seconds.toFixed(0)} s (stopped)`,
              g?.time ? `more than ${times(g.time)}` : '',
              '—',
              '',
              gib(b.peakRssBytes),
            ])
          : row([
              `${b.factor}×`,
              b.counts.stories,
              b.counts.figures,
              b.counts.events,
              '—',
              `failed after ${b.seconds.toFixed(0)} s`,
              '',
              '—',
              '',
              gib(b.peakRssBytes),
            ]);
    }),
  ].join('\n');
}

function detailTable(results: Results): string {
  const k = ['html', 'css', 'js', 'data', 'image'] as const;
  return [
    row(['page', ...k.map((x) => `${x.toUpperCase()} raw / gzip`), 'total raw / gzip', 'perf.', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']),
    row(['---', ...k.map(() => '---:'), '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results.pages.map((p) =>
      row([
        `${p.label} (\`${p.path}\`)`,
        ...k.map((x) => `${kb(p.bytes.byKind[x].raw)} / ${kb(p.bytes.byKind[x].gzip)}`),
        `${kb(p.bytes.total.raw)} / ${kb(p.bytes.total.gzip)}`,
        p.lighthouse.scores.performance,
        p.lighthouse.scores.accessibility,
        p.lighthouse.scores['best-practices'],
        p.lighthouse.scores.seo,
        ms(p.lighthouse.metrics.fcp),
        ms(p.lighthouse.metrics.lcp),
        ms(p.lighthouse.metrics.tbt),
        p.lighthouse.metrics.cls.toFixed(3),
      ]),
    ),
  ].join('\n');
}

/** The whole report as Markdown (bench/results/latest.md). */
export function toMarkdown(results: Results): string {
  const { machine } = results;
  const failed = results.pages
    .filter((p) => Object.keys(p.lighthouse.failed).length)
    .map(
      (p) =>
        `- ${p.label}: ${Object.entries(p.lighthouse.failed)
          .map(([id, n]) => `\`${id}\` (${n}/${p.lighthouse.runs})`)
          .join(', ')}`,
    );
  return `# Benchmark: H200 Ledger against an Observable Framework peer

Run ${results.date} with \`npm run bench\` on ${machine.os}, ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, Node ${machine.node}.
Versions: ${Object.entries(results.versions)
    .map(([name, v]) => `${name} ${v}`)
    .join(', ')}.

Both sites were served by the same local static server (\`e2e/servers/static.ts --gzip\`, files precompressed with gzip level 9).
Bytes: one load of each page on an emulated Pixel 7 with an empty cache, scrolled to the end; gzip sizes are each response compressed at level 9.
Lighthouse: mobile (its default simulated slow 4G and mid-range phone), ${results.lighthouseRuns} runs per page in a fresh Chromium each, median shown.

## Pages

${shortTable(results)}

## Peer ÷ ours

How many times more the peer page costs than ours (below 1×: the peer costs less).

${comparisonTable(results)}

## Every figure

${detailTable(results)}

Audits that cost points (runs failed / runs):

${failed.join('\n') || '- none'}

## Build time as content grows

Synthetic content: the site's stories, figures and events copied ${results.builds.map((b) => `${b.factor}×`).join(', ')} into a temporary folder (every copy passes the content check); each build cold (empty cache), \`node scripts/build.mjs\`, wall clock, stopped after ${results.buildLimitMinutes} minutes (its time is then a lower bound). Peak memory: the Astro process's maximum resident set, from GNU time where installed.
The peer's build (\`observable build\`, two pages) took ${results.peerBuildSeconds.toFixed(1)} s.

${buildTable(results)}
${results.builds
  .filter((b) => !b.ok)
  .map((b) => `\nThe ${b.factor}× build ${b.timedOut ? 'was stopped' : 'failed'}; its last lines:\n\n\`\`\`\n${b.error ?? ''}\n\`\`\`\n`)
  .join('')}`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** `readme` with the table between its bench markers replaced by this run's. */
export function withReadmeTable(readme: string, results: Results): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md: expected the markers ${START} and ${END} around the benchmark's table`);
  const body = `\n_Latest run: ${results.date}, ${results.machine.cpu} (${results.machine.cores} cores), Lighthouse mobile, median of ${results.lighthouseRuns}. Full report: [bench/results/latest.md](bench/results/latest.md)._\n\n${shortTable(results)}\n\nPeer ÷ ours (how many times more the peer page costs):\n\n${comparisonTable(results)}\n\nBuild time as content grows (cold builds; synthetic content):\n\n${buildTable(results)}\n`;
  return readme.slice(0, from + START.length) + body + readme.slice(to);
}
