/** Formats numbers, figures with their bounds, and partial dates for a reader, per language. */
import type { Figure, Localized } from '../data/schema.ts';

export type Lang = 'en';

const LOCALES: Record<Lang, string> = { en: 'en-GB' };

const BOUND_WORDS: Record<Lang, Record<Figure['bound'], (v: string) => string>> = {
  en: {
    exact: (v) => v,
    approximate: (v) => `about ${v}`,
    lower: (v) => `more than ${v}`,
    upper: (v) => `up to ${v}`,
    range: (v) => v,
  },
};

const SCALES: Record<Lang, [number, string][]> = {
  en: [[1e9, 'billion'], [1e6, 'million']],
};

export interface FormatOptions {
  lang?: Lang;
  /** Write large round numbers in words: "2 million" rather than "2,000,000". */
  compact?: boolean;
}

/** A text in the reader's language, or in English where it has not been translated yet. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** `400000` → `400,000`; with `compact`, `2000000` → `2 million` and `5500000000` → `5.5 billion`. */
export function formatNumber(n: number, { lang = 'en', compact = false }: FormatOptions = {}): string {
  const locale = LOCALES[lang];
  if (compact) {
    for (const [scale, word] of SCALES[lang]) {
      if (Math.abs(n) >= scale) {
        const scaled = n / scale;
        // Only write words when no digit is lost: 1,234,567 stays as it is.
        if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-9) {
          return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(scaled)} ${word}`;
        }
      }
    }
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** A number in its unit: `$27,000`, `25%`, `30 days`, `400,000` (chips are implied). */
export function formatQuantity(n: number, unit: Figure['unit'], options: FormatOptions = {}): string {
  const text = formatNumber(n, options);
  switch (unit) {
    case 'usd':
      return `$${text}`;
    case 'percent':
      return `${text}%`;
    case 'days':
      return `${text} days`;
    default:
      return text;
  }
}

/** A figure with its bound, as a reader should read it: "more than 400,000", "40,000–80,000", "about $27,000". */
export function formatFigure(figure: Figure, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'en';
  if (figure.bound === 'range') {
    const low = formatQuantity(figure.low!, figure.unit, options);
    const high = formatQuantity(figure.high!, figure.unit, options);
    return `${low}–${high}`;
  }
  return BOUND_WORDS[lang][figure.bound](formatQuantity(figure.value!, figure.unit, options));
}

/** The numbers a reader may see for a figure (the value, or both ends of a range). */
export function figureValues(figure: Figure): number[] {
  return figure.bound === 'range' ? [figure.low!, figure.high!] : [figure.value!];
}

/** `2026-01-28` → `28 Jan 2026` (or `28 January 2026` with `long`); `2026-05` → `May 2026`. */
export function formatDate(date: string, { lang = 'en', long = false }: { lang?: Lang; long?: boolean } = {}): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = long ? 'long' : 'short';
  const format = new Intl.DateTimeFormat(LOCALES[lang], d ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

/** A partial date as a JavaScript date: a month without a day is placed at its middle. */
export function toDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d ?? 15));
}
