/** What every chart module provides: an SVG, a text alternative and a table, all from the same rows. */
import type { Lang } from '../lib/format.ts';
import type { Source } from '../data/schema.ts';

/** How a chart is drawn: its width and language. */
export interface ChartOptions {
  /** The width in pixels the chart is drawn for; the SVG scales with its column. */
  width?: number;
  /** The reader's language, for labels and number formats. */
  lang?: Lang;
}

/**
 * The width, in pixels, every chart is drawn at for a page: its narrow layout, drawn once. The
 * stylesheet shows it at its column's width up to a quarter larger (global.css, `.artboard svg`),
 * so its text stays between about 10 and 16 pixels from a 320-pixel phone to a desktop column.
 */
export const PAGE_WIDTH = 360;

/** How much larger than drawn the stylesheet shows a page's drawing at most (global.css: 450 px). */
export const MAX_SCALE = 1.25;

/** A table cell: its text and, for a source, the link a reader can follow. */
export interface Cell {
  text: string;
  /** Links a reader can follow, such as the sources of a row: URLs, or site paths (the table puts the base in front). */
  links?: { text: string; href: string }[];
  /** A raw number, for sorting and for tests that compare the table with the data. */
  value?: number;
  /** The text is a source's own words, in that source's language (BCP 47). */
  quote?: { lang: string };
}

/** A chart's data as a table: column headings and rows of cells. */
export interface Table {
  columns: string[];
  rows: Cell[][];
  /** Element ids for the rows, so a link can point at one (`#event-<id>`). */
  rowIds?: string[];
}

/** One row of a chart's data as a partner downloads it (CSV): plain values by column, with the row's source. */
export type DataRecord = Record<string, string | number | undefined>;

/** A chart: one pure function per view of the same rows. */
export interface ChartModule<Row> {
  /** The chart as SVG markup, deterministic for the same rows and options. */
  render(rows: Row[], options?: ChartOptions): string;
  /** A text alternative, written from the rows: what a screen reader says instead of the picture. */
  describe(rows: Row[], lang?: Lang): string;
  /** The chart's data as a table a reader can open. */
  table(rows: Row[], lang?: Lang): Table;
  /** The chart's data for download, one record per row drawn, each naming its sources and their URLs. */
  records(rows: Row[], lang?: Lang): DataRecord[];
  /** The sources the chart draws on, each once, in order of first use. */
  sources(rows: Row[]): Source[];
  /** The latest "as of" date among the rows. */
  asOf(rows: Row[]): string;
}

/** Each source once, in order of first use. */
export function uniqueSources(lists: Source[][]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/**
 * Rounds every number in an SVG's geometry to two decimals, so output is stable across platforms.
 * Only drawing attributes are touched: text a reader sees, tooltips (`data-*`) and names
 * (`aria-*`) keep their numbers as written, such as a French source's "400.000".
 */
export function roundNumbers(svg: string): string {
  return svg.replace(
    /(\s(?!data-|aria-)[\w:-]+=")([^"]*)"/g,
    (_, name: string, value: string) => `${name}${value.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
  );
}

/** The width and height of an SVG's viewBox; `who` names the caller in the error when there is none. */
export function viewBoxSize(svg: string, who: string): { width: number; height: number } {
  const match = /viewBox="\s*[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!match) throw new Error(`${who}: expected an SVG with a viewBox, got "${svg.slice(0, 60)}…"`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
