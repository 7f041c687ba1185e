/**
 * Finds numbers a story's prose states by hand. Every quantity on a page must come from
 * content/data/figures.csv through `<Fact id="…" />`; only years and days of the month may be
 * written as digits.
 */
import type { Figure } from './schema.ts';
import { DataError } from './errors.ts';
import { figureValues } from '../lib/format.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?= (?:${MONTHS})\\b)|(?<=\\b(?:${MONTHS}) )\\d{1,2}\\b(?!,\\d)`, 'g');
/**
 * A number standing alone, with an optional scale ("700k", "$5.5bn"): not part of a name such
 * as H200, A800, MI325X or RTX Pro 6000D.
 */
const NUMBER = /(?<![A-Za-z\d])(\d[\d,.]*\d|\d)(k|m|bn|tn)?(?![A-Za-z\d])/g;
/** A four-digit number reads as a year after these words, or before punctuation or the end. */
const YEAR_BEFORE = new RegExp(`(?:\\b(?:${MONTHS}|in|since|by|from|until|to|of|and|or|for|early|late|mid|between|before|after|during|year|fiscal|FY)\\s*-?\\s*|\\b(?:19|20)\\d\\d\\s*[–-]\\s*)$`, 'i');
const YEAR_AFTER = /^(?:\s*[,.;:)–—-]|\s*$|'s\b)/;
/** Names of laws and rules that carry a number but state no quantity. */
const NAMED = /\bSection \d+\b/g;
const NUMBER_WORDS = /\b(?:thousand|million|billion|trillion|per ?cent|percent|dozens?|hundreds? of thousands)\b/gi;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

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
export function proseOnly(mdx: string): string {
  return withoutCode(mdx)
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(DAY_MONTH, blank)
    .replace(NAMED, blank);
}

/** True when the four digits at `index` of `text` read as a year ("in 2026", "December 2025,"). */
function isYear(text: string, index: number, digits: string): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  return YEAR_BEFORE.test(text.slice(Math.max(0, index - 24), index)) || YEAR_AFTER.test(text.slice(index + 4, index + 8));
}

/** The numbers `mdx` states outside components, frontmatter, code and link targets. */
export function statedNumbers(mdx: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  proseOnly(mdx).split('\n').forEach((text, i) => {
    for (const m of text.matchAll(NUMBER)) {
      if (!m[2] && isYear(text, m.index, m[1])) continue;
      found.push({ line: i + 1, text: m[0] });
    }
    for (const m of text.matchAll(NUMBER_WORDS)) found.push({ line: i + 1, text: m[0] });
  });
  return found.sort((a, b) => a.line - b.line);
}

/** The quantities a sentence states in digits, scaled: "$5.5 billion" → 5500000000, "15%" → 15, "700k" → 700000. */
export function quantitiesIn(text: string): number[] {
  const prose = proseOnly(text);
  const values: number[] = [];
  for (const m of prose.matchAll(new RegExp(`${NUMBER.source}(?:\\s+(thousand|million|billion|trillion))?`, 'g'))) {
    const scale = m[2] ?? m[3];
    if (!scale && isYear(prose, m.index, m[1])) continue;
    values.push(Number(m[1].replace(/,/g, '')) * (scale ? SCALE[scale] : 1));
  }
  return values;
}

/** Throws a `DataError` at the first number `mdx` states by hand, saying which figure to use when there is one. */
export function checkProse(mdx: string, file: string, figures: Figure[]): void {
  const [first] = statedNumbers(mdx);
  if (!first) return;
  const stated = quantitiesIn(mdx.split('\n')[first.line - 1]);
  const match = figures.find((f) => figureValues(f).some((v) => stated.includes(v)));
  const hint = match
    ? `write <Fact id="${match.id}" /> so the number comes from content/data/figures.csv with its bound and source`
    : 'content/data/figures.csv holds no such figure: add it there with its source, then write <Fact id="…" />';
  throw new DataError({ file, line: first.line, field: 'prose' }, `states "${first.text}" by hand; ${hint}`);
}
