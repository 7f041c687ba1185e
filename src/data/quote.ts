/**
 * Reads the numbers a source's own words state, and the hedge each is stated with, so the content
 * check can hold a figure's `quote` to its row: the quote must state the row's number, and its
 * hedge ("more than", "about", "up to", or none) must agree with the row's `bound`. Quotes stay in
 * the source's language, so the words of English, French, German and Chinese sources are known.
 */
import type { Figure } from './schema.ts';

/** What a hedge says about a number: the bounds of `figures.csv`, less `range`. */
export type Hedge = 'exact' | 'approximate' | 'lower' | 'upper';

/** A number a quote states: its possible values, the words it was written with, and its hedge. */
export interface Mention {
  /** Every value the words may mean: `400.000` is 400,000 in French or German, 400 in English. */
  values: number[];
  /** The number as written, with its scale: "more than two million" gives "two million". */
  text: string;
  hedge: Hedge;
  /** The hedging words as written ("more than", "超過"); empty for a flat number. */
  hedgeWords: string;
}

/** The most words a quote may have: "at most about 40 words", with room for a long name or two. */
export const MAX_QUOTE_WORDS = 50;
/** The most characters a quote may have, for languages written without spaces. */
export const MAX_QUOTE_CHARACTERS = 320;

/** Hedging words before a number, by the bound they mean, longest first where one contains another. */
const HEDGES_BEFORE: Record<Exclude<Hedge, 'exact'>, string[]> = {
  lower: [
    'more than',
    'over',
    'at least',
    'in excess of',
    'exceeding',
    'exceeds',
    'exceeded',
    'above',
    'upwards of',
    'north of',
    'beyond',
    'plus de',
    "plus d'",
    'plus d’',
    'au moins',
    'au-delà de',
    'dépassant',
    'mehr als',
    'über',
    'mindestens',
    '超過',
    '超过',
    '逾',
    '至少',
    '多於',
    '多于',
  ],
  approximate: [
    'about',
    'around',
    'roughly',
    'some',
    'approximately',
    'nearly',
    'almost',
    'close to',
    'an estimated',
    'estimated',
    'circa',
    'approx.',
    '~',
    'environ',
    'près de',
    'quelque',
    'autour de',
    'approximativement',
    'presque',
    'rund',
    'etwa',
    'ungefähr',
    'fast',
    'knapp',
    '約',
    '约',
    '大約',
    '大约',
    '近',
  ],
  upper: [
    'up to',
    'as many as',
    'as much as',
    'no more than',
    'not more than',
    'at most',
    'a maximum of',
    'a cap of',
    'capped at',
    'limited to',
    "jusqu'à",
    'jusqu’à',
    'au plus',
    'au maximum',
    'pas plus de',
    'bis zu',
    'höchstens',
    'maximal',
    '最多',
    '不超過',
    '不超过',
    '至多',
  ],
};

/** Hedging words after a number: "20萬顆以上", "2 million-plus", "2,000,000+". */
const HEDGES_AFTER: Record<Exclude<Hedge, 'exact'>, string[]> = {
  lower: ['+', '-plus', 'or more', 'et plus', '以上'],
  approximate: ['or so', 'environ', '左右', '上下'],
  upper: ['or fewer', 'or less', 'at most', 'au plus', '以下', '以内'],
};

/** Scale words and abbreviations after a number, in the languages sources are written in. */
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mille: 1e3,
  tausend: 1e3,
  千: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  mio: 1e6,
  'mio.': 1e6,
  millionen: 1e6,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  billions: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  mrd: 1e9,
  'mrd.': 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  tn: 1e12,
  trillion: 1e12,
  萬: 1e4,
  万: 1e4,
  億: 1e8,
  亿: 1e8,
};

