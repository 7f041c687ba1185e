/**
 * Chart drawings kept between builds. A drawing is a pure function of the chart, its rows, its
 * width and language, the interface words and the code that draws it: the key hashes all of
 * them, the code as a stamp of its files, so a drawing made by older code is never served.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256, type DiskCache } from './disk-cache.ts';

/** The folders whose code a drawing depends on (chart functions, formats, words, schema) and the locked package versions. */
export const DRAWING_CODE = ['src/charts', 'src/lib', 'src/i18n', 'src/data', 'package-lock.json'];

/** Tests, snapshots and fixtures do not draw. */
const notCode = (path: string) => /\.test\.ts$|__snapshots__|__fixtures__/.test(path);

/**
 * A hash of everything besides its rows that a drawing depends on: each file under `paths` in
 * `root` (name and bytes), the Node version (its ICU formats dates and numbers) and `words`, the
 * interface texts as loaded. It changes whenever any of them does.
 */
export function codeStamp({ root, words, paths = DRAWING_CODE }: { root: string; words: unknown; paths?: string[] }): string {
  const files = paths.flatMap((path) => {
    const full = join(root, path);
    // Without the code, a stamp could not tell old drawings from new: stop rather than serve them.
    if (!existsSync(full)) throw new Error(`drawing cache: expected ${path} in ${root}, the project's folder, to stamp the drawing code`);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  });
  const parts = files
    .map((file) => relative(root, file))
    .filter((file) => !notCode(file))
    .sort()
    .flatMap((file) => [file, readFileSync(join(root, file))]);
  return sha256(process.version, process.versions.icu ?? '', JSON.stringify(words), ...parts);
}

/** What a drawing is made from: the chart's id, its rows, its width and language. */
export interface DrawingInput {
  chart: string;
  rows: unknown[];
  width: number;
  lang: string;
}

/**
 * A drawer that keeps drawings in the cache `store()` (none: it draws every time) under a key
 * hashing the input and `stamp()`, the code stamp, each asked for once and only when there is a
 * cache. The rows are hashed once per array: a build draws the same rows at several widths.
 */
export function drawingCache(store: () => DiskCache | undefined, stamp: () => string): (input: DrawingInput, draw: () => string) => string {
  const rowHashes = new WeakMap<unknown[], string>();
  let code: string | undefined;
  return ({ chart, rows, width, lang }, draw) => {
    const cache = store();
    if (!cache) return draw();
    if (!rowHashes.has(rows)) rowHashes.set(rows, sha256(JSON.stringify(rows)));
    code ??= stamp();
    const key = sha256('drawing', chart, rowHashes.get(rows)!, String(width), lang, code);
    const stored = cache.read(key);
    if (stored) return stored.toString('utf8');
    const svg = draw();
    cache.write(key, Buffer.from(svg));
    return svg;
  };
}
