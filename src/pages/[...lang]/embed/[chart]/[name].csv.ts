/** A chart's data as CSV, one row per figure or event drawn, each naming its sources: /embed/<id>/<id>.csv. */
import type { APIContext } from 'astro';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { getChart } from '../../../../site/content.ts';
import { chartCsv } from '../../../../site/embed-files.ts';

export async function getStaticPaths() {
  return (await chartPaths()).map(({ params, props }) => ({ params: { ...params, name: params.chart }, props }));
}

export async function GET({ params, props }: APIContext<{ lang: Lang }>) {
  const csv = chartCsv(await getChart(params.chart!), props.lang);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
