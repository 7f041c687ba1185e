/**
 * What changed in a row, in a reader's words: one line per field that changed, old → new, with
 * numbers written as the charts write them ("about 700,000 → 700,000") and dates as the pages do.
 * Pure: the changes page, the feeds and the per-chart feeds read the same lines.
 */
import type { Changed } from '../data/release-diff.ts';
import type { ReleasedFigure } from '../data/release.ts';
import type { Event, Localized, Source } from '../data/schema.ts';
import { formatDate, formatFigure, localize } from '../lib/format.ts';
import { sourcesLabel } from '../charts/rows.ts';
import { t, type Lang } from '../i18n/ui.ts';

/** A field's change: its name in words, and what it was and is (either may be absent). */
export interface ChangeLine {
  field: string;
  before?: string;
  after?: string;
  /** The language of the values, where it is not the page's: a quote or a headline, in its source's. */
  lang?: string;
}

/** Looks up a source of the version a row belongs to. */
type Sources = Map<string, Source>;

const text = (value: Localized | undefined, lang: Lang) => (value ? localize(value, lang) : undefined);
const date = (value: string | undefined, lang: Lang) => (value ? formatDate(value, { lang }) : undefined);
const sourcesOf = (ids: string[], sources: Sources, lang: Lang) =>
  sourcesLabel(
    ids.map((id) => sources.get(id)!),
    lang,
  );

/** The lines of a changed figure: its number (value and bound together), then each other field. */
export function figureLines(change: Changed<ReleasedFigure>, lang: Lang, before: Sources, after: Sources): ChangeLine[] {
  const { before: a, after: b, fields } = change;
  const lines: ChangeLine[] = [];
  const label = (field: string) => t(lang, `changes.field.${field}`);
  if (fields.some((f) => ['value', 'low', 'high', 'bound', 'unit'].includes(f))) {
    lines.push({ field: label('value'), before: formatFigure(a, { lang }), after: formatFigure(b, { lang }) });
  }
  for (const field of fields) {
    switch (field) {
      case 'asOf':
        lines.push({ field: label(field), before: date(a.asOf, lang), after: date(b.asOf, lang) });
        break;
      case 'status':
        lines.push({ field: label(field), before: t(lang, `changes.status.${a.status}`), after: t(lang, `changes.status.${b.status}`) });
        break;
      case 'measure':
        lines.push({ field: label(field), before: t(lang, `revised.measure.${a.measure}`), after: t(lang, `revised.measure.${b.measure}`) });
        break;
      case 'chip':
        lines.push({ field: label(field), before: a.chip || undefined, after: b.chip || undefined });
        break;
      case 'sources':
        lines.push({ field: label(field), before: sourcesOf(a.sources, before, lang), after: sourcesOf(b.sources, after, lang) });
        break;
      case 'label':
      case 'note':
        lines.push({ field: label(field), before: text(a[field], lang), after: text(b[field], lang) });
        break;
      case 'quote': {
        // A quote is in its source's language; two quotes in two languages are each shown in their own.
        const language = (id: string | undefined, sources: Sources) => (id ? sources.get(id)?.language : undefined);
        const was = language(a.quoteSource, before);
        const now = language(b.quoteSource, after);
        lines.push({ field: label(field), before: a.quote, after: b.quote, lang: was === undefined || was === now ? now : undefined });
        break;
      }
    }
  }
  return lines;
}

/** The lines of a changed event. */
export function eventLines(change: Changed<Event>, lang: Lang, before: Sources, after: Sources): ChangeLine[] {
  const { before: a, after: b } = change;
  const label = (field: string) => t(lang, `changes.field.${field}`);
  return change.fields.flatMap((field): ChangeLine[] => {
    switch (field) {
      case 'date':
        return [{ field: label(field), before: date(a.date, lang), after: date(b.date, lang) }];
      case 'dateNote':
      case 'title':
      case 'summary':
        return [{ field: label(field), before: text(a[field], lang), after: text(b[field], lang) }];
      case 'actor':
        return [{ field: label(field), before: t(lang, `actor.${a.actor}`), after: t(lang, `actor.${b.actor}`) }];
      case 'sources':
        return [{ field: label(field), before: sourcesOf(a.sources, before, lang), after: sourcesOf(b.sources, after, lang) }];
      case 'figures':
        return [{ field: label(field), before: a.figures.join(', ') || undefined, after: b.figures.join(', ') || undefined }];
      default:
        return [];
    }
  });
}

/** The lines of a source changed in another way than its grade or page. */
export function sourceLines(change: Changed<Source>, lang: Lang): ChangeLine[] {
  const { before: a, after: b } = change;
  return change.fields.map((field) => {
    const value = (s: Source) => {
      const v = s[field as keyof Source];
      return typeof v === 'object' ? text(v, lang) : v === undefined || v === '' ? undefined : String(v);
    };
    return { field: t(lang, `changes.field.${field}`), before: value(a), after: value(b), lang: field === 'title' ? b.language : undefined };
  });
}
