/**
 * Everything a partner needs to republish a chart: its embed page and files, its embed code, its
 * credits. Each chart has a live embed, which follows the data, and a pinned embed per recorded
 * release, which shows the chart as that release drew it and never changes.
 */
import { drawChart } from './content.ts';
import { updateAnchor } from './stories.ts';
import { getModel, type PlacedChart, type SiteModel, type Story, type Update } from './model.ts';
import { getPinned, getPinnedChart } from './pinned.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { dateKey, formatDate, localize, type Lang } from '../lib/format.ts';
import { embedCode } from '../embed/code.ts';
import { fallbackHeight } from '../embed/fallback-height.ts';
import { distinctSourceLabels } from '../charts/rows.ts';
import { PAGE_WIDTH } from '../charts/types.ts';
import { windowLine } from './window-line.ts';
import type { Site } from '../data/content-schema.ts';
import { LANGUAGES, inLang, langPaths, t } from '../i18n/ui.ts';
import { changesPath, releaseAnchor } from '../lib/change-anchors.ts';

/**
 * The site paths of a chart's embed page and downloads, all in one folder: /embed/<id>/
 * (/fr/embed/<id>/ in French), and /embed/<id>/v/<version>/ for the chart as release `version` drew it.
 */
export function chartFiles(id: string, lang: Lang = 'en', version?: string) {
  const dir = inLang(lang, version === undefined ? `/embed/${id}/` : `/embed/${id}/v/${version}/`);
  return {
    page: dir,
    svg: `${dir}${id}.svg`,
    png: `${dir}${id}.png`,
    png2x: `${dir}${id}@2x.png`,
    card: `${dir}${id}-card.png`,
    csv: `${dir}${id}.csv`,
    oembed: `${dir}oembed.json`,
    readme: `${dir}README.txt`,
  };
}

/** A chart as partners get it. */
export interface ChartEmbed {
  id: string;
  lang: Lang;
  chart: PlacedChart;
  site: Site;
  /** The story the chart first appears in, where its links lead. */
  home: Story;
  /** The absolute URL of the chart in its story. */
  storyUrl: string;
  /** The absolute URL of the embed page. */
  embedUrl: string;
  /** The iframe's title and its height before the host script sizes it. */
  title: string;
  height: number;
  /** The code a partner pastes: the iframe and the host script, for the site's address. */
  code: string;
  /** The latest correction that changes the chart: its site path and absolute URL. None on a pinned embed, which shows a release as it was. */
  correction?: { story: Story; update: Update; path: string; url: string };
  /** For a pinned embed: the release it shows, and the absolute URLs of the live embed and of what changed since. */
  pinned?: { version: string; live: string; changes: string };
}

/** A chart's embed pinned to a release. */
export type PinnedEmbed = ChartEmbed & Required<Pick<ChartEmbed, 'pinned'>>;

/** The ids of the charts a story in `lang` places, in the order readers meet them: only these have embeds. */
export async function embeddedChartIds(lang: Lang = 'en'): Promise<string[]> {
  return [...(await getModel()).editions[lang].homes.keys()];
}

/** `getStaticPaths` entries for a page per chart and language: `{ lang, chart }` params and the language. */
export async function chartPaths(): Promise<{ params: { lang: string | undefined; chart: string }; props: { lang: Lang } }[]> {
  const paths = await Promise.all(
    langPaths().map(async ({ params, props }) => (await embeddedChartIds(props.lang)).map((chart) => ({ params: { ...params, chart }, props }))),
  );
  return paths.flat();
}

/**
 * `getStaticPaths` entries for a pinned embed's page or file: `{ lang, chart, version }` params
 * for every release and every chart of its charts.yaml that has a live embed, in every language.
 */
export async function pinnedPaths(): Promise<{ params: { lang: string | undefined; chart: string; version: string }; props: { lang: Lang } }[]> {
  const releases = await getPinned();
  const paths = await Promise.all(
    langPaths().map(async ({ params, props }) => {
      const live = new Set(await embeddedChartIds(props.lang));
      return releases.flatMap((release) =>
        [...release.charts.keys()].filter((chart) => live.has(chart)).map((chart) => ({ params: { ...params, chart, version: release.version }, props })),
      );
    }),
  );
  return paths.flat();
}

/** Each model's embeds, made once: a story, the embed page, its oEmbed, README and the previewer ask for the same ones. */
const made = new WeakMap<SiteModel, Map<string, Promise<ChartEmbed>>>();

/**
 * The chart `id` as partners get it, with URLs on `site` (Astro's `site`, under the configured
 * base): live, or pinned to release `version`.
 */
