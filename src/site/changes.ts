/**
 * The data's change log as the pages and feeds show it: each release, newest first, with every
 * figure, event and source it added, changed or removed, each under a stable anchor
 * (`change-<version>-figure-<id>`), and the story corrections that explain a figure's change.
 * Made once per model and language.
 */
import { isRevision, type DataChanges } from '../data/release-diff.ts';
import type { Release, ReleasedFigure } from '../data/release.ts';
import type { Event, Lang, Source } from '../data/schema.ts';
import { t } from '../i18n/ui.ts';
import { localize } from '../lib/format.ts';
import { changeAnchor, changesPath, releaseAnchor } from '../lib/change-anchors.ts';
import { eventLines, figureLines, sourceLines, type ChangeLine } from './change-lines.ts';
import type { SiteModel, Story, Update } from './model.ts';

export { changeAnchor, changesPath, releaseAnchor };

/** What happened to a row in a release. */
export type Action = 'revised' | 'added' | 'changed' | 'removed' | 'replaced' | 'regraded';

/** One row's entry in a release. */
export interface ChangeEntry {
  anchor: string;
  action: Action;
  id: string;
  /** The row's name: a figure's label, an event's title, a source's publisher and headline. */
  name: string;
  /** For a source: its page. */
  href?: string;
  /** The language of the name, where it is not the page's: a source's headline is in its own. */
  nameLang?: string;
  lines: ChangeLine[];
  /** For a replaced source: the sources that took its place. */
  by?: { name: string; href: string; lang: string }[];
  /** The story corrections that explain this change. */
  corrections: { story: Story; update: Update }[];
}

/** A release as the changes page shows it. */
export interface ReleaseEntry {
  version: string;
  date: string;
  notes: string;
  anchor: string;
  /** True for the first release: everything in it is new. */
  first: boolean;
  figures: ChangeEntry[];
  events: ChangeEntry[];
  sources: ChangeEntry[];
}

const cache = new WeakMap<SiteModel, Map<Lang, ReleaseEntry[]>>();

/** Every release, newest first, in `lang`. */
export function releaseEntries(model: SiteModel, lang: Lang): ReleaseEntry[] {
  const byLang = cache.get(model) ?? new Map<Lang, ReleaseEntry[]>();
  cache.set(model, byLang);
  let entries = byLang.get(lang);
  if (!entries) {
    const corrections = correctionIndex(model, lang);
    entries = model.changes.map(({ release, changes }, i) => entry(release, changes, model.releases[i - 1], lang, corrections)).reverse();
    byLang.set(lang, entries);
  }
  return entries;
}

/** The changes between the latest release and the data as it is now: shown only by `npm run dev`. */
export function unreleasedEntry(model: SiteModel, changes: DataChanges, lang: Lang): ReleaseEntry {
  const latest = model.releases.at(-1);
  const now = { version: 'unreleased', date: '', notes: { en: '', fr: '' }, files: {}, data: model.data, charts: [], dir: 'content/data' } satisfies Release;
  return entry(now, changes, latest, lang, new Map());
}

/**
 * Where each correction that names figures leads: the entry of each figure in the first release,
 * on or after the correction's date, that changed it. Keyed by `version:figure`.
 */
function correctionIndex(model: SiteModel, lang: Lang): Map<string, { story: Story; update: Update }[]> {
  const index = new Map<string, { story: Story; update: Update }[]>();
  for (const story of model.editions[lang].stories) {
    for (const update of story.data.updates) {
      for (const id of update.figures) {
        const found = releaseOfChange(model, id, update.date);
        if (!found) continue;
        const key = `${found}:${id}`;
        index.set(key, [...(index.get(key) ?? []), { story, update }]);
      }
    }
  }
  return index;
}

