/**
 * The site model: everything the pages, embeds, downloads, share cards and the export share,
 * computed once from `content/` and looked up by id. The data files are read and checked, every
 * story is parsed and checked once, and each chart's home story and latest correction are found
 * once, so no page scans the content again.
 *
 * A build makes the model once. The dev server makes it again when a file in `content/` has
 * changed since the last page asked (a story, a data file, `ui.yaml`, `site.yaml`); a broken file
 * then throws its file, line and field error into the page, and the next load after the fix
 * brings the page back.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadDataset, loadYamlList, loadYamlRecord } from '../data/load.ts';
import { chartSchema, siteSchema, updatedDate, type Chart, type ChartId, type Site } from '../data/content-schema.ts';
import { checkCharts } from '../data/chart-check.ts';
import { checkStory, usedIds, usedPlacements } from '../data/story-check.ts';
import type { Placement } from '../data/window.ts';
import { checkEveryLanguage, checkStoryLang, storyFile } from '../data/content-check.ts';
import { LANGUAGES, type Dataset, type Lang, type Source } from '../data/schema.ts';
import { eventRows, figureRows, withRevisions, type FigureRow } from '../charts/rows.ts';
import { chart as ordersApprovalsStock } from '../charts/orders-approvals-stock.ts';
import { chart as figuresOverTime } from '../charts/figures-over-time.ts';
import { chart as policyTimeline } from '../charts/policy-timeline.ts';
import type { ChartModule } from '../charts/types.ts';
import { reloadUi } from '../i18n/ui.ts';
import { loadReleases, releasesDir, type Release, type ReleaseData } from '../data/release.ts';
import { figureRevisions, releaseChanges, type DataChanges, type Revision } from '../data/release-diff.ts';
import { placeCharts, timelinePages, type PlacedChart, type ReadyChart, type TimelinePage } from './placements.ts';

export type { PlacedChart, ReadyChart, TimelinePage };

/** A story as the pages use it. */
export interface Story {
  slug: string;
  lang: Lang;
  entry: CollectionEntry<'stories'>;
  data: CollectionEntry<'stories'>['data'];
  /** The date of the latest update or correction, or the published date. */
  updated: string;
  /** The ids of the charts it places (placement ids: a chart and its window), in reading order, read once from its MDX. */
  charts: string[];
  facts: string[];
  cites: string[];
}

/** A story's dated update or correction. */
export type Update = Story['data']['updates'][number];

/** One language's stories and what hangs on them. */
export interface Edition {
  /** Home-page order. */
  stories: readonly Story[];
  bySlug: Map<string, Story>;
  /** The story each chart first appears in, in home-page order: where a chart's links lead. Only these charts have embeds. */
  homes: Map<string, Story>;
  /** The latest correction, in any story, that changes each chart. */
  corrections: Map<string, { story: Story; update: Update }>;
  /** Newest first, by date published: the navigation's "latest". */
  newest: readonly Story[];
}

export interface SiteModel {
  data: Dataset;
  site: Site;
  sources: Map<string, Source>;
  /** Every figure joined to its sources and its revisions, by id. */
  figures: Map<string, FigureRow>;
  charts: Map<string, ReadyChart>;
  /** Every placement a story makes, and each chart's placement without a window, by placement id. */
  placements: Map<string, PlacedChart>;
  /** The full timeline, a page per year (or part of a year), oldest first. */
  timeline: TimelinePage[];
  /** Every story in every language, in home-page order. */
  stories: readonly Story[];
  editions: Record<Lang, Edition>;
  /** The publication date of the latest source: how current the site's data is. */
  dataAsOf: string;
  /** The recorded data releases, oldest first (content/releases/). */
  releases: Release[];
  /** What each release changed from the one before, oldest first. */
  changes: { release: Release; changes: DataChanges }[];
  /** The figures revised since the release they first appeared in, with each revision, by figure id. */
  revisions: Map<string, Revision[]>;
}

/** The content folder: `content/`, or another one for tests of a build (H200_CONTENT). */
const CONTENT = resolve(process.env.H200_CONTENT ?? 'content');
const file = (path: string) => ({ path, name: relative(process.cwd(), path) });

/** How each chart the code can draw gets its module and rows: every id in CHART_IDS must have one. */
const CHARTS: Record<ChartId, (meta: Chart, figures: Map<string, FigureRow>, data: Pick<ReleaseData, 'sources' | 'events'>) => Omit<ReadyChart, 'meta'>> = {
  'orders-approvals-stock': (meta, figures) => ({ kind: 'figures', module: ordersApprovalsStock as ChartModule<unknown>, rows: pick(figures, meta.figures) }),
  'figures-over-time': (meta, figures) => ({ kind: 'figures', module: figuresOverTime as ChartModule<unknown>, rows: pick(figures, meta.figures) }),
  'policy-timeline': (_meta, _figures, data) => ({ kind: 'events', module: policyTimeline as ChartModule<unknown>, rows: eventRows(data) }),
};

const pick = (figures: Map<string, FigureRow>, ids: string[] = [...figures.keys()]) => ids.map((id) => figures.get(id)!);

