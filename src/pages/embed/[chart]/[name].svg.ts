/** A chart as a standalone SVG file: /embed/<id>/<id>.svg. */
import type { APIContext } from 'astro';
import { embeddedChartIds } from '../../../lib/embeds.ts';
import { getChart, getSite } from '../../../lib/content.ts';
import { chartSvgFile } from '../../../lib/chart-image.ts';

export async function getStaticPaths() {
  return (await embeddedChartIds()).map((chart) => ({ params: { chart, name: chart } }));
}

export async function GET({ params }: APIContext) {
  const svg = chartSvgFile(await getChart(params.chart!), await getSite());
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
