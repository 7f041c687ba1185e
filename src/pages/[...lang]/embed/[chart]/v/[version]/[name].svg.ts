/** A pinned chart as a standalone SVG file, as its release drew it: /embed/<id>/v/<version>/<id>.svg. */
import type { APIContext } from 'astro';
import { pinnedPaths } from '../../../../../../site/embeds.ts';
import { getPinnedChart } from '../../../../../../site/pinned.ts';
import { getSite } from '../../../../../../site/content.ts';
import { chartSvgFile } from '../../../../../../site/chart-image.ts';
import type { Lang } from '../../../../../../i18n/ui.ts';

export async function getStaticPaths() {
  return (await pinnedPaths()).map(({ params, props }) => ({ params: { ...params, name: params.chart }, props }));
}

export async function GET({ params, props }: APIContext<{ lang: Lang }>) {
  const svg = chartSvgFile(await getPinnedChart(params.chart!, params.version!), await getSite(), props.lang);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
