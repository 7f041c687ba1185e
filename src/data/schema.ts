/**
 * The zod schemas of the site's data: one source of truth for the loaders in this folder and
 * for the content collections in `src/content.config.ts`. Each schema accepts both the raw cell
 * (a string read from CSV or YAML) and its parsed form, so validating twice is harmless.
 */
import { z } from 'zod';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A calendar date as `YYYY-MM-DD`, or a month as `YYYY-MM` where sources give only the month. */
export const partialDate = z
  .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string({ error: 'a date written YYYY-MM-DD or YYYY-MM' }))
  .refine((s) => /^\d{4}-\d{2}(-\d{2})?$/.test(s), 'a date written YYYY-MM-DD or YYYY-MM')
  .refine(isRealDate, 'a date that exists on the calendar');

/** True when `YYYY-MM(-DD)` names a real month or day (no 2026-02-30). */
export function isRealDate(s: string): boolean {
  const [y, m, d = 1] = s.split('-').map(Number);
  if (!(m >= 1 && m <= 12)) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const id = z
  .string({ error: 'an id in kebab-case, such as h200-approved-by-china' })
  .regex(ID, 'an id in kebab-case (lower-case letters, digits and hyphens), such as h200-approved-by-china');

const nonEmpty = (what: string) => z.string({ error: what }).trim().min(1, what);

/** An absolute http(s) URL, such as `example`. */
export const httpUrl = (example: string) =>
  z.string({ error: 'an http(s) URL' }).refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s), `an http(s) URL such as ${example}`);

/** The languages the site's texts may be written in; English is the one every text needs. */
export const LANGUAGES = ['en', 'fr'] as const;

/** A language the site is published in. */
export type Lang = (typeof LANGUAGES)[number];

/**
 * A text a reader sees, keyed by language: the site is published in every language, so each
 * text needs them all (`label_en` and `label_fr` in CSV, `{ en: …, fr: … }` in YAML).
 */
export const localized = z
  .object({ en: nonEmpty('an English text (en)'), fr: nonEmpty('a French text (fr) beside the English: the site is published in both') })
  .strict();

const number = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && PLAIN_NUMBER.test(v.trim()) ? Number(v) : v === '' ? undefined : v),
    z.number({ error: what }).nonnegative('a number that is zero or more (a count cannot be negative)'),
  );

const idList = (what: string) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(id, { error: what }),
  );

/** The grades a source can carry: H, M and L for pages we read, `unverified` for one we could not. */
export const GRADES = ['H', 'M', 'L', 'unverified'] as const;

/** A row of content/data/sources.csv. */
export const sourceSchema = z.object({
  id,
  publisher: nonEmpty('the publisher of the page, such as Reuters'),
  title: nonEmpty('the headline of the page'),
  url: httpUrl('https://www.reuters.com/…'),
  published: partialDate,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code such as en or fr'),
  kind: z.enum(['original', 'republication'], { error: 'original or republication' }),
  republishes: z.string().trim().optional(),
  /**
   * The grade of the page a reader reaches (see content/data/README.md), or `unverified` for a
   * page we could not read: kept for the record, never the only support of a figure or event.
   */
  confidence: z.enum(GRADES, { error: `${GRADES.slice(0, -1).join(', ')} or ${GRADES.at(-1)} (a page we could not read)` }),
  note: localized.optional(),
});

/** What a figure can count. */
export const MEASURES = [
  'ordered',
  'expected-orders',
  'inventory',
  'approved',
  'planned-shipments',
  'licence-cap',
  'shipped',
  'orders-received',
  'price',
  'charge',
  'revenue-share',
  'market-share',
  'tariff',
  'volume-cap',
  'order-value',
  'review-period',
  'entity-listings',
  'threshold',
  'cleared-buyers',
  'sold',
  'sought',
  'shipment-ceiling',
  'smuggled-value',
] as const;
/** The units a figure can be in. */
export const UNITS = ['chips', 'modules', 'usd', 'percent', 'days', 'entities', 'firms'] as const;
/** How a figure's value relates to the truth: exact, about, more than, up to, or a range. */
export const BOUNDS = ['exact', 'approximate', 'lower', 'upper', 'range'] as const;

/** A row of content/data/figures.csv. */
export const figureSchema = z.object({
  id,
  measure: z.enum(MEASURES, { error: `one of ${MEASURES.join(', ')}` }),
  chip: z.string().trim().optional(),
  unit: z.enum(UNITS, { error: `one of ${UNITS.join(', ')}` }),
  bound: z.enum(BOUNDS, { error: `one of ${BOUNDS.join(', ')}` }),
  value: number('a plain number such as 2000000 (no commas, no "+": write "more than" as bound lower)').optional(),
  low: number('a plain number for the low end of the range').optional(),
  high: number('a plain number for the high end of the range').optional(),
  asOf: partialDate,
  sources: idList('one or more source ids separated by ;').refine((a) => a.length > 0, 'at least one source id'),
  status: z.enum(['reported', 'official', 'contested'], { error: 'reported, official or contested' }),
  label: localized,
  note: localized.optional(),
  /** The source's own words that state the number, verbatim and in the source's language (at most about 40 words). */
  quote: nonEmpty("the source's own words that state the number, verbatim, in the source's language"),
  /** The id of the source the quote is taken from: one of the row's `sources`. */
  quoteSource: z
    .string({ error: "the id of the source the quote is taken from, one of the row's sources" })
    .regex(ID, "the id of the source the quote is taken from, one of the row's sources"),
});

/** Who made a move: the timeline's lanes. */
export const ACTORS = ['us-government', 'chinese-government', 'nvidia', 'chinese-firms', 'suppliers'] as const;

/** An item of content/data/events.yaml. */
export const eventSchema = z.object({
  id,
  date: partialDate,
  dateNote: localized.optional(),
  actor: z.enum(ACTORS, { error: `one of ${ACTORS.join(', ')}` }),
  title: localized,
  summary: localized,
  sources: idList('a list of source ids').refine((a) => a.length > 0, 'at least one source id'),
  figures: idList('a list of figure ids').default([]),
});

/** A source, as validated. */
export type Source = z.output<typeof sourceSchema>;
/** A figure, as validated. */
export type Figure = z.output<typeof figureSchema>;
/** An event, as validated. */
export type Event = z.output<typeof eventSchema>;
/** One of the timeline's actors. */
export type Actor = (typeof ACTORS)[number];
/** A text keyed by language. */
export type Localized = z.output<typeof localized>;

/** All the site's data, joined and checked. */
export interface Dataset {
  sources: Source[];
  figures: Figure[];
  events: Event[];
}
