import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProse, quantitiesIn, statedNumbers } from './prose.ts';
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

describe('statedNumbers(mdx, "fr")', () => {
  it('lets French dates and years through', () => {
    expect(statedNumbers('Le 28 janvier 2026, le 1er juin 2026 et le 7 oct. 2022, depuis 2022, en 2026, fin 2025, mi-2025.', 'fr')).toEqual([]);
  });
  it('catches French digits with their spaces, decimal commas and number words', () => {
    expect(statedNumbers('Plus de 400 000 puces, 2\u202f000\u202f000 commandes, 5,5 milliards de dollars, 25 %.', 'fr').map((n) => n.text)).toEqual([
      '400 000',
      '2\u202f000\u202f000',
      '5,5',
      '25',
      'milliards',
    ]);
  });
  it('reads French quantities as numbers', () => {
    expect(quantitiesIn('environ 100 000 A800 pour 5 milliards de dollars', 'fr')).toEqual([100000, 5e9]);
  });
  it('names the figure to use for a French number', () => {
    expect(() => checkProse('La Chine a approuvé 400 000 puces.', 'content/stories/x.fr.mdx', figures, 'fr')).toThrow(
      /states "400 000" by hand; expected <Fact id="h200-approved-by-china" \/>/,
    );
  });
});

describe('checkProse(mdx, file, figures)', () => {
  it('names the figure to use when the data holds the number', () => {
    expect(() => checkProse('China approved 400,000 chips.', 'content/stories/x.en.mdx', figures)).toThrow(
      'content/stories/x.en.mdx:1: field "prose": states "400,000" by hand; expected <Fact id="h200-approved-by-china" />',
    );
  });
  it('recognises a figure written with a scale word', () => {
    expect(() => checkProse('Orders passed 2 million chips.', 'x.mdx', figures)).toThrow(/states "2" by hand; expected <Fact id="h200-ordered" \/>/);
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
    const lang = file.split('.').at(-2) as 'en' | 'fr';
    expect(statedNumbers(readFileSync(join(STORIES, file), 'utf8'), lang)).toEqual([]);
  });
});
