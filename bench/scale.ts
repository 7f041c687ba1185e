/**
 * How the build grows with the content: builds the site on synthetic content (./synthetic.ts) at
 * 1×, 10× and 100× its stories, figures and events, each from a cold cache, times a rebuild after
 * one event is edited (the cache as the cold build left it), and reports the growth as ratios to
 * the site as it is.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EDIT_MARK, editOneEvent, syntheticContent, type Counts, type EventEdit } from './synthetic.ts';

/** The site's folder: builds run from it, as `npm run build` does. */
const ROOT = resolve(import.meta.dirname, '..');

/** One run of `node scripts/build.mjs`, timed; a failed build is recorded, not thrown, so the benchmark can report it. */
export interface BuildRun {
  ok: boolean;
  /** The build's exit code, or null when it was killed (see `signal`). */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Wall clock from spawn to exit. */
  seconds: number;
  /** Peak resident memory of the build's largest process (Astro), when GNU time is there to measure it. */
  peakRssBytes?: number;
  /** Files Astro reported written, counted as the build ran: how far a stopped build got. */
  written: number;
  /** Why it failed: the last lines the build wrote to stderr (stdout when stderr is empty). */
  error?: string;
  /** The build's whole output, `<work>/build-<factor>x.log`: the time Astro took over each file. */
  log?: string;
}

/** A scale's cold build, and the rebuild after one edit when it was asked for. */
export interface BuildResult extends BuildRun {
  factor: number;
  counts: Counts;
  /** Pages: index.html files in the output. */
  pages: number;
  /** Every file in the output, and their total size. */
  files: number;
  bytes: number;
  /** The largest HTML page in the output: its path in the site and its size in bytes. */
  largestHtml?: { path: string; bytes: number };
  /** The rebuild after one event was edited (rebuildAt), when asked for and the cold build succeeded. */
  rebuild?: Rebuild;
}

/** The site built again on the same content with one event edited, Astro's cache as the cold build left it (warm). */
export interface Rebuild extends BuildRun {
  edit: EventEdit;
  /** What the warm cache held when the rebuild started: each entry of Astro's cache folder and its size in bytes. */
  cache: Record<string, number>;
  /** True when a page of the rebuilt site holds the edited title: the edit reached the output. */
  editShown: boolean;
}

/**
 * A scale's build against the 1× build: null where either build failed. A build stopped at its
 * time limit gives a lower bound for time (`timeAtLeast`), and no pages, bytes or time per page.
 */
export interface Growth {
  factor: number;
  time: number | null;
  timeAtLeast: boolean;
  pages: number | null;
  bytes: number | null;
  /** The largest HTML page's size against the 1× build's largest. */
  largestHtml: number | null;
  /** Seconds per page ÷ the 1× build's: above 1, each page costs more than at 1×. */
  timePerPage: number | null;
}

/** What a build needs: its content, Astro's cache, its output and where its log and peak memory go. */
interface BuildFolders {
  content: string;
  cache: string;
  out: string;
  log: string;
  rss: string;
}

/** A scale's folders under `work`. */
const foldersAt = (factor: number, work: string): BuildFolders => ({
  content: join(work, `content-${factor}x`),
  cache: join(work, `cache-${factor}x`),
  out: join(work, `site-${factor}x`),
  log: join(work, `build-${factor}x.log`),
  rss: join(work, `rss-${factor}x.txt`),
});

/**
 * Makes content at `factor` in `<work>/content-<factor>x` and times a cold build of the site on it
 * (`node scripts/build.mjs`, a fresh Astro cache in `<work>/cache-<factor>x`) into
 * `<work>/site-<factor>x`, from spawn to exit. Prints one progress line. A build that fails or
 * runs past `timeoutMs` is recorded, not thrown.
 * `work` belongs inside the project: with an output folder outside it, Astro bundles the pages
 * into the project's shared `.astro/.prerender/`, which any other build from the project deletes
 * when it ends, and the pages still to come are written without their stories.
 */
