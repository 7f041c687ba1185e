/** Everything a partner needs to republish a chart: its embed page and files, its embed code, its credits. */
import { getChart, getSite, type ReadyChart } from './content.ts';
import { chartHomes, getStories, latestCorrection, updateAnchor, type Story, type Update } from './stories.ts';
import { absoluteUrl } from './urls.ts';
import { formatDate, localize, type Lang } from './format.ts';
import { embedCode } from '../embed/code.ts';
import { fallbackHeight } from '../embed/fallback-height.ts';
import { distinctSourceLabels } from '../charts/rows.ts';
import type { Site } from '../data/content-schema.ts';

/** The site paths of a chart's embed page and downloads, all in one folder: /embed/<id>/. */
export function chartFiles(id: string) {
  const dir = `/embed/${id}/`;
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
  chart: ReadyChart;
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
  /** The latest correction that changes the chart: its site path and absolute URL. */
  correction?: { story: Story; update: Update; path: string; url: string };
}

/** The ids of the charts a story places, in the order readers meet them: only these have embeds. */
export async function embeddedChartIds(): Promise<string[]> {
  return [...chartHomes(await getStories()).keys()];
}

/** The chart `id` as partners get it, with URLs on `site` (Astro's `site`, under the configured base). */
export async function getEmbed(id: string, site: URL | undefined, lang: Lang = 'en'): Promise<ChartEmbed> {
  const stories = await getStories();
  const home = chartHomes(stories).get(id);
  if (!home) throw new Error(`embed "${id}": no story places <Chart id="${id}" />, so the embed has no story to link to`);
  const chart = await getChart(id);
  const settings = await getSite();
  const title = `${localize(chart.meta.title, lang)} (${settings.name})`;
  const embedUrl = absoluteUrl(chartFiles(id).page, site);
  const { meta, module, rows } = chart;
  const found = latestCorrection(stories, id);
  // The same texts the embed page shows around the chart (ChartCredits and the links line).
  const height = fallbackHeight(module.render(rows, { width: 720, lang }), {
    title: localize(meta.title, lang),
    dek: localize(meta.dek, lang),
    small: [
      ...meta.notes.map((n) => localize(n, lang)),
      `Sources: ${distinctSourceLabels(module.sources(rows), lang).join('; ')}.`,
      `Data as of ${formatDate(module.asOf(rows), { lang, long: true })}.`,
      ...(found ? [`Corrected ${formatDate(found.update.date, { lang, long: true })}: ${found.update.text} See the correction`] : []),
      `Read the story on ${settings.name} · Data (CSV) · ${localize(settings.credit, lang)} · ${settings.licence.name}`,
    ],
  });
  return {
    id,
    chart,
    site: settings,
    home,
    storyUrl: absoluteUrl(`/stories/${home.slug}/`, site) + `#chart-${id}`,
    embedUrl,
    title,
    height,
    code: embedCode({ src: embedUrl, script: absoluteUrl('/embed.js', site), title, height }),
    correction: found && withPaths(found, site),
  };
}

/** A correction with its site path (`/stories/x/#update-2`) and its absolute URL. */
function withPaths(found: { story: Story; update: Update }, site: URL | undefined): NonNullable<ChartEmbed['correction']> {
  const path = `/stories/${found.story.slug}/#${updateAnchor(found.story, found.update)}`;
  return { ...found, path, url: absoluteUrl(path, site) };
}