/** Numbers written in words that take a scale after them: "two million", "deux millions", "a million". */
const SCALED_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  hundred: 100,
  'a hundred': 100,
  half: 0.5,
  'half a': 0.5,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  vingt: 20,
  cent: 100,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  hundert: 100,
};
/** Small numbers written in words, standing alone: "ten Chinese companies", "une dizaine d'entreprises". */
const ALONE_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  dozen: 12,
  'a dozen': 12,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  quinze: 15,
  vingt: 20,
  'une dizaine': 10,
  'une douzaine': 12,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  zwanzig: 20,
};
/** Words that state "none": a count of zero. */
const ZERO = ['none', 'zero', 'no', 'nothing', 'not any', 'aucune', 'aucun', 'rien', 'null', 'keine', 'kein', '零', '沒有', '没有'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const wordKey = (w: string) => w.toLowerCase().replace(/\s+/g, ' ');

/** A letter or digit must not touch a word on either side (CJK characters stand alone). */
const edge = (word: string) => (/^[\p{L}\d]/u.test(word) && !/^\p{Script=Han}/u.test(word) ? '(?<![\\p{L}\\d])' : '');
const edgeAfter = (word: string) => (/[\p{L}\d.]$/u.test(word) && !/\p{Script=Han}$/u.test(word) ? '(?![\\p{L}\\d])' : '');

const SCALE_PATTERN = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .map((s) => `${escapeRegExp(s)}${edgeAfter(s)}`)
  .join('|');
/** Digits, grouped by commas, dots, spaces or apostrophes, with an optional decimal part. */
const DIGITS = `\\d{1,3}(?:[,.\\u00a0\\u202f ']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const NUMBER = new RegExp(
  `(?<![\\p{Script=Latin}\\d.,])(${DIGITS})(?:[\\s\\u00a0\\u202f-]?(${SCALE_PATTERN}))?(?!\\d)(?!\\p{L}\\d)` +
    `|(?<!\\p{L})(${alternation(Object.keys(SCALED_WORDS))})[\\s-]+(${SCALE_PATTERN})(?!\\p{L})` +
    `|(?<!\\p{L})(${alternation(Object.keys(ALONE_WORDS))})(?!\\p{L})` +
    `|((?<!\\p{L})(?:${alternation(ZERO)})|(?:(?<!\\p{L})not|n't|n’t)(?:\\s+[\\p{L}']+){0,3}?\\s+any)(?!\\p{L})`,
  'giu',
);

/**
 * The values `digits` may stand for, since sources group and split numbers their own way: `4,5` is
 * 4.5, `400 000` is 400000, `400.000` is 400000 (French, German) or 400 (English), `4,500` is 4500 or 4.5.
 */
function readDigits(digits: string): number[] {
  const plain = digits.replace(/[\u00a0\u202f ']/g, '');
  const values = new Set<number>();
  if (/^\d{1,3}([,.]\d{3})+$/.test(plain)) values.add(Number(plain.replace(/[,.]/g, '')));
  const last = /^(.*)[,.](\d+)$/.exec(plain);
  values.add(last ? Number(`${last[1].replace(/[,.]/g, '')}.${last[2]}`) : Number(plain));
  return [...values].filter((v) => Number.isFinite(v));
}

/** Every hedge before a number, longest first, so "no more than" is read before "more than". */
const BEFORE = (Object.entries(HEDGES_BEFORE) as [Exclude<Hedge, 'exact'>, string[]][])
  .flatMap(([hedge, words]) => words.map((word) => ({ hedge, word, pattern: new RegExp(`${edge(word)}${escapeRegExp(word)}$`, 'iu') })))
  .sort((a, b) => b.word.length - a.word.length);
const AFTER = (Object.entries(HEDGES_AFTER) as [Exclude<Hedge, 'exact'>, string[]][])
  .flatMap(([hedge, words]) => words.map((word) => ({ hedge, word, pattern: new RegExp(`^${escapeRegExp(word)}${edgeAfter(word)}`, 'iu') })))
  .sort((a, b) => b.word.length - a.word.length);

/** The hedge written right before `index` of `text` (past a currency sign), or right after `end`. */
function hedgeAround(text: string, index: number, end: number): { hedge: Hedge; words: string } {
  const before = text
    .slice(Math.max(0, index - 40), index)
    .replace(/(?:US\$|HK\$|\$|€|£|¥|USD|EUR)\s*$/i, '')
    .replace(/[\s\u00a0\u202f]+$/, '');
  const said = BEFORE.find((h) => h.pattern.test(before));
  if (said) return { hedge: said.hedge, words: said.word };
  const after = text.slice(end, end + 16).replace(/^(?:顆|颗|枚|块|片|個|个)/u, '');
  const next = AFTER.find((h) => h.pattern.test(after));
  return next ? { hedge: next.hedge, words: next.word } : { hedge: 'exact', words: '' };
}

/** Every number `quote` states, in order, with its possible values and its hedge. */
export function mentionsIn(quote: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of quote.matchAll(NUMBER)) {
    const [text, digits, digitScale, word, wordScale, alone] = m;
    let values: number[];
    if (digits !== undefined) {
      const scale = digitScale ? SCALES[digitScale.toLowerCase()] : 1;
      values = readDigits(digits).map((v) => Math.round(v * scale * 1e6) / 1e6);
    } else if (word !== undefined) {
      const key = wordKey(word);
      values = [SCALED_WORDS[key] * SCALES[wordScale.toLowerCase()]];
    } else if (alone !== undefined) {
      values = [ALONE_WORDS[wordKey(alone)]];
    } else {
      values = [0];
    }
    const { hedge, words } = hedgeAround(quote, m.index, m.index + text.length);
    mentions.push({ values, text: text.trim(), hedge, hedgeWords: words });
  }
  return mentions;
}

/** How a bound reads in an error message. */
const BOUND_WORDS: Record<Hedge, string> = {
  exact: 'a flat number (no "more than", "about" or "up to")',
  approximate: '"about", "around", "roughly", "some", "environ", "約"…',
  lower: '"more than", "over", "at least", "plus de", "超過", "逾"…',
  upper: '"up to", "as many as", "no more than", "jusqu\'à"…',
};

const shownValue = (n: number) => n.toLocaleString('en');

/**
 * What is wrong with `figure`'s quote, in a sentence that ends with what was expected; undefined
 * when the quote states the row's number (both ends of a range) with a hedge that agrees with its bound.
 */
export function quoteProblem(figure: Pick<Figure, 'bound' | 'value' | 'low' | 'high'> & { quote: string }): string | undefined {
  const words = figure.quote.trim().split(/\s+/).length;
  if (words > MAX_QUOTE_WORDS) return `got a quote of ${words} words, expected the passage that states the number, at most about 40 words`;
  // Chinese and Japanese write no spaces: a passage is held to a length in characters too.
  if (figure.quote.length > MAX_QUOTE_CHARACTERS)
    return `got a quote of ${figure.quote.length} characters, expected the passage that states the number, at most about 40 words (${MAX_QUOTE_CHARACTERS} characters)`;
  const mentions = mentionsIn(figure.quote);
  const shown = mentions.filter((m) => m.values.some((v) => v !== 0) || figure.value === 0);
  const found = shown.length > 0 ? `found ${shown.map((m) => `"${m.hedgeWords ? `${m.hedgeWords} ` : ''}${m.text}"`).join(', ')}` : 'found no number';
  const targets = figure.bound === 'range' ? [figure.low!, figure.high!] : [figure.value!];
  for (const target of targets) {
    const stating = mentions.filter((m) => m.values.includes(target));
    if (stating.length === 0) {
      return `${found}, expected the quote to state ${figure.bound === 'range' ? `both ends of the range, ${shownValue(figure.low!)} and ${shownValue(figure.high!)}` : `the row's number, ${shownValue(target)}`} (in any way the source writes it: 400,000, 400 000, 400k, two million, 20萬…)`;
    }
    if (figure.bound === 'range') continue;
    if (!stating.some((m) => m.hedge === figure.bound)) {
      const m = stating[0];
      const said = m.hedgeWords ? `"${m.hedgeWords} ${m.text}", which reads as bound "${m.hedge}"` : `"${m.text}" with no hedge, which reads as bound "exact"`;
      return `found ${said}, expected bound "${figure.bound}" as the row says: ${BOUND_WORDS[figure.bound as Hedge]}`;
    }
  }
  return undefined;
}