export async function getEmbed(id: string, site: URL | undefined, lang: Lang = 'en', version?: string): Promise<ChartEmbed> {
  const model = await getModel();
  if (!made.has(model)) made.set(model, new Map());
  const embeds = made.get(model)!;
  const key = `${id} ${lang} ${site?.href ?? ''} ${version ?? ''}`;
  if (!embeds.has(key)) embeds.set(key, makeEmbed(model, id, site, lang, version));
  return embeds.get(key)!;
}

/**
 * The pinned embed of the latest release for the live embed `embed`, when the release draws its
 * chart: only a chart's placement without a window is pinned.
 */
export async function latestPinned(embed: ChartEmbed, site: URL | undefined): Promise<PinnedEmbed | undefined> {
  const latest = (await getPinned()).at(-1);
  if (!latest?.charts.has(embed.id)) return undefined;
  return (await getEmbed(embed.id, site, embed.lang, latest.version)) as PinnedEmbed;
}

async function makeEmbed(model: SiteModel, id: string, site: URL | undefined, lang: Lang, version?: string): Promise<ChartEmbed> {
  const edition = model.editions[lang];
  const home = edition.homes.get(id);
  if (!home) throw new Error(`embed "${id}": no story places this chart with this window, so the embed has no story to link to`);
  const chart = version === undefined ? model.placements.get(id)! : await getPinnedChart(id, version);
  const settings = model.site;
  const name = localize(chart.meta.title, lang);
  const title = version === undefined ? `${name} (${settings.name})` : t(lang, 'pinned.title', { title: name, site: settings.name, version });
  const embedUrl = absoluteUrl(chartFiles(id, lang, version).page, site);
  const { meta, module, rows } = chart;
  // A pinned embed shows its release as it was: a later correction is told by what changed since.
  const found = version === undefined ? edition.corrections.get(chart.meta.id) : undefined;
  const pinned = version === undefined ? undefined : pinnedLinks(id, version, site, lang);
  // The same texts the embed page shows around the chart (ChartCredits and the links line).
  const shown = windowLine(chart, lang);
  const height = fallbackHeight(drawChart(chart, { width: PAGE_WIDTH, lang }), {
    title: localize(meta.title, lang),
    dek: localize(meta.dek, lang),
    small: [
      ...(shown ? [`${shown.text}${shown.fullTimeline ? ` ${t(lang, 'chart.full-timeline')}` : ''}`] : []),
      ...meta.notes.map((n) => localize(n, lang)),
      `${t(lang, 'chart.sources')} ${distinctSourceLabels(module.sources(rows), lang).join(t(lang, 'punct.list'))}.`,
      t(lang, dateKey('chart.data-as-of', module.asOf(rows)), { date: formatDate(module.asOf(rows), { lang, long: true }) }),
      ...(found
        ? [
            `${t(lang, 'chart.corrected', { date: formatDate(found.update.date, { lang, long: true }) })} ${found.update.text} ${t(lang, 'chart.see-correction')}`,
          ]
        : []),
      ...(pinned ? [`${t(lang, 'pinned.release', { version: pinned.version })} ${t(lang, 'pinned.latest')} · ${t(lang, 'pinned.changes')}`] : []),
      [
        t(lang, 'embed.read-story', { site: settings.name }),
        t(lang, 'embed.csv'),
        localize(settings.credit, lang),
        settings.licence.name,
        ...LANGUAGES.filter((l) => l !== lang).map((l) => t(l, 'nav.read-in')),
      ].join(' · '),
    ],
  });
  return {
    id,
    lang,
    chart,
    site: settings,
    home,
    storyUrl: `${absoluteUrl(inLang(lang, `/stories/${home.slug}/`), site)}#chart-${id}`,
    embedUrl,
    title,
    height,
    code: embedCode({ src: embedUrl, script: absoluteUrl('/embed.js', site), title, height }),
    correction: found && withPaths(found, site, lang),
    pinned,
  };
}

/** A pinned embed's release, and the absolute URLs of its chart's live embed and of what changed since the release. */
function pinnedLinks(id: string, version: string, site: URL | undefined, lang: Lang): NonNullable<ChartEmbed['pinned']> {
  return {
    version,
    live: absoluteUrl(chartFiles(id, lang).page, site),
    changes: absoluteUrl(changesPath(lang, releaseAnchor(version)), site),
  };
}

/** A correction with its site path (`/stories/x/#update-2`) and its absolute URL. */
function withPaths(found: { story: Story; update: Update }, site: URL | undefined, lang: Lang): NonNullable<ChartEmbed['correction']> {
  const path = inLang(lang, `/stories/${found.story.slug}/#${updateAnchor(found.story, found.update)}`);
  return { ...found, path, url: absoluteUrl(path, site) };
}