export async function buildAt(factor: number, work: string, { timeoutMs = 20 * 60_000 } = {}): Promise<BuildResult> {
  const folders = foldersAt(factor, work);
  const counts = syntheticContent(join(ROOT, 'content'), folders.content, factor);
  process.stdout.write(`${factor}×: ${counts.stories} stories, ${counts.figures} figures, ${counts.events} events… `);

  // Each scale has its own cache; emptied so the build is cold, unless a live build holds its lock.
  const holder = lockHolder(folders.cache);
  if (holder) {
    console.log('not built');
    const error = `another build (process ${holder}) is using Astro's cache ${folders.cache}`;
    return { factor, counts, ok: false, status: null, signal: null, timedOut: false, seconds: 0, written: 0, pages: 0, files: 0, bytes: 0, error };
  }
  for (const path of [folders.cache, folders.out, folders.log, folders.rss]) rmSync(path, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  const cold = await timedBuild(folders, timeoutMs);
  const output: ReturnType<typeof measureFolder> = cold.ok ? measureFolder(folders.out) : { pages: 0, files: 0, bytes: 0 };
  console.log(
    cold.ok
      ? `${output.pages} pages, ${(output.bytes / 1e6).toFixed(1)} MB in ${cold.seconds.toFixed(1)} s`
      : `${cold.timedOut ? 'stopped at the time limit' : 'failed'} after ${cold.seconds.toFixed(1)} s, ${cold.written} files written`,
  );
  return { factor, counts, ...cold, ...output };
}

/**
 * After `buildAt(factor, work)`: edits one event of that scale's content (editOneEvent) and times
 * the build again with the same content, cache and output folders, as an author rebuilding after
 * an edit would; the cache is as the cold build left it (its entries are recorded in `cache`).
 * Logs to `<work>/rebuild-<factor>x.log`. Prints one progress line; a failure is recorded, not thrown.
 */
export async function rebuildAt(factor: number, work: string, { timeoutMs = 20 * 60_000 } = {}): Promise<Rebuild> {
  const folders = { ...foldersAt(factor, work), log: join(work, `rebuild-${factor}x.log`), rss: join(work, `rss-rebuild-${factor}x.txt`) };
  const edit = editOneEvent(folders.content);
  const cache = folderSizes(folders.cache);
  process.stdout.write(`${factor}×: one event edited (${edit.id}), rebuilt on the warm cache… `);
  const run = await timedBuild(folders, timeoutMs);
  const editShown = run.ok && holdsText(folders.out, EDIT_MARK);
  console.log(
    run.ok
      ? `${run.seconds.toFixed(1)} s${editShown ? '' : ', but no page shows the edit'}`
      : `${run.timedOut ? 'stopped at the time limit' : 'failed'} after ${run.seconds.toFixed(1)} s`,
  );
  return { ...run, edit, cache, editShown };
}

/** Runs `node scripts/build.mjs` on `content` with Astro's cache in `cache`, into `out`, and times it from spawn to exit. */
async function timedBuild({ content, cache, out, log, rss }: BuildFolders, timeoutMs: number): Promise<BuildRun> {
  rmSync(rss, { force: true });
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
  const peakKb = timed && existsSync(rss) ? Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) : NaN;
  const peakRssBytes = Number.isFinite(peakKb) && peakKb > 0 ? peakKb * 1024 : undefined;
  const error = ok
    ? undefined
    : timedOut
      ? `stopped after ${timeoutMs / 1000} s\n${stderr() || stdout()}`
      : status === 0
        ? `exited 0 but logged an error, the first: ${logged}`
        : stderr() || stdout();
  return { ok, status, signal, timedOut, seconds, peakRssBytes, written, error, log };
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

/** Pages (index.html files), files and bytes in a built site, and its largest HTML page. */
export function measureFolder(dir: string): { pages: number; files: number; bytes: number; largestHtml?: { path: string; bytes: number } } {
  let [pages, files, bytes] = [0, 0, 0];
  let largestHtml: { path: string; bytes: number } | undefined;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    bytes += size;
    if (entry.name === 'index.html') pages++;
    if (entry.name.endsWith('.html') && size > (largestHtml?.bytes ?? -1)) largestHtml = { path: `/${relative(dir, path)}`, bytes: size };
  }
  return { pages, files, bytes, largestHtml };
}

/** Each entry at the top of `dir` (a file, or a folder with all it holds) and its size in bytes; empty when `dir` is not there. */
export function folderSizes(dir: string): Record<string, number> {
  if (!existsSync(dir)) return {};
  const size = (path: string): number =>
    statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : statSync(path).size;
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, size(join(dir, name))]),
  );
}

/** True when an HTML file under `dir` holds `text`; stops at the first that does. */
function holdsText(dir: string, text: string): boolean {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && entry.name.endsWith('.html') && readFileSync(join(entry.parentPath, entry.name), 'utf8').includes(text),
  );
}

/** A build's wall clock divided by the pages it wrote; null for a build that failed or wrote none. */
export function secondsPerPage(result: BuildResult): number | null {
  return result.ok && result.pages > 0 ? result.seconds / result.pages : null;
}

/** Each scale's build time, pages, bytes and time per page as ratios to the 1× build's. */
export function growth(results: BuildResult[]): Growth[] {
  const base = results.find((r) => r.factor === 1);
  const ratio = (r: BuildResult, of: (r: BuildResult) => number | null) => {
    const [value, unit] = [of(r), base?.ok && r.ok ? of(base) : null];
    return value !== null && unit ? value / unit : null;
  };
  return results.map((r) => {
    const stopped = r.timedOut && base?.ok === true;
    return {
      factor: r.factor,
      time: stopped ? r.seconds / base.seconds : ratio(r, (x) => x.seconds),
      timeAtLeast: stopped,
      pages: ratio(r, (x) => x.pages),
      bytes: ratio(r, (x) => x.bytes),
      largestHtml: ratio(r, (x) => x.largestHtml?.bytes ?? null),
      timePerPage: ratio(r, secondsPerPage),
    };
  });
}
