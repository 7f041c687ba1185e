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
    if (!existsSync(full)) return [];
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

/** What a drawing is made from: the chart's id, a hash of its rows, its width and language, and the code stamp. */
export interface DrawingInput {
  chart: string;
  rowsHash: string;
  width: number;
  lang: string;
  stamp: string;
}

/** The cache key of a drawing. */
export const drawingKey = ({ chart, rowsHash, width, lang, stamp }: DrawingInput) => sha256('drawing', chart, rowsHash, String(width), lang, stamp);

/** The drawing of `input` from `store`, or `draw()` stored there when it has none (or a damaged one). */
export function cachedDrawing(store: DiskCache | undefined, input: DrawingInput, draw: () => string): string {
  if (!store) return draw();
  const key = drawingKey(input);
  const stored = store.read(key);
  if (stored) return stored.toString('utf8');
  const svg = draw();
  store.write(key, Buffer.from(svg));
  return svg;
}