/** The version of the first release dated on or after `date` that added, changed or removed figure `id`. */
export function releaseOfChange(model: SiteModel, id: string, date: string): string | undefined {
  const touched = (c: DataChanges) => [...c.figures.added, ...c.figures.removed, ...c.figures.changed.map((x) => x.after)].some((f) => f.id === id);
  return model.changes.find(({ release, changes }) => release.date >= date && touched(changes))?.release.version;
}

/** The changes page's entries a correction links to: one per figure it names that a release changed. */
export function correctionLinks(model: SiteModel, update: Update, lang: Lang): { id: string; name: string; href: string }[] {
  return update.figures.flatMap((id) => {
    const version = releaseOfChange(model, id, update.date);
    if (!version) return [];
    const figure = model.releases.find((r) => r.version === version)!.data.figures.find((f) => f.id === id) ?? model.figures.get(id);
    return [{ id, name: figure ? localize(figure.label, lang) : id, href: changesPath(lang, changeAnchor(version, 'figure', id)) }];
  });
}

function entry(
  release: Release,
  changes: DataChanges,
  previous: Release | undefined,
  lang: Lang,
  corrections: Map<string, { story: Story; update: Update }[]>,
): ReleaseEntry {
  const v = release.version;
  const before = new Map((previous?.data.sources ?? []).map((s) => [s.id, s]));
  const after = new Map(release.data.sources.map((s) => [s.id, s]));
  const figure = (action: Action, f: ReleasedFigure, lines: ChangeLine[] = []): ChangeEntry => ({
    anchor: changeAnchor(v, 'figure', f.id),
    action,
    id: f.id,
    name: localize(f.label, lang),
    lines,
    corrections: corrections.get(`${v}:${f.id}`) ?? [],
  });
  const event = (action: Action, e: Event, lines: ChangeLine[] = []): ChangeEntry => ({
    anchor: changeAnchor(v, 'event', e.id),
    action,
    id: e.id,
    name: localize(e.title, lang),
    lines,
    corrections: [],
  });
  const source = (action: Action, s: Source, lines: ChangeLine[] = []): ChangeEntry => ({
    anchor: changeAnchor(v, 'source', s.id),
    action,
    id: s.id,
    name: `${s.publisher}: ${s.title}`,
    href: s.url,
    nameLang: s.language,
    lines,
    corrections: [],
  });
  const { figures: fc, events: ec, sources: sc } = changes;
  return {
    version: v,
    date: release.date,
    notes: release.notes[lang],
    anchor: releaseAnchor(v),
    first: previous === undefined,
    figures: [
      // A revision changes the number a reader is told: it comes first.
      ...fc.changed.filter(isRevision).map((c) => figure('revised', c.after, figureLines(c, lang, before, after))),
      ...fc.changed.filter((c) => !isRevision(c)).map((c) => figure('changed', c.after, figureLines(c, lang, before, after))),
      ...fc.added.map((f) => figure('added', f)),
      ...fc.removed.map((f) => figure('removed', f)),
    ],
    events: [
      ...ec.changed.map((c) => event('changed', c.after, eventLines(c, lang, before, after))),
      ...ec.added.map((e) => event('added', e)),
      ...ec.removed.map((e) => event('removed', e)),
    ],
    sources: [
      ...sc.replaced.map((r) => ({
        ...source('replaced', r.before),
        by: r.by.map((s) => ({ name: `${s.publisher}: ${s.title}`, href: s.url, lang: s.language })),
      })),
      ...sc.regraded.map((c) => source('regraded', c.after, [grade(c.before, c.after, lang)])),
      ...sc.changed.map((c) => source('changed', c.after, sourceLines(c, lang))),
      ...sc.added.map((s) => source('added', s)),
      ...sc.removed.map((s) => source('removed', s)),
    ],
  };
}

const grade = (before: Source, after: Source, lang: Lang): ChangeLine => ({
  field: t(lang, 'changes.field.confidence'),
  before: t(lang, `source.grade.${before.confidence}`),
  after: t(lang, `source.grade.${after.confidence}`),
});
