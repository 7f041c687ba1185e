/** A pinned chart's data as CSV, as its release recorded it: /embed/<id>/v/<version>/<id>.csv. */
import type { APIContext } from 'astro';
import { pinnedPaths } from '../../../../../../site/embeds.ts';
import { getPinnedChart } from '../../../../../../site/pinned.ts';
import { chartCsv } from '../../../../../../site/embed-files.ts';
import type { Lang } from '../../../../../../i18n/ui.ts';

export async function getStaticPaths() {
  return (await pinnedPaths()).map(({ params, props }) => ({ params: { ...params, name: params.chart }, props }));
}

export async function GET({ params, props }: APIContext<{ lang: Lang }>) {
  const csv = chartCsv(await getPinnedChart(params.chart!, params.version!), props.lang);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
