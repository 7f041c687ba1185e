/** The words every chart of figures shares: value lines, labels, axis numbers and the data table. */
import { dateKey, formatDate, formatFigure, formatNumber, localize, type Lang } from '../lib/format.ts';
import { sourceCitation, sourceLabel, sourcesLabel, type FigureRow } from './rows.ts';
import { uniqueSources, type Cell, type DataRecord, type Table } from './types.ts';
import { t } from '../i18n/ui.ts';
import type { MarkInfo } from './marks.ts';
import { isRevised, revisedLines, revisedLinks } from './revised.ts';

/** A figure's label in the reader's language: "Approved by China". */
export const figureLabel = (f: FigureRow, lang: Lang) => localize(f.label, lang);

/** A figure's value with the marks a reader must not miss: "more than 400,000 · contested". */
export function describeValue(f: FigureRow, lang: Lang): string {
  const marks = [formatFigure(f, { lang })];
  if (f.status === 'contested') marks.push(t(lang, 'mark.contested'));
  if (f.sourceRows.every((s) => s.confidence === 'L' || s.confidence === 'unverified')) marks.push(t(lang, 'mark.low-confidence'));
  return marks.join(' · ');
}

/** A figure's label and value: "Approved by China: more than 400,000 · contested". */
export const labelled = (f: FigureRow, lang: Lang) => `${figureLabel(f, lang)}${t(lang, 'punct.colon')}${describeValue(f, lang)}`;

/** "as of 28 Jan 2026"; for a month, "as of December 2025" ("en décembre 2025" in French). */
export const asOfText = (date: string, lang: Lang) => t(lang, dateKey('chart.as-of', date), { date: formatDate(date, { lang }) });

/** What a reader learns from a figure's mark: its name, value with bound, "as of" date and sources. */
export function figureMark(f: FigureRow, lang: Lang): MarkInfo {
  return {
    key: f.id,
    lines: [
      figureLabel(f, lang),
      describeValue(f, lang),
      ...revisedLines(f, lang),
      asOfText(f.asOf, lang),
      sourcesLabel(f.sourceRows, lang),
      ...(f.quote === undefined ? [] : [t(lang, 'mark.quote', { quote: f.quote })]),
    ],
    known: f.sourceRows.map((s) => s.published).sort()[0],
  };
}

/** Short axis numbers: 0, 500k, 1M, 1.5M. */
export function axisNumber(n: number, lang: Lang): string {
  if (n >= 1e6) return t(lang, 'axis.millions', { n: formatNumber(n / 1e6, { lang }) });
  if (n >= 1e3) return t(lang, 'axis.thousands', { n: formatNumber(n / 1e3, { lang }) });
  return formatNumber(n, { lang });
}

/** The source a figure's quote is taken from; none for a figure of an early release, which has no quote. */
export const quoteSourceOf = (f: FigureRow) => f.sourceRows.find((s) => s.id === f.quoteSource);

/** Some row has its source's own words: the rows of a release made before figures carried quotes have none. */
const quoted = (rows: FigureRow[]) => rows.some((f) => f.quote !== undefined);

/**
 * The figures behind a chart, as a table: measure, value, kind, as of, source, and the source's
 * own words where the rows have them; when a figure was revised, a column after the value says
 * what it was and when it changed, linked to the changes page.
 */
export function figureTable(rows: FigureRow[], lang: Lang = 'en'): Table {
  const withQuotes = quoted(rows);
  const revised = rows.some(isRevised);
  const revisedCell = (f: FigureRow): Cell[] => {
    if (!revised) return [];
    const links = revisedLinks(f, lang);
    return [links.length > 0 ? { text: links.map((l) => l.text).join(t(lang, 'punct.list')), links } : { text: '' }];
  };
  return {
    columns: [
      t(lang, 'table.measure'),
      t(lang, 'table.value'),
      ...(revised ? [t(lang, 'revised.column')] : []),
      ...['kind', 'as-of', 'source', ...(withQuotes ? ['quote'] : [])].map((c) => t(lang, `table.${c}`)),
    ],
    rows: rows.map((f) => [
      { text: figureLabel(f, lang) },
      { text: describeValue(f, lang), value: f.bound === 'range' ? f.low : f.value },
      ...revisedCell(f),
      { text: t(lang, `bound-name.${f.bound}`) },
      { text: formatDate(f.asOf, { lang }) },
      { text: sourcesLabel(f.sourceRows, lang), links: f.sourceRows.map((s) => ({ text: sourceLabel(s, lang), href: s.url })) },
      ...(!withQuotes ? [] : f.quote === undefined ? [{ text: '' }] : [{ text: f.quote, quote: { lang: quoteSourceOf(f)!.language } }]),
    ]),
  };
}

/** The sources and the latest "as of" date of a chart of figures. */
export const figureCredits = {
  sources: (rows: FigureRow[]) => uniqueSources(rows.map((f) => f.sourceRows)),
  asOf: (rows: FigureRow[]) =>
    rows
      .map((f) => f.asOf)
      .sort()
      .at(-1)!,
};

/**
 * The figures behind a chart for download: raw values and bounds, dates, the sources that back
 * each row and their own words where the rows have them, and for a revised figure what it was and
 * when it changed (`revised`) and the releases that changed it, newest first (`revised_in`),
 * empty for the others.
 */
export function figureRecords(rows: FigureRow[], lang: Lang = 'en'): DataRecord[] {
  const withQuotes = quoted(rows);
  return rows.map((f) => ({
    id: f.id,
    label: figureLabel(f, lang),
    measure: f.measure,
    chip: f.chip,
    unit: f.unit,
    bound: f.bound,
    value: f.value,
    low: f.low,
    high: f.high,
    as_of: f.asOf,
    status: f.status,
    source: f.sourceRows.map((s) => sourceCitation(s, lang)).join(t(lang, 'punct.list')),
    source_url: f.sourceRows.map((s) => s.url).join(' '),
    ...(withQuotes ? { quote: f.quote, quote_source: f.quoteSource, quote_language: quoteSourceOf(f)?.language } : {}),
    revised: revisedLines(f, lang).join(t(lang, 'punct.list')),
    revised_in: (f.revisions ?? [])
      .map((r) => r.version)
      .reverse()
      .join(' '),
  }));
}
