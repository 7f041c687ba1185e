/**
 * One chart's change feed, a JSON Feed 1.1: an item for each release that added, revised, changed
 * or removed the chart's own figures or events, so a partner can watch the charts it embeds.
 * One per chart (not per window): /embed/<chart>/changes.json, /fr/embed/<chart>/changes.json.
 */
import type { APIContext } from 'astro';
import { getModel } from '../../../../site/model.ts';
import { chartPaths, chartFiles } from '../../../../site/embeds.ts';
import { chartItems, jsonFeed } from '../../../../site/change-feed.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';
import { localize } from '../../../../lib/format.ts';
import { inLang, t, type Lang } from '../../../../i18n/ui.ts';

export async function getStaticPaths() {
  const model = await getModel();
  return (await chartPaths()).filter(({ params }) => model.charts.has(params.chart));
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const model = await getModel();
  const { lang } = props;
  const chart = model.charts.get(params.chart!)!;
  const self = absoluteUrl(inLang(lang, `/embed/${chart.meta.id}/changes.json`), site);
  const title = t(lang, 'changes.chart-feed-title', { site: model.site.name, title: localize(chart.meta.title, lang) });
  const home = absoluteUrl(chartFiles(chart.meta.id, lang).page, site);
  return new Response(jsonFeed(title, home, self, lang, chartItems(model, chart.meta.id, lang, site)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
