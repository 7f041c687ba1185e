/**
 * The full timeline's pages: a page per year (in parts when a year has more events than a page
 * holds), the overview of every month, and where each event now lives, so an `#event-<id>` link
 * to a page that no longer shows that event still reaches it.
 */
import { monthCounts, type MonthCount } from '../charts/timeline-overview.ts';
import type { EventRow } from '../charts/rows.ts';
import { inLang, type Lang } from '../i18n/ui.ts';
import { getModel, type SiteModel, type TimelinePage } from './model.ts';

export type { TimelinePage };

/** The site path of a timeline page in `lang`: `/timeline/2026/`, `/fr/timeline/2026/2/`. */
export const timelinePath = (page: Pick<TimelinePage, 'path'>, lang: Lang) => inLang(lang, `/timeline/${page.path}`);

const indexes = new WeakMap<SiteModel, Map<string, string>>();

/** Each event's page, by event id: `{ "h200-rule": "2026/" }`, made once per model. */
export async function eventPages(): Promise<Map<string, string>> {
  const model = await getModel();
  if (!indexes.has(model)) {
    indexes.set(model, new Map(model.timeline.flatMap((page) => (page.chart.rows as EventRow[]).map((event) => [event.id, page.path]))));
  }
  return indexes.get(model)!;
}

/** The months of the whole timeline, each linking to its first event on its year's page in `lang`. */
export async function overviewMonths(lang: Lang): Promise<MonthCount[]> {
  const model = await getModel();
  const pages = await eventPages();
  const events = model.charts.get('policy-timeline')?.rows as EventRow[] | undefined;
  return monthCounts(events ?? [], (event) => `${inLang(lang, `/timeline/${pages.get(event.id)}`)}#event-${event.id}`);
}
