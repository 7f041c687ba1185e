/** A chart as a standalone SVG file: /embed/<id>/<id>.svg. */
import type { APIContext } from 'astro';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { getChart, getSite } from '../../../../site/content.ts';
import { chartSvgFile } from '../../../../site/chart-image.ts';

export async function getStaticPaths() {
  return (await chartPaths()).map(({ params, props }) => ({ params: { ...params, name: params.chart }, props }));
}

export async function GET({ params, props }: APIContext<{ lang: Lang }>) {
  const svg = chartSvgFile(await getChart(params.chart!), await getSite(), props.lang);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
