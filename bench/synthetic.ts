/**
 * Synthetic content: the content folder copied with its stories, figures and events multiplied
 * (10×, 100×), and one event edited in such a copy. The copies pass the site's own content check,
 * so a build that fails at scale fails for the scale, not for the synthetic content.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { storyFile } from '../src/data/content-check.ts';
import { storySchema } from '../src/data/content-schema.ts';
import { loadFrontmatter } from '../src/data/load.ts';

/** What a synthetic content folder holds. */
export interface Counts {
  /** Distinct slugs: a story in every language counts once. */
  stories: number;
  /** Story files, one per slug and language. */
  storyFiles: number;
  figures: number;
  events: number;
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

/** The words an edit adds to an event's title: found in the rebuilt pages, they show the edit reached them. */
export const EDIT_MARK = ' (revised for the benchmark)';

/** One event edited in a content folder: which, and its English title before and after. */
export interface EventEdit {
  id: string;
  before: string;
  after: string;
}

/**
 * Edits one event of `<content>/data/events.yaml` as an author would: the first event's English
 * title gets `EDIT_MARK` at its end (words, no number, so the content check still passes). The
 * other events, and every other file, are left as they are.
 */
export function editOneEvent(content: string): EventEdit {
  const file = join(content, 'data', 'events.yaml');
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const event = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
  if (!isMap(event)) throw new Error(`${file}: expected a list of events, each a map of fields`);
  const title = event.getIn(['title', 'en'], true);
  if (!isScalar(title) || typeof title.value !== 'string' || !title.range) {
    throw new Error(`${file}: expected the first event to have an English title, got ${JSON.stringify(isScalar(title) ? title.value : title)}`);
  }
  const [before, after] = [title.value, title.value + EDIT_MARK];
  // The title's own characters replaced, the rest of the file byte for byte: the one-line change an author makes.
  const [start, end] = title.range;
  writeFileSync(file, text.slice(0, start) + JSON.stringify(after) + text.slice(end));
  return { id: String(event.get('id')), before, after };
}
