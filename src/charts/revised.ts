/**
 * The "revised" mark of a figure whose number changed since the release it first appeared in:
 * the words that say what it was and when it changed ("Revised 2 Dec 2026: was about 700,000"),
 * where the changes page tells it, the ◆ at the end of its label in the drawing, and the key line
 * under the drawing that explains the ◆. A figure without revisions gets none of them.
 */
import * as Plot from '@observablehq/plot';
import type { Revision } from '../data/release-diff.ts';
import { dateKey, formatDate, formatFigure, type Lang } from '../lib/format.ts';
import { changeAnchor, changesPath } from '../lib/change-anchors.ts';
import { listOf, t } from '../i18n/ui.ts';
import type { FigureRow } from './rows.ts';

/** The symbol beside a revised figure's label, and in the key line that explains it. */
export const REVISED_SYMBOL = '◆';

/** How much taller a chart is drawn to hold its key line. */
export const KEY_HEIGHT = 18;

// A no-break space: the symbol never wraps onto a line of its own.
const SUFFIX = `\u00a0${REVISED_SYMBOL}`;

/** The fields whose change alters the value as written: its number, bound or unit. */
const VALUE_FIELDS = ['value', 'low', 'high', 'bound', 'unit'];

/** True when the figure's number changed since the release it first appeared in. */
export const isRevised = (f: FigureRow) => (f.revisions?.length ?? 0) > 0;

/** The figure's revisions, newest first. */
const newestFirst = (f: FigureRow) => [...(f.revisions ?? [])].reverse();

/** What a figure was before `revision`: "about 700,000", "counted as shipped", "dated May 2026", joined by commas. */
export function wasText(revision: Revision, lang: Lang): string {
  const { before, fields } = revision;
  const parts: string[] = [];
  if (fields.some((f) => VALUE_FIELDS.includes(f))) parts.push(formatFigure(before, { lang }));
  if (fields.includes('measure')) parts.push(t(lang, 'revised.measure', { measure: t(lang, `revised.measure.${before.measure}`) }));
  if (fields.includes('chip') && before.chip) parts.push(t(lang, 'revised.chip', { chip: before.chip }));
  if (fields.includes('asOf')) parts.push(t(lang, dateKey('revised.as-of', before.asOf), { date: formatDate(before.asOf, { lang }) }));
  if (fields.includes('status')) parts.push(t(lang, `revised.status.${before.status}`));
  return parts.join(', ');
}

/** A revision in a sentence: "Revised 2 Dec 2026: was about 700,000". */
export function revisionText(revision: Revision, lang: Lang): string {
  const date = formatDate(revision.date, { lang });
  const was = wasText(revision, lang);
  return was ? t(lang, 'revised.was', { date, was }) : t(lang, 'revised.when', { date });
}

/** A revised figure's sentences, newest first; none for a figure never revised. */
export const revisedLines = (f: FigureRow, lang: Lang) => newestFirst(f).map((r) => revisionText(r, lang));

/** Each of a figure's revisions, newest first, as a link to its entry on the changes page (a site path). */
export const revisedLinks = (f: FigureRow, lang: Lang) =>
  newestFirst(f).map((r) => ({ text: revisionText(r, lang), href: changesPath(lang, changeAnchor(r.version, 'figure', f.id)) }));

/** A chart label with the ◆ at its end when the figure was revised. */
export const markLabel = (f: FigureRow, label: string) => (isRevised(f) ? `${label}${SUFFIX}` : label);

/** The sentence a chart's text alternative adds when some of its figures were revised, naming them; '' when none was. */
export function revisedSummary(rows: FigureRow[], labelOf: (f: FigureRow) => string, lang: Lang): string {
  const revised = rows.filter(isRevised);
  return revised.length === 0 ? '' : t(lang, 'revised.describe', { labels: listOf(lang, revised.map(labelOf)) }, revised.length);
}

/**
 * The key line under the plot, "◆ revised since first published", its baseline 4 pixels above the
 * bottom of a chart whose bottom margin is `marginBottom` (KEY_HEIGHT included); none when no
 * figure of `rows` was revised. `dx` moves it from the frame's left edge.
 */
export function revisedKey(rows: FigureRow[], lang: Lang, { marginBottom, dx = 0 }: { marginBottom: number; dx?: number }): Plot.Markish[] {
  if (!rows.some(isRevised)) return [];
  return [
    Plot.text([t(lang, 'revised.key', { mark: REVISED_SYMBOL })], {
      text: (d: string) => d,
      frameAnchor: 'bottom-left',
      dx,
      dy: marginBottom - 4,
      textAnchor: 'start',
      lineAnchor: 'bottom',
      fontSize: 11,
      className: 'revised-key',
    }),
  ];
}
