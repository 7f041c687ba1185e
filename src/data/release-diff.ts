/**
 * What changed between two versions of the data, row by row: figures, events and sources added,
 * changed and removed, each change naming the fields it touched with their old and new values.
 * Sources are also said to be regraded (a new grade) or replaced (their page, or the rows citing
 * them, moved to another source). Pure: the changes page, the feeds and the charts' "revised"
 * marks all read it.
 */
import type { ReleaseData, ReleasedFigure } from './release.ts';
import type { Event, Source } from './schema.ts';

/** The fields of a figure that change what number a reader is told: a change to one is a revision. */
export const FIGURE_NUMBER_FIELDS = ['value', 'low', 'high', 'bound', 'asOf', 'status', 'measure', 'unit', 'chip'] as const;
const FIGURE_FIELDS = [...FIGURE_NUMBER_FIELDS, 'sources', 'label', 'note', 'quote', 'quoteSource'] as const;
const EVENT_FIELDS = ['date', 'dateNote', 'actor', 'title', 'summary', 'sources', 'figures'] as const;
const SOURCE_FIELDS = ['publisher', 'title', 'url', 'published', 'language', 'kind', 'republishes', 'note'] as const;

/** A row that changed, with the names of the fields that did. */
export interface Changed<T> {
  id: string;
  before: T;
  after: T;
  fields: string[];
}

/** A source that no longer stands where it stood: its page changed, or the rows citing it now cite others. */
export interface Replaced {
  before: Source;
  /** The same source's new page, or the sources that took its place in the rows that cited it. */
  by: Source[];
}

/** Everything that changed from one version of the data to the next. */
export interface DataChanges {
  figures: { added: ReleasedFigure[]; changed: Changed<ReleasedFigure>[]; removed: ReleasedFigure[] };
  events: { added: Event[]; changed: Changed<Event>[]; removed: Event[] };
  sources: { added: Source[]; replaced: Replaced[]; regraded: Changed<Source>[]; changed: Changed<Source>[]; removed: Source[] };
}

/** The changes from `before` (nothing: the first release) to `after`. */
export function diffData(before: ReleaseData | undefined, after: ReleaseData): DataChanges {
  const old = before ?? { sources: [], figures: [], events: [] };
  const figures = diffRows(old.figures, after.figures, FIGURE_FIELDS);
  const events = diffRows(old.events, after.events, EVENT_FIELDS);
  const sources = diffRows(old.sources, after.sources, [...SOURCE_FIELDS, 'confidence']);
  const regraded = sources.changed.filter((c) => c.fields.includes('confidence'));
  const moved = sources.changed.filter((c) => c.fields.includes('url'));
  const byId = new Map(after.sources.map((s) => [s.id, s]));
  // A removed source is replaced by the sources that now stand where it was cited.
  const takers = (gone: Source) => {
    const ids = new Set<string>();
    const rows: { id: string; sources: string[] }[] = [...old.figures, ...old.events];
    const now = new Map<string, string[]>([...after.figures, ...after.events].map((r) => [r.id, r.sources]));
    for (const row of rows) {
      if (!row.sources.includes(gone.id)) continue;
      for (const id of now.get(row.id) ?? []) if (!row.sources.includes(id)) ids.add(id);
    }
    return [...ids].map((id) => byId.get(id)!);
  };
  const removed = sources.removed.map((s) => ({ before: s, by: takers(s) }));
  return {
    figures,
    events,
    sources: {
      added: sources.added,
      replaced: [...moved.map((c) => ({ before: c.before, by: [c.after] })), ...removed.filter((r) => r.by.length > 0)],
      regraded,
      changed: sources.changed.filter((c) => !c.fields.includes('confidence') && !c.fields.includes('url')),
      removed: removed.filter((r) => r.by.length === 0).map((r) => r.before),
    },
  };
}

/** True when nothing changed. */
export function isEmpty(changes: DataChanges): boolean {
  return Object.values(changes).every((kind) => Object.values(kind).every((list) => (list as unknown[]).length === 0));
}

/** True when a change to a figure changes the number a reader is told (not only its words or sources). */
export const isRevision = (change: Changed<ReleasedFigure>) => change.fields.some((f) => (FIGURE_NUMBER_FIELDS as readonly string[]).includes(f));

function diffRows<T extends { id: string }>(before: T[], after: T[], fields: readonly string[]) {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const changed: Changed<T>[] = [];
  for (const row of after) {
    const was = old.get(row.id);
    if (!was) continue;
    const differ = fields.filter((f) => !same((was as Record<string, unknown>)[f], (row as Record<string, unknown>)[f]));
    if (differ.length > 0) changed.push({ id: row.id, before: was, after: row, fields: differ });
  }
  return { added: after.filter((r) => !old.has(r.id)), changed, removed: before.filter((r) => !now.has(r.id)) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A figure's revision: the release that changed the number a reader is told, and what it was. */
export interface Revision {
  version: string;
  date: string;
  before: ReleasedFigure;
  after: ReleasedFigure;
  fields: string[];
}

/** What each release changed from the one before it, oldest first (the first release adds everything). */
export function releaseChanges<R extends { version: string; data: ReleaseData }>(releases: R[]): { release: R; changes: DataChanges }[] {
  return releases.map((release, i) => ({ release, changes: diffData(releases[i - 1]?.data, release.data) }));
}

/** Each figure's revisions across the releases, oldest first: only figures revised since the release they first appeared in. */
export function figureRevisions(changes: { release: { version: string; date: string }; changes: DataChanges }[]): Map<string, Revision[]> {
  const revisions = new Map<string, Revision[]>();
  for (const { release, changes: c } of changes) {
    for (const change of c.figures.changed) {
      if (!isRevision(change)) continue;
      const list = revisions.get(change.id) ?? [];
      list.push({ version: release.version, date: release.date, before: change.before, after: change.after, fields: change.fields });
      revisions.set(change.id, list);
    }
  }
  return revisions;
}
