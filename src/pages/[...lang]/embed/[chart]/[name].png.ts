/** A chart as PNG: /embed/<id>/<id>.png (1x), <id>@2x.png (2x) and <id>-card.png (a 1200×675 share card). */
import type { APIContext } from 'astro';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { getChart, getSite } from '../../../../site/content.ts';
import { chartPng } from '../../../../site/chart-image.ts';
import { drawCardChart } from '../../../../site/card-chart.ts';
import { chartBox, shareCardPng } from '../../../../site/share-image.ts';
import { localize } from '../../../../lib/format.ts';

type Variant = '1x' | '2x' | 'card';
const NAMES: Record<Variant, (id: string) => string> = { '1x': (id) => id, '2x': (id) => `${id}@2x`, card: (id) => `${id}-card` };

export async function getStaticPaths() {
  return (await chartPaths()).flatMap(({ params, props }) =>
    (Object.keys(NAMES) as Variant[]).map((variant) => ({ params: { ...params, name: NAMES[variant](params.chart) }, props: { ...props, variant } })),
  );
}

export async function GET({ params, props }: APIContext<{ variant: Variant; lang: Lang }>) {
  const { lang } = props;
  const chart = await getChart(params.chart!);
  const site = await getSite();
  const title = localize(chart.meta.title, lang);
  const height = 675;
  const png = await (props.variant === 'card'
    ? shareCardPng({
        title,
        dek: localize(chart.meta.dek, lang),
        // Only what fits the card: the timeline's latest events, not the whole of it shrunk to a sliver.
        chart: drawCardChart(chart, { lang, box: chartBox({ title, height }) }),
        height,
      })
    : chartPng(chart, site, props.variant === '2x' ? 2 : 1, lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
