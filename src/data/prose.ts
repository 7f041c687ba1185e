/**
 * Finds numbers a story's prose states by hand. Every quantity on a page must come from
 * content/data/figures.csv through `<Fact id="…" />`; only years and days of the month may be
 * written as digits.
 */
import type { Figure } from './schema.ts';
import { DataError } from './errors.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?= (?:${MONTHS})\\b)|(?<=\\b(?:${MONTHS}) )\\d{1,2}\\b(?!,\\d)`, 'g');
/** A number standing alone: not part of a name such as H200, A800, MI325X or RTX Pro 6000D. */
const NUMBER = /(?<![A-Za-z\d])(?:\d[\d,.]*\d|\d)(?![A-Za-z\d])/g;
/** Names of laws and rules that carry a number but state no quantity. */
const NAMED = /\bSection \d+\b/g;
const NUMBER_WORDS = /\b(?:million|billion|thousand|per ?cent|percent|dozens?|hundreds? of thousands)\b/gi;

/** A number stated by hand: the line it is on and the text. */
export interface StatedNumber {
  line: number;
  text: string;
}

/** The numbers `mdx` states outside components, frontmatter and link targets. */
export function statedNumbers(mdx: string): StatedNumber[] {
  const lines = mdx.split('\n');
  let start = 0;
  if (lines[0] === '---') start = lines.indexOf('---', 1) + 1;
  const found: StatedNumber[] = [];
  lines.forEach((raw, i) => {
    if (i < start) return;
    const text = raw
      .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(DAY_MONTH, ' ')
      .replace(NAMED, ' ');
    for (const m of text.matchAll(NUMBER)) {
      if (/^(19|20)\d\d$/.test(m[0])) continue;
      found.push({ line: i + 1, text: m[0] });
    }
    for (const m of text.matchAll(NUMBER_WORDS)) found.push({ line: i + 1, text: m[0] });
  });
  return found;
}

const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };

/** The quantities a sentence states in digits, scaled: "$5.5 billion" → 5500000000, "15%" → 15. */
export function quantitiesIn(text: string): number[] {
  const cleaned = text.replace(DAY_MONTH, ' ').replace(NAMED, ' ');
  const values: number[] = [];
  for (const m of cleaned.matchAll(new RegExp(`${NUMBER.source}(?:\\s+(million|billion))?`, 'g'))) {
    const digits = m[0].match(NUMBER)![0];
    if (/^(19|20)\d\d$/.test(digits) && !m[1]) continue;
    values.push(Number(digits.replace(/,/g, '')) * (m[1] ? SCALE[m[1]] : 1));
  }
  return values;
}

/** Throws a `DataError` at the first number `mdx` states by hand, saying which figure to use when there is one. */
export function checkProse(mdx: string, file: string, figures: Figure[]): void {
  const [first] = statedNumbers(mdx);
  if (!first) return;
  const n = Number(first.text.replace(/,/g, ''));
  const match = figures.find((f) => f.value === n || f.low === n || f.high === n);
  const hint = match
    ? `write <Fact id="${match.id}" /> so the number comes from content/data/figures.csv with its bound and source`
    : 'content/data/figures.csv holds no such figure: add it there with its source, then write <Fact id="…" />';
  throw new DataError({ file, line: first.line, field: 'prose' }, `states "${first.text}" by hand; ${hint}`);
}
