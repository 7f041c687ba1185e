/** A chart's data as CSV, one row per figure or event drawn, each naming its sources: /embed/<id>/<id>.csv. */
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { embeddedChartIds } from '../../../lib/embeds.ts';
import { getChart } from '../../../lib/content.ts';

export async function getStaticPaths() {
  return (await embeddedChartIds()).map((chart) => ({ params: { chart, name: chart } }));
}

export async function GET({ params }: APIContext) {
  const { module, rows } = await getChart(params.chart!);
  const records = module.records(rows, 'en');
  const csv = stringify(records, { header: true, columns: Object.keys(records[0]), bom: false });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
