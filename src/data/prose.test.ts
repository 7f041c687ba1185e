import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProse, statedNumbers } from './prose.ts';
import { loadDataset } from './load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STORIES = join(ROOT, 'content', 'stories');
const figures = loadDataset(join(ROOT, 'content', 'data'), ROOT).figures;

describe('statedNumbers(mdx)', () => {
  it('finds a number written by hand, with its line', () => {
    expect(statedNumbers('---\ntitle: x 5\n---\n\nFirms ordered 2.5 million chips.')).toEqual([
      { line: 5, text: '2.5' },
      { line: 5, text: 'million' },
    ]);
  });
  it('lets years, days of the month and components through', () => {
    expect(statedNumbers('On 28 January 2026 and February 24, <Fact id="h200-shipped" /> shipped; see [this](/a/1/).')).toEqual([]);
  });
  it('catches a four-digit count that is not a year', () => {
    expect(statedNumbers('Nvidia shipped 2000 chips in 2026.')).toEqual([{ line: 1, text: '2000' }]);
  });
  it('lets years through after a preposition or before punctuation', () => {
    expect(statedNumbers('Orders for 2026, rules since 2022 and the 2026–2027 plan; by mid-2025.')).toEqual([]);
  });
  it('catches abbreviated scales', () => {
    expect(statedNumbers('About 700k chips, or $5.5bn.').map((n) => n.text)).toEqual(['700k', '5.5bn']);
  });
  it('ignores code spans and components written over several lines', () => {
    expect(statedNumbers('Write `<Fact id="x" />` or 400,000 in code: `400,000`.\n<Fact\n  id="h200-ordered" />')).toEqual([{ line: 1, text: '400,000' }]);
  });
  it('catches a number next to a month that is not a day', () => {
    expect(statedNumbers('In May 400,000 chips')).toEqual([{ line: 1, text: '400,000' }]);
  });
});

describe('checkProse(mdx, file, figures)', () => {
  it('names the figure to use when the data holds the number', () => {
    expect(() => checkProse('China approved 400,000 chips.', 'content/stories/x.en.mdx', figures)).toThrow(
      'content/stories/x.en.mdx:1: field "prose": states "400,000" by hand; write <Fact id="h200-approved-by-china" />',
    );
  });
  it('recognises a figure written with a scale word', () => {
    expect(() => checkProse('Orders passed 2 million chips.', 'x.mdx', figures)).toThrow(/states "2" by hand; write <Fact id="h200-ordered" \/>/);
  });
  it('says the data holds no such figure when it does not', () => {
    expect(() => checkProse('\nFirms ordered 2,500,000 chips.', 'content/stories/x.en.mdx', figures)).toThrow(
      /x\.en\.mdx:2: field "prose": states "2,500,000" by hand; content\/data\/figures\.csv holds no such figure/,
    );
  });
});

describe('every story in content/stories', () => {
  const files = readdirSync(STORIES).filter((f) => f.endsWith('.mdx'));
  it('has stories to check', () => expect(files.length).toBeGreaterThanOrEqual(3));
  it.each(files)('%s states no number by hand', (file) => {
    expect(statedNumbers(readFileSync(join(STORIES, file), 'utf8'))).toEqual([]);
  });
});
