/**
 * Formats numbers, figures with their bounds, and partial dates for a reader, per language. The
 * words ("more than", "million", "days") come from content/ui.yaml; the digits from Intl.
 */
import type { Figure, Lang, Localized } from '../data/schema.ts';
import { localeOf, t } from '../i18n/ui.ts';

export type { Lang };

export interface FormatOptions {
  lang?: Lang;
  /** Write large round numbers in words: "2 million" rather than "2,000,000". */
  compact?: boolean;
}

const SCALES: [number, string][] = [
  [1e9, 'scale.billion'],
  [1e6, 'scale.million'],
];

/** A text in the reader's language. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Digits in the language's format: `400,000` in English, `400 000` in French. */
function digits(n: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(n);
}

/** A number and whether it was written with a scale word. */
function number(n: number, lang: Lang, compact: boolean): { text: string; scaled: boolean } {
  if (compact) {
    for (const [scale, key] of SCALES) {
      if (Math.abs(n) >= scale) {
        const scaled = n / scale;
        // Only write words when no digit is lost: 1,234,567 stays as it is.
        if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-9) return { text: t(lang, key, { n: digits(scaled, lang) }, scaled), scaled: true };
      }
    }
  }
  return { text: digits(n, lang), scaled: false };
}

/** `400000` → `400,000` (`400 000` in French); with `compact`, `2000000` → `2 million` and `5500000000` → `5.5 billion`. */
export function formatNumber(n: number, { lang = 'en', compact = false }: FormatOptions = {}): string {
  return number(n, lang, compact).text;
}

/** A number in its unit: `$27,000`, `25%`, `30 days`, `400,000` (chips are implied). */
export function formatQuantity(n: number, unit: Figure['unit'], { lang = 'en', compact = false }: FormatOptions = {}): string {
  const { text, scaled } = number(n, lang, compact);
  switch (unit) {
    case 'usd':
      return t(lang, scaled ? 'unit.usd-scaled' : 'unit.usd', { n: text });
    case 'percent':
      return t(lang, 'unit.percent', { n: text });
    case 'days':
      return t(lang, 'unit.days', { n: text }, n);
    default:
      return text;
  }
}

/** A figure with its bound, as a reader should read it: "more than 400,000", "40,000–80,000", "about $27,000". */
export function formatFigure(figure: Pick<Figure, 'bound' | 'value' | 'low' | 'high' | 'unit'>, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'en';
  if (figure.bound === 'range') {
    return t(lang, 'bound.range', { low: formatQuantity(figure.low!, figure.unit, options), high: formatQuantity(figure.high!, figure.unit, options) });
  }
  return t(lang, `bound.${figure.bound}`, { value: formatQuantity(figure.value!, figure.unit, options) });
}

/** `2026-01-28` → `28 Jan 2026` (`28 janv. 2026`), or `28 January 2026` with `long`; `2026-05` → `May 2026`. */
export function formatDate(date: string, { lang = 'en', long = false }: { lang?: Lang; long?: boolean } = {}): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = long ? 'long' : 'short';
  const format = new Intl.DateTimeFormat(
    localeOf(lang),
    d ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  const text = format.format(new Date(Date.UTC(y, m - 1, d ?? 1)));
  // French writes the first of the month as an ordinal: 1er juin 2026.
  return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

/**
 * The ui.yaml key for a sentence about `date`: `key` for a day, `key-month` for a month alone,
 * since languages say them differently ("au 28 janvier 2026", "en décembre 2025").
 */
export const dateKey = (key: string, date: string) => (date.length === 7 ? `${key}-month` : key);

/** A partial date as a JavaScript date: a month without a day is placed at its middle. */
export function toDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d ?? 15));
}
