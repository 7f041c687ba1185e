/** A share card per story, and one for the site, in each language: `/og/<slug>.png`, `/fr/og/<slug>.png`. */
import type { APIContext } from 'astro';
import { getStories } from '../../../site/stories.ts';
import { getChart } from '../../../site/content.ts';
import { drawCardChart } from '../../../site/card-chart.ts';
import { chartBox, shareCardPng, type ShareCard } from '../../../site/share-image.ts';
import { langParam, langPaths, t, type Lang } from '../../../i18n/ui.ts';

/** The story's first chart of figures, drawn for a card with headline `title`; none when it has no such chart. */
async function cardChart(ids: string[], lang: Lang, title: string): Promise<string | undefined> {
  for (const id of ids) {
    const chart = await getChart(id);
    if (chart.kind === 'figures') return drawCardChart(chart, { lang, box: chartBox({ title }) });
  }
  return undefined;
}

export async function getStaticPaths() {
  const stories = await Promise.all(
    (await getStories()).map(async (s) => ({
      params: { lang: langParam(s.lang), slug: s.slug },
      props: { title: s.data.title, dek: s.data.dek, chart: await cardChart(s.charts, s.lang, s.data.title) },
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
