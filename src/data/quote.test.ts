import { describe, expect, it } from 'vitest';
import { mentionsIn, quoteProblem } from './quote.ts';

const row = (bound: 'exact' | 'approximate' | 'lower' | 'upper', value: number, quote: string) => ({ bound, value, quote });
const range = (low: number, high: number, quote: string) => ({ bound: 'range' as const, low, high, quote });

describe('mentionsIn(quote)', () => {
  it.each([
    ['400,000', 400000],
    ['400.000', 400000],
    ['400 000', 400000],
    ['400\u202f000', 400000],
    ['400000', 400000],
    ['400k', 400000],
    ['two million', 2000000],
    ['2 million', 2000000],
    ['deux millions', 2000000],
    ['2m', 2000000],
    ['20萬', 200000],
    ['20万', 200000],
    ['$4.5 billion', 4500000000],
    ['4,5 milliards', 4500000000],
    ['$5 bln', 5000000000],
    ['25%', 25],
    ['50 percent', 50],
    ['ten', 10],
    ['a million', 1000000],
    ['none', 0],
  ])('reads %s as %d', (text, value) => {
    expect(mentionsIn(`They said ${text} chips.`).flatMap((m) => m.values)).toContain(value);
  });

  it('does not read a chip name as a number', () => {
    expect(mentionsIn('the H200, the MI325X and the A800').flatMap((m) => m.values)).toEqual([]);
  });

  it.each([
    ['more than 400,000', 'lower', 'more than'],
    ['over 400,000', 'lower', 'over'],
    ['at least 400,000', 'lower', 'at least'],
    ['plus de 400 000', 'lower', 'plus de'],
    ['超過20萬顆', 'lower', '超過'],
    ['逾40萬', 'lower', '逾'],
    ['about $27,000', 'approximate', 'about'],
    ['around 700,000', 'approximate', 'around'],
    ['roughly ten', 'approximate', 'roughly'],
    ['some 100,000', 'approximate', 'some'],
    ['environ 700 000', 'approximate', 'environ'],
    ['près de 700 000', 'approximate', 'près de'],
    ['約70萬', 'approximate', '約'],
    ['up to 75,000', 'upper', 'up to'],
    ['as many as a million', 'upper', 'as many as'],
    ["jusqu'à 75 000", 'upper', "jusqu'à"],
    ['no more than 50 percent', 'upper', 'no more than'],
    ['700,000 units', 'exact', ''],
  ])('reads the hedge of "%s" as %s', (text, hedge, words) => {
    const m = mentionsIn(text).find((x) => x.values.some((v) => v > 0));
    expect(m).toMatchObject({ hedge, hedgeWords: words });
  });

  it('reads "not received any" as zero', () => {
    expect(mentionsIn('Nvidia has not yet received any orders').flatMap((m) => m.values)).toContain(0);
  });
});

describe('quoteProblem(figure)', () => {
  it('accepts a quote that states the number with a hedge that agrees with the bound', () => {
    expect(quoteProblem(row('lower', 400000, 'approved to buy more than 400,000 H200 chips in total'))).toBeUndefined();
    expect(quoteProblem(row('exact', 700000, 'Nvidia currently only has 700,000 units available'))).toBeUndefined();
    expect(quoteProblem(row('lower', 200000, '各自有意訂購超過20萬顆H200芯片'))).toBeUndefined();
    expect(quoteProblem(row('exact', 0, "None of Nvidia's H200 have been sold yet to Chinese customers"))).toBeUndefined();
  });

  it('refuses a quote that states another number, naming what it found', () => {
    expect(quoteProblem(row('lower', 400000, 'approved to buy more than 300,000 H200 chips'))).toMatch(
      /found "more than 300,000", expected the quote to state the row's number, 400,000/,
    );
  });

  it('refuses a quote with no number at all', () => {
    expect(quoteProblem(row('lower', 400000, 'China approved the purchases'))).toMatch(/found no number, expected .*400,000/);
  });

  it('refuses a hedge that disagrees with the bound, naming the words and the bound expected', () => {
    expect(quoteProblem(row('approximate', 700000, 'Nvidia currently only has 700,000 units available'))).toMatch(
      /found "700,000" with no hedge.*expected bound "approximate"/,
    );
    expect(quoteProblem(row('exact', 400000, 'more than 400,000 chips'))).toMatch(
      /found "more than 400,000", which reads as bound "lower", expected bound "exact"/,
    );
    expect(quoteProblem(row('upper', 75000, 'about 75,000 chips each'))).toMatch(/"about 75,000".*"approximate".*expected bound "upper"/);
  });

  it('needs both ends of a range', () => {
    expect(quoteProblem(range(40000, 80000, 'equivalent to 40,000 to 80,000 H200 chips'))).toBeUndefined();
    expect(quoteProblem(range(40000, 80000, 'equivalent to 40,000 H200 chips'))).toMatch(/both ends of the range, 40,000 and 80,000/);
  });

  it('refuses a quote far longer than a passage, with or without spaces', () => {
    expect(quoteProblem(row('exact', 25, `${'word '.repeat(60)}25%`))).toMatch(/at most about 40 words/);
    expect(quoteProblem(row('lower', 200000, `${'晶片'.repeat(200)}超過20萬顆`))).toMatch(/characters/);
  });
});
