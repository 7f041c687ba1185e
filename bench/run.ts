#!/usr/bin/env node
/**
 * `npm run bench`: builds this site and the Observable Framework peer, serves both from one local
 * static server, measures their pages (bytes, requests, Lighthouse), times the site's build at 1×,
 * 10× and 100× its content and its rebuild after one edit, and writes
 * bench/results/latest.{json,md} and the README's table.
 *   BENCH_ONLY=scale    only the builds (no peer, no pages, no Lighthouse), into bench/results/scale.{json,md}
 *   BENCH_RUNS=3        Lighthouse runs per page (the median is kept)
 *   BENCH_SCALES=1,10,100  content scales to build
 *   BENCH_REBUILD=1,10,100 scales whose cold build is followed by a rebuild after one event is edited
 *                          (default: every scale built; empty for none)
 *   BENCH_BUILD_LIMIT=30   minutes a build may take before it is stopped (reported as a lower bound)
 *   BENCH_PORT=4399     the static server's port
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../src/export/manifest.ts';
import { launch, measurePage } from './bytes.ts';
import { auditOnce, LIGHTHOUSE_VERSION } from './lighthouse.ts';
import { summarize, type LighthouseRun } from './lighthouse-summary.ts';
import { normalizeOptions } from './options.ts';
import { PAGES, PAIRS } from './pages.ts';
import { compare, scaleMarkdown, toMarkdown, withReadmeTable, type MeasuredPage, type Results, type ScaleResults } from './report.ts';
import { buildAt, growth, rebuildAt, type BuildResult } from './scale.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', '.work');
const OPTIONS = normalizeOptions(process.env);
const ORIGIN = `http://127.0.0.1:${OPTIONS.port}`;
const OUT = join(ROOT, 'bench', 'results');

const step = (text: string) => console.log(`\n▸ ${text}`);
const version = (pkg: string, from = ROOT) => JSON.parse(readFileSync(join(from, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

const cpu = cpus();
const machine = {
  os: `${osType()} ${release()}`,
  cpu: cpu[0]?.model.trim() ?? 'unknown',
  cores: cpu.length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.versions.node,
};

// 1. The site, at each scale, each build cold, then rebuilt after one edit. The 1× cold build is the site measured below.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const www = join(WORK, 'www');
const timeoutMs = OPTIONS.buildLimitMinutes * 60_000;
const builds: BuildResult[] = [];
for (const factor of OPTIONS.scales) {
  step(`Building the site with ${factor}× the content`);
  const build = await buildAt(factor, WORK, { timeoutMs });
  // Copied before the rebuild, which changes an event's title in the pages.
  if (factor === 1 && build.ok && OPTIONS.only === 'all') cpSync(join(WORK, 'site-1x'), www, { recursive: true });
  if (build.ok && OPTIONS.rebuild.includes(factor)) build.rebuild = await rebuildAt(factor, WORK, { timeoutMs });
  builds.push(build);
}
const site = builds.find((b) => b.factor === 1)!;
if (!site.ok) throw new Error(`The site's own build failed:\n${site.error}`);

if (OPTIONS.only === 'scale') {
  const results: ScaleResults = {
    date: new Date().toISOString(),
    machine,
    versions: { astro: version('astro') },
    builds,
    growth: growth(builds),
    buildLimitMinutes: OPTIONS.buildLimitMinutes,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'scale.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'scale.md'), scaleMarkdown(results));
  step('Results (bench/results/scale.md)');
  console.log(scaleMarkdown(results));
  process.exit(0);
}

// 2. The peer, built from the same content/data.
step('Building the peer with Observable Framework');
const peerStarted = performance.now();
const peer = spawnSync(process.execPath, [join(ROOT, 'bench', 'node_modules', '@observablehq', 'framework', 'dist', 'bin', 'observable.js'), 'build'], {
  cwd: join(ROOT, 'bench', 'peer'),
  encoding: 'utf8',
  env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' },
});
const peerBuildSeconds = (performance.now() - peerStarted) / 1000;
if (peer.status !== 0) throw new Error(`The peer's build failed:\n${peer.stdout}\n${peer.stderr}`);

// 3. One folder, one server: the site at /, the peer at /peer/, every text file precompressed.
cpSync(join(ROOT, 'bench', 'peer', 'dist'), join(www, 'peer'), { recursive: true });
for (const file of listFiles(www)) {
  if (/\.(html|css|js|json|csv|svg|xml|txt)$/.test(file)) writeFileSync(join(www, `${file}.gz`), gzipSync(readFileSync(join(www, file)), { level: 9 }));
}
const server = spawn(process.execPath, [join(ROOT, 'e2e', 'servers', 'static.ts'), '--dir', www, '--port', String(OPTIONS.port), '--gzip'], {
  stdio: 'inherit',
});
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/`)).ok) break;
  } catch {
    if (i > 50) throw new Error(`The static server did not answer at ${ORIGIN}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// 4. Bytes and requests, one load each.
step('Measuring bytes and requests');
const browser = await launch();
const chromiumVersion = browser.version();
const bytes = new Map<string, Awaited<ReturnType<typeof measurePage>>>();
for (const page of PAGES) {
  bytes.set(page.id, await measurePage(browser, ORIGIN + page.path));
  console.log(`  ${page.label}: ${bytes.get(page.id)!.requests} requests, ${(bytes.get(page.id)!.total.gzip / 1024).toFixed(1)} KB gzipped`);
}
await browser.close();

// 5. Lighthouse, the pages taken in turn in each round so drift on the machine falls on all of them.
const runs = new Map<string, LighthouseRun[]>(PAGES.map((p) => [p.id, []]));
for (let round = 1; round <= OPTIONS.runs; round++) {
  step(`Lighthouse, round ${round} of ${OPTIONS.runs}`);
  for (const page of PAGES) {
    const run = await auditOnce(ORIGIN + page.path);
    runs.get(page.id)!.push(run);
    console.log(`  ${page.label}: performance ${run.scores.performance}, LCP ${Math.round(run.metrics.lcp)} ms`);
  }
}
server.kill();

// 6. The report.
const pages: MeasuredPage[] = PAGES.map((p) => ({ ...p, bytes: bytes.get(p.id)!, lighthouse: summarize(runs.get(p.id)!) }));
const byId = (id: string) => pages.find((p) => p.id === id)!;
const results: Results = {
  date: new Date().toISOString(),
  machine,
  versions: {
    astro: version('astro'),
    '@observablehq/plot': version('@observablehq/plot'),
    d3: version('d3'),
    '@observablehq/framework': version('@observablehq/framework', join(ROOT, 'bench')),
    'peer @observablehq/plot': version('@observablehq/plot', join(ROOT, 'bench')),
    lighthouse: LIGHTHOUSE_VERSION,
    chromium: chromiumVersion,
  },
  lighthouseRuns: OPTIONS.runs,
  pages,
  comparisons: PAIRS.map(([ours, peer]) => ({ ours, peer, ratios: compare(byId(ours), byId(peer)) })),
  builds,
  growth: growth(builds),
  buildLimitMinutes: OPTIONS.buildLimitMinutes,
  peerBuildSeconds,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT, 'latest.md'), toMarkdown(results));
const readme = join(ROOT, 'README.md');
writeFileSync(readme, withReadmeTable(readFileSync(readme, 'utf8'), results));
step('Results (bench/results/latest.md, and the README table)');
console.log(toMarkdown(results).split('\n## Every figure')[0]);
