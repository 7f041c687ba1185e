/** An embed's README.txt for desk editors, in the embed's language: credit, licence, sources, the embed code, the "as of" date, the release a pinned embed shows, and the files. */
import { chartFiles, type ChartEmbed } from './embeds.ts';
import { dateKey, formatDate, localize } from '../lib/format.ts';
import { sourceCitation } from '../charts/rows.ts';
import { wrap } from '../charts/labels.ts';
import { t } from '../i18n/ui.ts';

/** The README of `embed`, a live embed or a pinned one. */
export function embedReadme(embed: ChartEmbed): string {
  const { lang, pinned } = embed;
  const { meta, module, rows } = embed.chart;
  const files = chartFiles(embed.id, lang, pinned?.version);
  const name = (path: string) => path.split('/').at(-1)!;
  const heading = (key: string) => `${t(lang, key)}\n${'-'.repeat(t(lang, key).length)}`;
  const paragraph = (text: string) => wrap(text, 100).join('\n');
  const long = (date: string) => formatDate(date, { lang, long: true });
  const asOf = module.asOf(rows);
  const title = localize(meta.title, lang);
  // The live embed of the chart (not of a window): its folder holds the chart's own change feed.
  const live = new URL(pinned ? pinned.live : `../${meta.id}/`, embed.embedUrl);
  return [
    title,
    '='.repeat(title.length),
    '',
    paragraph(localize(meta.dek, lang)),
    '',
    paragraph(t(lang, dateKey('readme.as-of', asOf), { date: long(asOf), iso: asOf })),
    t(lang, 'readme.story', { url: embed.storyUrl }),
    ...(pinned
      ? [
          '',
          paragraph(t(lang, 'readme.pinned', { version: pinned.version })),
          t(lang, 'readme.latest', { url: pinned.live }),
          t(lang, 'readme.changes', { url: pinned.changes }),
        ]
      : []),
    ...(embed.correction
      ? [
          '',
          paragraph(t(lang, 'readme.corrected', { date: long(embed.correction.update.date), text: embed.correction.update.text })),
          t(lang, 'readme.see', { url: embed.correction.url }),
        ]
      : []),
    '',
    paragraph(t(lang, 'readme.feed-chart', { url: new URL('changes.json', live).href })),
    paragraph(t(lang, 'readme.feed-data', { url: new URL('../../data/changes.xml', live).href })),
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
}
