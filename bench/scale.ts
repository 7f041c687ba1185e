/**
 * How the build grows with the content: copies content/ with its stories, figures and events
 * multiplied (10×, 100×) into a temporary folder, builds the site on each copy from a cold cache,
 * and reports the growth as ratios to the site as it is. The copies pass the site's own content
 * check, so a build that fails at scale fails for the scale, not for the synthetic content.
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { storyFile } from '../src/data/content-check.ts';
import { storySchema } from '../src/data/content-schema.ts';
import { loadFrontmatter } from '../src/data/load.ts';

/** The site's folder: builds run from it, as `npm run build` does. */
const ROOT = resolve(import.meta.dirname, '..');

/** What a synthetic content folder holds. */
export interface Counts {
  /** Distinct slugs: a story in every language counts once. */
  stories: number;
  /** Story files, one per slug and language. */
  storyFiles: number;
  figures: number;
  events: number;
}

/** One timed build; a failed build is recorded, not thrown, so the benchmark can report it. */
export interface BuildResult {
  factor: number;
  counts: Counts;
  ok: boolean;
  /** The build's exit code, or null when it was killed (see `signal`). */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Wall clock from spawn to exit. */
  seconds: number;
  /** Pages: index.html files in the output. */
  pages: number;
  /** Every file in the output, and their total size. */
  files: number;
  bytes: number;
  /** Peak resident memory of the build's largest process (Astro), when GNU time is there to measure it. */
  peakRssBytes?: number;
  /** Files Astro reported written, counted as the build ran: how far a stopped build got. */
  written: number;
  /** Why it failed: the last lines the build wrote to stderr (stdout when stderr is empty). */
  error?: string;
  /** The build's whole output, `<work>/build-<factor>x.log`: the time Astro took over each file. */
  log?: string;
}

/**
 * A scale's build against the 1× build: null where either build failed. A build stopped at its
 * time limit gives a lower bound for time (`timeAtLeast`), and no pages or bytes.
 */
export interface Growth {
  factor: number;
  time: number | null;
  timeAtLeast: boolean;
  pages: number | null;
  bytes: number | null;
}

/** The suffix of the k-th copy of an id or slug: `h200-ordered-s3`, still kebab-case. */
const copy = (id: string, k: number) => `${id}-s${k}`;

/**
 * Copies the content folder `from` to `to` (replaced if it exists) with its stories, figures and
 * events multiplied by `factor`; 1 gives an exact copy. Copies get ids `<id>-s<k>` and carry the
 * same values, sources and prose, so they pass the same checks as the originals.
 */
