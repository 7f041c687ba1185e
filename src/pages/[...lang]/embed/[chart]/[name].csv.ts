/** A chart's data as CSV, one row per figure or event drawn, each naming its sources: /embed/<id>/<id>.csv. */
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { getChart } from '../../../../site/content.ts';

export async function getStaticPaths() {
  return (await chartPaths()).map(({ params, props }) => ({ params: { ...params, name: params.chart }, props }));
}

export async function GET({ params, props }: APIContext<{ lang: Lang }>) {
  const { module, rows } = await getChart(params.chart!);
  const records = module.records(rows, props.lang);
  const csv = stringify(records, { header: true, columns: Object.keys(records[0]), bom: false });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
