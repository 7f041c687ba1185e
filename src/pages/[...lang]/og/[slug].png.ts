/** A share card per story, and one for the site, in each language: `/og/<slug>.png`, `/fr/og/<slug>.png`. */
import type { APIContext } from 'astro';
import { getStories } from '../../../site/stories.ts';
import { drawChart, getChart } from '../../../site/content.ts';
import { shareCardPng, type ShareCard } from '../../../site/share-image.ts';
import { langParam, langPaths, t, type Lang } from '../../../i18n/ui.ts';

/** The SVG of the story's first chart of figures, drawn wide, for its card; none when it has no such chart. */
async function cardChart(ids: string[], lang: Lang): Promise<string | undefined> {
  for (const id of ids) {
    const chart = await getChart(id);
    if (chart.kind === 'figures') return drawChart(chart, { width: 1240, lang });
  }
  return undefined;
}

export async function getStaticPaths() {
  const stories = await Promise.all(
    (await getStories()).map(async (s) => ({
      params: { lang: langParam(s.lang), slug: s.slug },
      props: { title: s.data.title, dek: s.data.dek, chart: await cardChart(s.charts, s.lang) },
    })),
  );
  const site = langPaths().map(({ params, props: { lang } }) => ({
    params: { ...params, slug: 'site' },
    props: { title: t(lang, 'site.card-title'), dek: t(lang, 'site.card-dek') },
  }));
  return [...stories, ...site];
}

export async function GET({ props }: APIContext<ShareCard>) {
  return new Response(new Uint8Array(await shareCardPng(props)), { headers: { 'Content-Type': 'image/png' } });
}
