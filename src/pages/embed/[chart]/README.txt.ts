/** A chart's README for desk editors: credit, licence, sources, the embed code for this site's address, the "as of" date and the files. */
import type { APIContext } from 'astro';
import { chartFiles, embeddedChartIds, getEmbed } from '../../../lib/embeds.ts';
import { formatDate, localize } from '../../../lib/format.ts';
import { sourceCitation } from '../../../charts/rows.ts';

export async function getStaticPaths() {
  return (await embeddedChartIds()).map((chart) => ({ params: { chart } }));
}

export async function GET({ params, site }: APIContext) {
  const embed = await getEmbed(params.chart!, site);
  const { meta, module, rows } = embed.chart;
  const files = chartFiles(embed.id);
  const name = (path: string) => path.split('/').at(-1)!;
  const heading = (text: string) => `${text}\n${'-'.repeat(text.length)}`;
  const asOf = module.asOf(rows);
  const text = [
    `${localize(meta.title, 'en')}`,
    '='.repeat(localize(meta.title, 'en').length),
    '',
    localize(meta.dek, 'en'),
    '',
    `Data as of ${formatDate(asOf, { long: true })} (${asOf}): the latest date among the chart's figures or events.`,
    `Story: ${embed.storyUrl}`,
    ...(embed.correction ? ['', `Corrected ${formatDate(embed.correction.update.date, { long: true })}: ${embed.correction.update.text}`, `See ${embed.correction.url}`] : []),
    '',
    heading('Credit'),
    `${localize(embed.site.credit, 'en')}. Sources as below.`,
    '',
    heading('Licence'),
    `${embed.site.licence.name}: ${embed.site.licence.url}`,
    localize(embed.site.licence.terms, 'en'),
    '',
    heading('Sources'),
    ...module.sources(rows).map((s) => `- ${sourceCitation(s)}\n  ${s.url}`),
    '',
    ...(meta.notes.length ? [heading('Notes'), ...meta.notes.map((n) => `- ${localize(n, 'en')}`), ''] : []),
    heading('Embed code'),
    'Paste this where the chart should appear. The chart fits the column and resizes itself;',
    `without the script it shows at a fixed height of ${embed.height} pixels.`,
    '',
    embed.code,
    '',
    `The embed page also speaks pym.js: new pym.Parent('container-id', '${embed.embedUrl}', {}) sizes it with no script of ours.`,
    `Colours follow the reader's light or dark setting. If your page is always light, add ?theme=light to the iframe's`,
    `address (?theme=dark for a dark page); ?plain shows the chart alone, with its credit and any correction.`,
    '',
    heading('Files'),
    `- index.html: the embed page`,
    `- ${name(files.svg)}: the chart with its title, notes, sources and credit, as SVG`,
    `- ${name(files.png)}, ${name(files.png2x)}: the same as PNG, at 1x and 2x`,
    `- ${name(files.card)}: a 1200x675 share card`,
    `- ${name(files.csv)}: the data, one row per figure or event, with its sources (UTF-8; in Excel, open it with Data > From Text/CSV)`,
    `- ${name(files.oembed)}: the oEmbed document`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