export function syntheticContent(from: string, to: string, factor: number): Counts {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor: got ${factor}, expected a whole number of 1 or more`);
  const [src, dest] = [resolve(from), resolve(to)];
  // `to` is deleted first: it must not be, or hold, the content it is made from.
  if (!relative(src, dest).startsWith('..') || !relative(dest, src).startsWith('..')) {
    throw new Error(`to: got ${to}, expected a folder apart from ${from}`);
  }
  rmSync(dest, { recursive: true, force: true });
  cpSync(src, dest, { recursive: true });
  const figures = multiplyFigures(join(dest, 'data', 'figures.csv'), factor);
  const events = multiplyEvents(join(dest, 'data', 'events.yaml'), factor);
  const { stories, storyFiles } = multiplyStories(join(dest, 'stories'), factor);
  return { stories, storyFiles, figures, events };
}

/** Adds factor-1 copies of each row of figures.csv, header and column order kept; returns the rows. */
function multiplyFigures(file: string, factor: number): number {
  const text = readFileSync(file, 'utf8');
  const [header, ...rows] = parseCsv(text, { bom: true, skip_empty_lines: true }) as string[][];
  if (factor > 1) {
    const id = header.indexOf('id');
    const copies = range(factor).flatMap((k) => rows.map((row) => row.map((cell, i) => (i === id ? copy(cell, k) : cell))));
    // The file's own line endings, so the original rows come out as they went in.
    writeFileSync(file, stringify([header, ...rows, ...copies], { record_delimiter: text.includes('\r\n') ? 'windows' : 'unix' }));
  }
  return rows.length * factor;
}

/**
 * Adds factor-1 copies of each event of events.yaml, each citing the copies of its figures made
 * alongside it (same values, so the check of numbers in titles and summaries still holds).
 */
function multiplyEvents(file: string, factor: number): number {
  const doc: Document = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) throw new Error(`${file}: expected a list of events`);
  const events = doc.contents.items;
  const count = events.length;
  if (factor > 1) {
    for (const k of range(factor)) {
      for (const event of events.slice(0, count)) {
        if (!isMap(event)) throw new Error(`${file}: expected each event to be a map of fields`);
        const twin = event.clone() as typeof event;
        twin.set('id', copy(String(twin.get('id')), k));
        renameFigures(doc, twin.get('figures', true), k);
        events.push(twin);
      }
    }
    // lineWidth 0: long summaries stay on one line each, as the file writes them.
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
  return count * factor;
}

/** Points an event's `figures` (a list, or ids separated by ";") at the k-th copies. */
function renameFigures(doc: Document, figures: unknown, k: number) {
  if (isSeq(figures)) {
    figures.items = figures.items.map((item) => doc.createNode(copy(String(isScalar(item) ? item.value : item), k)) as Node);
  } else if (isScalar(figures) && typeof figures.value === 'string') {
    figures.value = figures.value
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((id) => copy(id, k))
      .join('; ');
  }
}

/**
 * Adds factor-1 copies `<slug>-s<k>.<lang>.mdx` of every story, bodies unchanged. Each set of
 * copies is ordered after the originals and in their order, so the lead story, the chart each
 * chart's links lead to (its first story) and the home page's first rows stay as they are.
 */
function multiplyStories(dir: string, factor: number): { stories: number; storyFiles: number } {
  const stories = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const path = join(dir, name);
      // The site's own readers: the file name rule and the validated order (100 when left out).
      return { path, ...storyFile(name), order: loadFrontmatter({ path, name }, storySchema).row.order, text: readFileSync(path, 'utf8') };
    });
  const orders = stories.map((s) => s.order);
  const span = Math.max(...orders) - Math.min(...orders) + 1;
  for (const k of range(factor)) {
    for (const { slug, lang, order, text } of stories) {
      writeFileSync(join(dir, `${copy(slug, k)}.${lang}.mdx`), withOrder(text, order + k * span));
    }
  }
  return { stories: new Set(stories.map((s) => s.slug)).size * factor, storyFiles: stories.length * factor };
}

/** The story `text` with its frontmatter's `order:` set to `order` (added when it has none). */
function withOrder(text: string, order: number): string {
  const frontmatter = /^---\r?\n[\s\S]*?^---[ \t\r]*$/m.exec(text);
  if (!frontmatter) throw new Error('expected a story starting with frontmatter between "---" lines');
  const block = frontmatter[0];
  const edited = /^order:/m.test(block) ? block.replace(/^order:[^\r\n]*/m, `order: ${order}`) : block.replace(/^---(?![\s\S]*^---)/m, `order: ${order}\n---`);
  return edited + text.slice(block.length);
}

/** 1 … factor-1: the copies' numbers. */
const range = (factor: number) => Array.from({ length: factor - 1 }, (_, i) => i + 1);

/**
 * Makes content at `factor` in `<work>/content-<factor>x` and times a cold build of the site on it
 * (`node scripts/build.mjs`, a fresh Astro cache) into `<work>/site-<factor>x`, from spawn to exit.
 * Prints one progress line. A build that fails or runs past `timeoutMs` is recorded, not thrown.
 * `work` belongs inside the project: with an output folder outside it, Astro bundles the pages
 * into the project's shared `.astro/.prerender/`, which any other build from the project deletes
 * when it ends, and the pages still to come are written without their stories.
 */
export async function buildAt(factor: number, work: string, { timeoutMs = 20 * 60_000 } = {}): Promise<BuildResult> {
  const content = join(work, `content-${factor}x`);
  const cache = join(work, `cache-${factor}x`);
  const out = join(work, `site-${factor}x`);
  const rss = join(work, `rss-${factor}x.txt`);
  const log = join(work, `build-${factor}x.log`);
  const counts = syntheticContent(join(ROOT, 'content'), content, factor);
  const result = {
    factor,
    counts,
    ok: false,
    status: null,
    signal: null,
    timedOut: false,
    seconds: 0,
    pages: 0,
    files: 0,
    bytes: 0,
    written: 0,
  } satisfies BuildResult;
  process.stdout.write(`${factor}×: ${counts.stories} stories, ${counts.figures} figures, ${counts.events} events… `);

  // Each scale has its own cache; emptied so the build is cold, unless a live build holds its lock.
  const holder = lockHolder(cache);
  if (holder) {
    console.log('not built');
    return { ...result, error: `another build (process ${holder}) is using Astro's cache ${cache}` };
  }
  for (const dir of [cache, out, rss, log]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // GNU time, when there, gives the peak memory of the largest process the build waited for: Astro.
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed ? ['/usr/bin/time', ['-f', '%M', '-o', rss, process.execPath, 'scripts/build.mjs']] : [process.execPath, ['scripts/build.mjs']];
  const env = { ...process.env, H200_CONTENT: content, ASTRO_CACHE_DIR: cache, BUILD_OUT: out };
  const started = performance.now();
  // Its own process group, so a build past its time is stopped with the Astro process it started.
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stdout = tail(child.stdout);
  const stderr = tail(child.stderr);
  // Everything, to a file: where a slow or failed build spent its time, without streaming it to the console.
  const logFile = createWriteStream(log);
  child.stdout.pipe(logFile, { end: false });
  child.stderr.pipe(logFile, { end: false });
  // Astro lists each file it writes on a line of its own, "├─ /path (+12ms)".
  let written = 0;
  child.stdout.on('data', (chunk: string) => (written += chunk.match(/[├└]─ \//g)?.length ?? 0));
  // Astro logs an error on a page it cannot render and goes on: the build exits 0 with the page
  // written empty (a story without its text), which is no measure of the site.
  const firstError = firstLine([child.stdout, child.stderr], /\[ERROR\]/);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, timeoutMs);
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  }).finally(() => {
    clearTimeout(timer);
    logFile.end();
  });
  const seconds = (performance.now() - started) / 1000;

  const logged = firstError();
  const ok = status === 0 && !timedOut && logged === undefined;
  const output = ok ? measureFolder(out) : { pages: 0, files: 0, bytes: 0 };
  const peakKb = timed && existsSync(rss) ? Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) : NaN;
  const peakRssBytes = Number.isFinite(peakKb) && peakKb > 0 ? peakKb * 1024 : undefined;
  const error = ok
    ? undefined
    : timedOut
      ? `stopped after ${timeoutMs / 1000} s\n${stderr() || stdout()}`
      : status === 0
        ? `exited 0 but logged an error, the first: ${logged}`
        : stderr() || stdout();
  console.log(
    ok
      ? `${output.pages} pages, ${(output.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`
      : `${timedOut ? 'stopped at the time limit' : 'failed'} after ${seconds.toFixed(1)} s, ${written} files written`,
  );
  return { ...result, ok, status, signal, timedOut, seconds, ...output, written, peakRssBytes, error, log };
}

