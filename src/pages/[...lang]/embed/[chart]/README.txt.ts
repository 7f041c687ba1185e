/** A chart's README for desk editors, in the embed's language: credit, licence, sources, the embed code for this site's address, the "as of" date and the files. */
import type { APIContext } from 'astro';
import { chartFiles, chartPaths, getEmbed } from '../../../../site/embeds.ts';
import { dateKey, formatDate, localize } from '../../../../lib/format.ts';
import { sourceCitation } from '../../../../charts/rows.ts';
import { wrap } from '../../../../charts/labels.ts';
import { t, type Lang } from '../../../../i18n/ui.ts';

export function getStaticPaths() {
  return chartPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const { lang } = props;
  const embed = await getEmbed(params.chart!, site, lang);
  const { meta, module, rows } = embed.chart;
  const files = chartFiles(embed.id, lang);
  const name = (path: string) => path.split('/').at(-1)!;
  const heading = (key: string) => `${t(lang, key)}\n${'-'.repeat(t(lang, key).length)}`;
  const paragraph = (text: string) => wrap(text, 100).join('\n');
  const long = (date: string) => formatDate(date, { lang, long: true });
  const asOf = module.asOf(rows);
  const title = localize(meta.title, lang);
  const text = [
    title,
    '='.repeat(title.length),
    '',
    paragraph(localize(meta.dek, lang)),
    '',
    paragraph(t(lang, dateKey('readme.as-of', asOf), { date: long(asOf), iso: asOf })),
    t(lang, 'readme.story', { url: embed.storyUrl }),
    ...(embed.correction
      ? [
          '',
          paragraph(t(lang, 'readme.corrected', { date: long(embed.correction.update.date), text: embed.correction.update.text })),
          t(lang, 'readme.see', { url: embed.correction.url }),
        ]
      : []),
    '',
    heading('readme.credit'),
    t(lang, 'readme.credit-line', { credit: localize(embed.site.credit, lang) }),
    '',
    heading('readme.licence'),
    `${embed.site.licence.name}${t(lang, 'punct.colon')}${embed.site.licence.url}`,
    paragraph(localize(embed.site.licence.terms, lang)),
    '',
    heading('readme.sources'),
    ...module.sources(rows).map((s) => `- ${sourceCitation(s, lang)}\n  ${s.url}`),
    '',
    ...(meta.notes.length ? [heading('readme.notes'), ...meta.notes.map((n) => `- ${localize(n, lang)}`), ''] : []),
    heading('readme.embed'),
    paragraph(t(lang, 'readme.embed-help', { height: embed.height })),
    '',
    embed.code,
    '',
    paragraph(t(lang, 'readme.pym', { code: `new pym.Parent('container-id', '${embed.embedUrl}', {})` })),
    paragraph(t(lang, 'readme.flags')),
    '',
    heading('readme.files'),
    `- index.html${t(lang, 'punct.colon')}${t(lang, 'readme.file-page')}`,
    `- ${name(files.svg)}${t(lang, 'punct.colon')}${t(lang, 'readme.file-svg')}`,
    `- ${name(files.png)}, ${name(files.png2x)}${t(lang, 'punct.colon')}${t(lang, 'readme.file-png')}`,
    `- ${name(files.card)}${t(lang, 'punct.colon')}${t(lang, 'readme.file-card')}`,
    `- ${name(files.csv)}${t(lang, 'punct.colon')}${t(lang, 'readme.file-csv')}`,
    `- ${name(files.oembed)}${t(lang, 'punct.colon')}${t(lang, 'readme.file-oembed')}`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
