/**
 * The benchmark's report: every figure as JSON, a Markdown summary of it, and the short table the
 * README shows between its `bench:start` and `bench:end` markers.
 */
import type { PageBytes } from './bytes.ts';
import type { LighthouseSummary } from './lighthouse-summary.ts';
import type { BenchPage } from './pages.ts';
import { secondsPerPage, type BuildResult, type BuildRun, type Growth } from './scale.ts';

export interface MeasuredPage extends BenchPage {
  bytes: PageBytes;
  lighthouse: LighthouseSummary;
}

/** What a run of the builds alone (`BENCH_ONLY=scale`) records. */
export interface ScaleResults {
  date: string;
  machine: { os: string; cpu: string; cores: number; memoryGiB: number; node: string };
  versions: Record<string, string>;
  builds: BuildResult[];
  /** Each build's time, pages, bytes and time per page ÷ the 1× build's. */
  growth: Growth[];
  /** How long a build may run before it is stopped. */
  buildLimitMinutes: number;
}

/** What a whole run records: the builds, the pages and the peer. */
export interface Results extends ScaleResults {
  lighthouseRuns: number;
  pages: MeasuredPage[];
  /** Peer ÷ ours for each pair: how many times more the peer costs (below 1: the peer costs less). */
  comparisons: { ours: string; peer: string; ratios: Record<string, number> }[];
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

/** The build at each scale: content, pages, time, time per page, output, peak memory, and the rebuild after one edit. */
export function buildTable(results: ScaleResults): string {
  const grown = new Map(results.growth.map((g) => [g.factor, g]));
  return [
    row([
      'content',
      'stories',
      'figures',
      'events',
      'pages',
      'build (cold)',
      'time ÷ 1×',
      'per page',
      'per page ÷ 1×',
      'output',
      'size ÷ 1×',
      'largest HTML page',
      'largest ÷ 1×',
      'peak memory',
      'rebuild, one event edited (warm)',
      'rebuild peak memory',
    ]),
    row(['---', ...Array.from({ length: 15 }, () => '---:')]),
    ...results.builds.map((b) => {
      const g = grown.get(b.factor);
      const perPage = secondsPerPage(b);
      const [pages, time, timeRatio, output, sizeRatio] = b.ok
        ? [b.pages, `${b.seconds.toFixed(1)} s`, times(g?.time ?? null), `${(b.bytes / 1e6).toFixed(1)} MB`, times(g?.bytes ?? null)]
        : b.timedOut
          ? [
              `— (${b.written.toLocaleString('en-US')} files written)`,
              `more than ${b.seconds.toFixed(0)} s (stopped)`,
              g?.time ? `more than ${times(g.time)}` : '',
              '—',
              '',
            ]
          : ['—', `failed after ${b.seconds.toFixed(0)} s`, '', '—', ''];
      return row([
        `${b.factor}×`,
        b.counts.stories,
        b.counts.figures,
        b.counts.events,
        pages,
        time,
        timeRatio,
        perPage === null ? '—' : `${perPage.toFixed(2)} s`,
        perPage === null ? '' : times(g?.timePerPage ?? null),
        output,
        sizeRatio,
        b.ok && b.largestHtml ? `${kb(b.largestHtml.bytes)} (\`${b.largestHtml.path}\`)` : '—',
        b.ok ? times(g?.largestHtml ?? null) : '',
        gib(b.peakRssBytes),
        rebuildCell(b),
        b.rebuild ? gib(b.rebuild.peakRssBytes) : '—',
      ]);
    }),
  ].join('\n');
}

/** The rebuild's time and its ratio to the cold build; why there is none; and a warning when the edit did not reach the pages. */
export function rebuildCell({ rebuild, seconds }: BuildResult): string {
  if (!rebuild) return '—';
  if (rebuild.timedOut) return `more than ${rebuild.seconds.toFixed(0)} s (stopped)`;
  if (!rebuild.ok) return `failed after ${rebuild.seconds.toFixed(0)} s`;
  return `${rebuild.seconds.toFixed(1)} s (${times(rebuild.seconds / seconds)} cold)${rebuild.editShown ? '' : ', the edit is in no page'}`;
}

function detailTable(results: Results): string {
  const k = ['html', 'css', 'js', 'data', 'image'] as const;
  return [
    row([
      'page',
      ...k.map((x) => `${x.toUpperCase()} raw / gzip`),
      'total raw / gzip',
      'perf.',
      'a11y',
      'best pr.',
      'SEO',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'DOM nodes',
    ]),
    row(['---', ...k.map(() => '---:'), '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
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
        Number.isFinite(p.lighthouse.metrics.dom) ? p.lighthouse.metrics.dom.toLocaleString('en-US') : '—',
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

${buildSection(results, `The peer's build (\`observable build\`, two pages) took ${results.peerBuildSeconds.toFixed(1)} s.`)}`;
}

/** What Astro keeps in its cache folder, by the entry's name, for the report's account of the warm cache. */
const CACHE_ENTRIES: Record<string, string> = {
  'data-store.json':
    "the content layer's data store: every collection's entries; on a rebuild the stories' glob loader skips parsing a file whose digest is unchanged, and the data files' loaders (sources, figures, events, charts, site) run again and replace their collections",
  assets: 'images optimized by `astro:assets`',
  'incremental-build.json': "`experimental.incrementalBuild`'s record of each page's inputs, to reuse the pages whose inputs did not change",
  dist: "`experimental.incrementalBuild`'s copies of the pages it may reuse",
};

const size = (bytes: number) => (bytes < 1e6 ? kb(bytes) : `${(bytes / 1e6).toFixed(1)} MB`);

/** What the warm cache held at each scale's rebuild, each entry named and explained where Astro's is known. */
export function warmCacheList(builds: BuildResult[]): string {
  const rebuilt = builds.filter((b) => b.rebuild);
  if (!rebuilt.length) return '';
  const held = rebuilt.map((b) => {
    const entries = Object.entries(b.rebuild!.cache);
    return `- ${b.factor}×: ${entries.length ? entries.map(([name, bytes]) => `\`${name}\` (${size(bytes)})`).join(', ') : 'nothing'}`;
  });
  const names = [...new Set(rebuilt.flatMap((b) => Object.keys(b.rebuild!.cache)))];
  const known = names.filter((name) => CACHE_ENTRIES[name]).map((name) => `\`${name}\` is ${CACHE_ENTRIES[name]}.`);
  return `What the warm cache held, Astro's cache folder (\`cacheDir\`, \`ASTRO_CACHE_DIR\`) as the cold build left it:\n\n${held.join('\n')}\n\n${known.join(' ')}`.trim();
}

/** The section on builds: how they were made and timed, the table, what the warm cache held, and the last lines of failed builds. */
export function buildSection(results: ScaleResults, peer = ''): string {
  const edited = results.builds.find((b) => b.rebuild)?.rebuild?.edit;
  const lastLines = (what: string, run: BuildRun) =>
    `The ${what} ${run.timedOut ? 'was stopped' : 'failed'}; its last lines:\n\n\`\`\`\n${run.error ?? ''}\n\`\`\``;
  const failures = results.builds.flatMap((b) => [
    ...(b.ok ? [] : [lastLines(`${b.factor}× build`, b)]),
    ...(b.rebuild && !b.rebuild.ok ? [lastLines(`${b.factor}× rebuild`, b.rebuild)] : []),
  ]);
  const rebuild = edited
    ? `Rebuild: after a scale's cold build, one event of its content is edited (the English title of \`${edited.id}\` in \`data/events.yaml\` gets "${edited.after.slice(edited.before.length).trim()}" at its end) and the site is built again the same way, with the same content, cache and output folders: warm means Astro's cache as the cold build left it (below). A rebuild marked "the edit is in no page" wrote pages without the new title. Two caches outside that folder are emptied before no build, so they are as warm for the cold builds as for the rebuilds: Vite's \`node_modules/.vite\` (a few of Astro's own modules, prebundled by the first build on a machine) and Node's compile cache (which Astro's command line turns on, in the system's temporary folder).`
    : 'No rebuild was asked for (`BENCH_REBUILD`).';
  const how = [
    `Synthetic content: the site's stories, figures and events copied ${results.builds.map((b) => `${b.factor}×`).join(', ')} into a temporary folder (every copy passes the content check); each build cold (empty cache), \`node scripts/build.mjs\`, wall clock, stopped after ${results.buildLimitMinutes} minutes (its time is then a lower bound). Peak memory: the Astro process's maximum resident set, from GNU time where installed.`,
    "Per page: the cold build's wall clock ÷ the pages it wrote (`index.html` files), what a build costs once (starting Astro and Vite, bundling) included; per page ÷ 1× above 1.0× means each page costs more than at 1×.",
    rebuild,
    peer,
  ];
  const parts = ['## Build time as content grows', how.filter(Boolean).join('\n'), buildTable(results), warmCacheList(results.builds), ...failures];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** The report of a run of the builds alone (`BENCH_ONLY=scale`, bench/results/scale.md). */
export function scaleMarkdown(results: ScaleResults): string {
  const { machine } = results;
  return `# Benchmark: H200 Ledger's build as its content grows

Run ${results.date} with \`BENCH_ONLY=scale npm run bench\` on ${machine.os}, ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, Node ${machine.node}.
Versions: ${Object.entries(results.versions)
    .map(([name, v]) => `${name} ${v}`)
    .join(', ')}.
The builds alone: the pages, Lighthouse and the peer are measured by the whole run (\`npm run bench\`, bench/results/latest.md).

${buildSection(results)}`;
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