/** The process holding Astro's cache `dir` (scripts/astro.mjs's lock), or undefined when none alive does. */
function lockHolder(dir: string): number | undefined {
  const lock = `${dir}.lock`;
  if (!existsSync(lock)) return undefined;
  const pid = Number(readFileSync(lock, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/** Keeps the last `lines` lines a stream writes (a build at 100× logs thousands), read as text. */
function tail(stream: NodeJS.ReadableStream, lines = 30): () => string {
  let kept = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    kept = (kept + chunk)
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  });
  return () => kept.trim();
}

/** The first line the streams write that matches `pattern`, colours taken out; read once they have ended. */
function firstLine(streams: NodeJS.ReadableStream[], pattern: RegExp): () => string | undefined {
  let found: string | undefined;
  for (const stream of streams) {
    let partial = '';
    stream.on('data', (chunk: string) => {
      if (found !== undefined) return;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      found = lines.map((line) => line.replace(/\x1b\[[0-9;]*m/g, '')).find((line) => pattern.test(line));
    });
    stream.on('end', () => (found ??= pattern.test(partial) ? partial.replace(/\x1b\[[0-9;]*m/g, '') : undefined));
  }
  return () => found;
}

/** Pages (index.html files), files and bytes in a built site. */
function measureFolder(dir: string): { pages: number; files: number; bytes: number } {
  let [pages, files, bytes] = [0, 0, 0];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name === 'index.html') pages++;
  }
  return { pages, files, bytes };
}

/** Each scale's build time, pages and bytes as ratios to the 1× build's. */
export function growth(results: BuildResult[]): Growth[] {
  const base = results.find((r) => r.factor === 1);
  const ratio = (r: BuildResult, of: (r: BuildResult) => number) => (base?.ok && r.ok && of(base) > 0 ? of(r) / of(base) : null);
  return results.map((r) => {
    const stopped = r.timedOut && base?.ok === true;
    return {
      factor: r.factor,
      time: stopped ? r.seconds / base.seconds : ratio(r, (x) => x.seconds),
      timeAtLeast: stopped,
      pages: ratio(r, (x) => x.pages),
      bytes: ratio(r, (x) => x.bytes),
    };
  });
}
