/** A chart as PNG: /embed/<id>/<id>.png (1x), <id>@2x.png (2x) and <id>-card.png (a 1200×675 share card). */
import type { APIContext } from 'astro';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { drawChart, getChart, getSite } from '../../../../site/content.ts';
import { chartPng } from '../../../../site/chart-image.ts';
import { shareCardPng } from '../../../../site/share-image.ts';
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
  const png = await (props.variant === 'card'
    ? shareCardPng({
        title: localize(chart.meta.title, lang),
        dek: localize(chart.meta.dek, lang),
        // A tall chart (the timeline) would be a sliver on a card: it gets its title and dek.
        chart: chart.kind === 'figures' ? drawChart(chart, { width: 1240, lang }) : undefined,
        height: 675,
      })
    : chartPng(chart, site, props.variant === '2x' ? 2 : 1, lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
