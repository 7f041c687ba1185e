/**
 * Finds numbers a story's prose states by hand. Every quantity on a page must come from
 * content/data/figures.csv through `<Fact id="…" />`; only years and days of the month may be
 * written as digits.
 */
import type { Figure, Lang } from './schema.ts';
import { DataError } from './errors.ts';
import { figureValues } from './values.ts';

/** How each language writes dates, years and numbers in prose. */
interface ProseRules {
  /** Month names, full and abbreviated. */
  months: string;
  /** An ordinal ending a day of the month may carry: "1er juin". */
  ordinal: string;
  /** Words after which a four-digit number reads as a year: "in 2026", "depuis 2022". */
  yearWords: string;
  /** A number in digits: `2,000,000` and `5.5` in English, `2 000 000` and `5,5` in French. */
  digits: string;
  /** Turns the digits as written into a JavaScript number. */
  parse: (digits: string) => number;
  /** Words that state a quantity without digits, and the scales a number may carry in words. */
  numberWords: string;
  scales: Record<string, number>;
}

const GROUP = '[ \u00a0\u202f]';
const RULES: Record<Lang, ProseRules> = {
  en: {
    months: 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
    ordinal: '',
    yearWords: 'in|since|by|from|until|to|of|and|or|for|early|late|mid|between|before|after|during|year|fiscal|FY',
    digits: '\\d[\\d,.]*\\d|\\d',
    parse: (d) => Number(d.replace(/,/g, '')),
    numberWords: 'thousand|million|billion|trillion|per ?cent|percent|dozens?|hundreds? of thousands',
    scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  },
  fr: {
    months: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv\\.|févr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.',
    ordinal: '(?:er)?',
    yearWords: "en|depuis|dès|de|d'|d’|du|des|à|au|jusqu'en|jusqu’en|et|ou|pour|début|fin|mi|entre|avant|après|pendant|vers|année|exercice|l'année|l’année",
    digits: `\\d{1,3}(?:${GROUP}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`,
    parse: (d) => Number(d.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')),
    numberWords: 'mille|millions?|milliards?|billions?|pour ?cent|douzaines?|dizaines|centaines de milliers',
    scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  },
};

/** Abbreviated scales after digits: "700k", "$5.5bn". */
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };

/** The patterns of `lang`, built once. */
const patterns = (() => {
  const cache = new Map<Lang, ReturnType<typeof build>>();
  function build(lang: Lang) {
    const r = RULES[lang];
    const month = `(?:${r.months})(?!\\p{L})`;
    return {
      /** A day of the month beside its month: "28 January", "January 28", "1er juin". */
      dayMonth: new RegExp(`(?<![\\p{L}\\d])\\d{1,2}${r.ordinal}(?= ${month})|(?<=(?:${r.months}) )\\d{1,2}(?!\\d)(?!,\\d)`, 'gu'),
      /**
       * A number standing alone, with an optional scale ("700k", "$5.5bn"): not part of a name
       * such as H200, A800, MI325X or RTX Pro 6000D.
       */
      number: new RegExp(`(?<![\\p{L}\\d])(${r.digits})(k|m|bn|tn)?(?![\\p{L}\\d])`, 'gu'),
      /** A four-digit number reads as a year after these words, or after a year and a dash. */
      yearBefore: new RegExp(`(?:(?<!\\p{L})(?:${r.months}|${r.yearWords})[\\s-]*|\\b(?:19|20)\\d\\d\\s*[–-]\\s*)$`, 'iu'),
      numberWords: new RegExp(`(?<!\\p{L})(?:${r.numberWords})(?!\\p{L})`, 'giu'),
      scaleWords: Object.keys(r.scales).join('|'),
    };
  }
  return (lang: Lang) => cache.get(lang) ?? cache.set(lang, build(lang)).get(lang)!;
})();

/** A four-digit number reads as a year before punctuation, the end, or a possessive. */
const YEAR_AFTER = /^(?:\s*[,.;:)–—-]|\s*$|'s\b)/;
/** Names of laws and rules that carry a number but state no quantity. */
const NAMED = /\bSection \d+\b/g;

/** A number stated by hand: the line it is on and the text. */
export interface StatedNumber {
  line: number;
  text: string;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks out frontmatter and code, keeping every line break, so what is left is the story's MDX. */
export function withoutCode(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank);
}

/** Blanks out what is not prose (frontmatter, code, components, link targets), keeping every line break. */
export function proseOnly(mdx: string, lang: Lang = 'en'): string {
  return withoutCode(mdx)
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(patterns(lang).dayMonth, blank)
    .replace(NAMED, blank);
}

/** True when the four digits at `index` of `text` read as a year ("in 2026", "December 2025,", "depuis 2022"). */
function isYear(text: string, index: number, digits: string, lang: Lang): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  return patterns(lang).yearBefore.test(text.slice(Math.max(0, index - 24), index)) || YEAR_AFTER.test(text.slice(index + 4, index + 8));
}

/** The numbers `mdx` (written in `lang`) states outside components, frontmatter, code and link targets. */
export function statedNumbers(mdx: string, lang: Lang = 'en'): StatedNumber[] {
  const { number, numberWords } = patterns(lang);
  const found: StatedNumber[] = [];
  proseOnly(mdx, lang)
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(number)) {
        if (!m[2] && isYear(text, m.index, m[1], lang)) continue;
        found.push({ line: i + 1, text: m[0] });
      }
      for (const m of text.matchAll(numberWords)) found.push({ line: i + 1, text: m[0] });
    });
  return found.sort((a, b) => a.line - b.line);
}

/** The quantities a sentence states in digits, scaled: "$5.5 billion" → 5500000000, "15%" → 15, "700k" → 700000, "5,5 milliards" → 5500000000. */
export function quantitiesIn(text: string, lang: Lang = 'en'): number[] {
  const { number, scaleWords } = patterns(lang);
  const prose = proseOnly(text, lang);
  const values: number[] = [];
  for (const m of prose.matchAll(new RegExp(`${number.source}(?:\\s+(${scaleWords})(?!\\p{L}))?`, 'gu'))) {
    const scale = m[2] ? SHORT_SCALES[m[2]] : m[3] ? RULES[lang].scales[m[3]] : 1;
    if (scale === 1 && isYear(prose, m.index, m[1], lang)) continue;
    values.push(RULES[lang].parse(m[1]) * scale);
  }
  return values;
}

/** Throws a `DataError` at the first number `mdx` states by hand, saying which figure to use when there is one. */
export function checkProse(mdx: string, file: string, figures: Figure[], lang: Lang = 'en'): void {
  const [first] = statedNumbers(mdx, lang);
  if (!first) return;
  const stated = quantitiesIn(mdx.split('\n')[first.line - 1], lang);
  const match = figures.find((f) => figureValues(f).some((v) => stated.includes(v)));
  const hint = match
    ? `expected <Fact id="${match.id}" />, so the number comes from content/data/figures.csv with its bound and source`
    : 'content/data/figures.csv holds no such figure: expected it added there with its source, then written as <Fact id="…" />';
  throw new DataError({ file, line: first.line, field: 'prose' }, `states "${first.text}" by hand; ${hint}`);
}
