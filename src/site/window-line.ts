/** What part of a chart a placement shows, in a sentence: "The latest 40 events of 52.", or none when it shows the whole. */
import { formatDate, type Lang } from '../lib/format.ts';
import { t } from '../i18n/ui.ts';
import type { PlacedChart } from './model.ts';

/** The sentence under a placed chart's dek, and whether the full timeline is where the rest is. */
export function windowLine(chart: PlacedChart, lang: Lang): { text: string; fullTimeline: boolean } | undefined {
  const { rows, total, latestOnly, placement, kind } = chart;
  const { from, to, actors } = placement.window;
  const months = (rows as { date?: string; asOf?: string }[]).map((r) => (r.date ?? r.asOf ?? '').slice(0, 7));
  const fullTimeline = kind === 'events';
  if (latestOnly) return { text: t(lang, `chart.window-latest-${kind}`, { n: rows.length, total }), fullTimeline };
  if (from === undefined && to === undefined && actors === undefined) return undefined;
  const text = t(lang, `chart.window-${kind}`, {
    n: rows.length,
    total,
    from: formatDate(from ?? months[0] ?? '', { lang }),
    to: formatDate(to ?? months.at(-1) ?? '', { lang }),
  });
  return { text, fullTimeline };
}
