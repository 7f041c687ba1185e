/** Joins figures and events to their sources: the rows every chart function takes. */
import type { Event, Source } from '../data/schema.ts';
import type { ReleaseData, ReleasedFigure } from '../data/release.ts';
import type { Revision } from '../data/release-diff.ts';
import { formatDate, type Lang } from '../lib/format.ts';
import { t } from '../i18n/ui.ts';

/** A figure with the sources it cites, resolved. A figure of an early release may have no quote. */
export interface FigureRow extends ReleasedFigure {
  sourceRows: Source[];
  /** The releases that changed the number a reader is told since the figure first appeared, oldest first; absent when none did. */
  revisions?: Revision[];
}

/** An event with the sources it cites, resolved. */
export interface EventRow extends Event {
  sourceRows: Source[];
}

/** "Reuters via The Decoder" for a republication, "Covington" for an original. */
export function sourceLabel(source: Source, lang: Lang = 'en'): string {
  return source.kind === 'republication' && source.republishes
    ? t(lang, 'source.via', { outlet: source.republishes, publisher: source.publisher })
    : source.publisher;
}

/**
 * Each source's label in a credit line, told apart by date where one label would stand for two
 * sources: "Reuters via The Business Times (16 Jan 2026)".
 */
export function distinctSourceLabels(sources: Source[], lang: Lang = 'en'): string[] {
  const labels = sources.map((source) => sourceLabel(source, lang));
  const uses = new Map<string, number>();
  for (const label of labels) uses.set(label, (uses.get(label) ?? 0) + 1);
  return sources.map((source, i) => (uses.get(labels[i])! > 1 ? `${labels[i]} (${formatDate(source.published, { lang })})` : labels[i]));
}

/** A source's grade in a sentence: "Confidence M: a named outlet's report carried by another publisher…". */
export function sourceGrade(source: Source, lang: Lang = 'en'): string {
  return t(lang, 'source.confidence', { grade: t(lang, `source.grade.${source.confidence}`), meaning: t(lang, `source.confidence.${source.confidence}`) });
}

/** A source in full for a data file: `Reuters via The Decoder, "Headline" (2026-01-28)`. */
export function sourceCitation(source: Source, lang: Lang = 'en'): string {
  return t(lang, 'source.citation', { source: sourceLabel(source, lang), title: source.title, date: source.published });
}

/** The credit line of a list of sources: "Reuters via The Decoder; FT via Business Times". */
export function sourcesLabel(sources: Source[], lang: Lang = 'en'): string {
  return sources.map((s) => sourceLabel(s, lang)).join(t(lang, 'punct.list'));
}

function resolve(ids: string[], byId: Map<string, Source>): Source[] {
  return ids.map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`unknown source id "${id}"`);
    return source;
  });
}

/** The figures of `ids`, in that order, with their sources. */
export function figureRows(data: Pick<ReleaseData, 'sources' | 'figures'>, ids?: string[]): FigureRow[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const figures = ids
    ? ids.map((id) => {
        const figure = data.figures.find((f) => f.id === id);
        if (!figure) throw new Error(`unknown figure id "${id}": expected the id of a row in content/data/figures.csv`);
        return figure;
      })
    : data.figures;
  return figures.map((f) => ({ ...f, sourceRows: resolve(f.sources, byId) }));
}

/**
 * `rows` with each figure's revisions from `revisions` (figure id → revisions, as
 * `figureRevisions` makes it). Pure: a pinned chart of an older release passes only the
 * revisions made up to that release, so its marks say what was known then.
 */
export function withRevisions(rows: FigureRow[], revisions: ReadonlyMap<string, Revision[]>): FigureRow[] {
  return rows.map((row) => {
    const { revisions: _, ...rest } = row;
    const found = revisions.get(row.id);
    return found?.length ? { ...rest, revisions: found } : rest;
  });
}

/** Every event, oldest first, with its sources. */
export function eventRows(data: Pick<ReleaseData, 'sources' | 'events'>): EventRow[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return [...data.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({ ...e, sourceRows: resolve(e.sources, byId) }));
}