/** The chart `meta` ready to draw from `figures` (by id, joined to their sources) and the events of `data`: today's data, or a release's. */
export function readyChart(meta: Chart, figures: Map<string, FigureRow>, data: Pick<ReleaseData, 'sources' | 'events'>): ReadyChart {
  return { meta, ...CHARTS[meta.id](meta, figures, data) };
}

let built: { stamp: string; model: Promise<SiteModel> } | undefined;

/** The site model: made once per build, and in `npm run dev` again after a change to `content/`. */
export async function getModel(): Promise<SiteModel> {
  if (!import.meta.env.DEV) {
    // Set before anything is awaited, so pages rendered side by side share one model.
    built ??= { stamp: '', model: getCollection('stories').then(buildModel) };
    return built.model;
  }
  const entries = await getCollection('stories');
  const stamp = contentStamp(entries);
  if (built?.stamp !== stamp) built = { stamp, model: buildModel(entries) };
  return built.model;
}

/** What the dev server compares to see that `content/` changed: each file's size and time, and the stories Astro holds. */
function contentStamp(entries: CollectionEntry<'stories'>[]): string {
  const files = readdirSync(CONTENT, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const stats = files.map((e) => {
    const path = join(e.parentPath, e.name);
    const { size, mtimeMs } = statSync(path);
    return `${path} ${size} ${mtimeMs}`;
  });
  return [...stats.sort(), ...entries.map((e) => `${e.id} ${e.digest}`)].join('\n');
}

async function buildModel(entries: CollectionEntry<'stories'>[]): Promise<SiteModel> {
  const started = performance.now();
  reloadUi();
  const dataDir = join(CONTENT, 'data');
  const data = loadDataset(dataDir);
  const metas = checkCharts(loadYamlList(file(join(dataDir, 'charts.yaml')), chartSchema), data.figures);
  const site = loadYamlRecord(file(join(CONTENT, 'site.yaml')), siteSchema).row;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const releases = loadReleases(releasesDir(CONTENT));
  const changes = releaseChanges(releases);
  const revisions = figureRevisions(changes);
  // The charts' rows carry each figure's revisions: its "revised" mark, tooltip, table row and CSV.
  const figures = new Map(withRevisions(figureRows(data), revisions).map((f) => [f.id, f]));
  const charts = new Map(metas.map((meta) => [meta.id, readyChart(meta, figures, data)]));

  const chartIds = [...charts.keys()];
  // Each window a story places, in reading order: made once below, however many stories place it.
  const windows: Placement[] = [];
  const placed = (list: Placement[]) => {
    windows.push(...list);
    return list.map((p) => p.id);
  };
  const stories = entries
    .map((entry): Story => {
      const path = entry.filePath!;
      const { lang } = storyFile(path);
      checkStoryLang(entry.data.lang, lang, { file: path });
      checkStory(readFileSync(path, 'utf8'), path, { figures: data.figures, sources: data.sources, charts: chartIds, lang });
      const body = entry.body ?? '';
      return {
        slug: entry.id.split('.')[0],
        lang,
        entry,
        data: entry.data,
        updated: updatedDate(entry.data),
        charts: placed(usedPlacements(body)),
        facts: usedIds(body, 'Fact'),
        cites: usedIds(body, 'Cite'),
      };
    })
    .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
  checkEveryLanguage(stories.map((s) => ({ slug: s.slug, lang: s.lang, file: s.entry.filePath! })));
  const placements = placeCharts(charts, windows);

  const editions = Object.fromEntries(LANGUAGES.map((lang) => [lang, edition(stories.filter((s) => s.lang === lang))])) as Record<Lang, Edition>;
  const dataAsOf =
    data.sources
      .map((s) => s.published)
      .sort()
      .at(-1) ?? '';
  const rel = relative(process.cwd(), CONTENT) || '.';
  console.info(
    `Site model built from ${rel}/: ${stories.length} story files, ${data.figures.length} figures, ${data.events.length} events, ${data.sources.length} sources, ${releases.length} releases in ${Math.round(performance.now() - started)} ms.`,
  );
  return {
    data,
    site,
    sources,
    figures,
    charts,
    placements,
    timeline: timelinePages(charts.get('policy-timeline')),
    stories,
    editions,
    dataAsOf,
    releases,
    changes,
    revisions,
  };
}

function edition(stories: Story[]): Edition {
  const homes = new Map<string, Story>();
  const corrections = new Map<string, { story: Story; update: Update }>();
  for (const story of stories) {
    for (const id of story.charts) if (!homes.has(id)) homes.set(id, story);
    for (const update of story.data.updates) {
      if (update.kind !== 'correction') continue;
      for (const id of update.charts as readonly string[]) {
        const found = corrections.get(id);
        if (!found || update.date > found.update.date) corrections.set(id, { story, update });
      }
    }
  }
  const newest = [...stories].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.order - b.data.order);
  return { stories, bySlug: new Map(stories.map((s) => [s.slug, s])), homes, corrections, newest };
}
