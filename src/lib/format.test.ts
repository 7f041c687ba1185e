import { describe, expect, it } from 'vitest';
import type { Figure } from '../data/schema.ts';
import { formatDate, formatFigure, formatNumber, formatQuantity } from './format.ts';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'x',
  measure: 'approved',
  unit: 'chips',
  bound: 'exact',
  asOf: '2026-01-28',
  sources: ['s'],
  status: 'reported',
  label: { en: 'X', fr: 'X' },
  quote: 'X',
  quoteSource: 's',
  ...over,
});

describe('formatNumber(n)', () => {
  it('groups thousands', () => expect(formatNumber(400000)).toBe('400,000'));
  it('writes round large numbers in words when compact', () => {
    expect(formatNumber(2000000, { compact: true })).toBe('2 million');
    expect(formatNumber(5500000000, { compact: true })).toBe('5.5 billion');
  });
  it('keeps every digit when words would lose one', () => expect(formatNumber(1234567, { compact: true })).toBe('1,234,567'));
  it('leaves numbers under a million as digits when compact', () => expect(formatNumber(400000, { compact: true })).toBe('400,000'));
});

describe('formatQuantity(n, unit)', () => {
  it('puts dollars before and percent after', () => {
    expect(formatQuantity(27000, 'usd')).toBe('$27,000');
    expect(formatQuantity(25, 'percent')).toBe('25%');
    expect(formatQuantity(30, 'days')).toBe('30 days');
  });
});

describe('formatFigure(figure)', () => {
  it('writes a lower bound as "more than"', () => expect(formatFigure(figure({ bound: 'lower', value: 400000 }))).toBe('more than 400,000'));
  it('writes an upper bound as "up to"', () => expect(formatFigure(figure({ bound: 'upper', value: 75000 }))).toBe('up to 75,000'));
  it('writes an approximate value as "about"', () => expect(formatFigure(figure({ bound: 'approximate', value: 700000 }))).toBe('about 700,000'));
  it('writes a range with both ends', () => expect(formatFigure(figure({ bound: 'range', low: 40000, high: 80000 }))).toBe('40,000–80,000'));
  it('writes an exact zero as 0', () => expect(formatFigure(figure({ bound: 'exact', value: 0 }))).toBe('0'));
  it('keeps the bound when compact', () => expect(formatFigure(figure({ bound: 'lower', value: 2000000 }), { compact: true })).toBe('more than 2 million'));
  it('formats money with its bound', () =>
    expect(formatFigure(figure({ bound: 'approximate', value: 5500000000, unit: 'usd' }), { compact: true })).toBe('about $5.5 billion'));
});

describe('formatDate(date)', () => {
  it('writes a day short and long', () => {
    expect(formatDate('2026-01-28')).toBe('28 Jan 2026');
    expect(formatDate('2026-02-24', { long: true })).toBe('24 February 2026');
  });
  it('writes a month alone when the day is unknown', () => expect(formatDate('2026-05')).toBe('May 2026'));
});

/** French groups digits with a narrow no-break space (U+202F), as its typography wants: 400 000. */
const nb = (s: string) => s.replace(/(\d) (\d)/g, '$1\u202f$2');

describe('French formats', () => {
  const fr = { lang: 'fr' } as const;
  it('groups thousands with a narrow space and uses a decimal comma', () => {
    expect(formatNumber(400000, fr)).toBe(nb('400 000'));
    expect(formatNumber(5500000000, { ...fr, compact: true })).toBe('5,5 milliards');
  });
  it('agrees scale words in number', () => {
    expect(formatNumber(1000000, { ...fr, compact: true })).toBe('1 million');
    expect(formatNumber(2000000, { ...fr, compact: true })).toBe('2 millions');
  });
  it('writes bounds, units and ranges in French', () => {
    expect(formatFigure(figure({ bound: 'lower', value: 400000 }), fr)).toBe(nb('plus de 400 000'));
    expect(formatFigure(figure({ bound: 'upper', value: 75000 }), fr)).toBe(nb("jusqu'à 75 000"));
    expect(formatFigure(figure({ bound: 'range', low: 40000, high: 80000 }), fr)).toBe(nb('40 000 à 80 000'));
    expect(formatFigure(figure({ bound: 'approximate', value: 5500000000, unit: 'usd' }), { ...fr, compact: true })).toBe('environ 5,5 milliards de dollars');
    expect(formatQuantity(27000, 'usd', fr)).toBe(`${nb('27 000')}\u00a0$`);
    expect(formatQuantity(25, 'percent', fr)).toBe('25\u202f%');
    expect(formatQuantity(1, 'days', fr)).toBe('1 jour');
  });
  it('writes dates the French way', () => {
    expect(formatDate('2026-01-28', fr)).toBe('28 janv. 2026');
    expect(formatDate('2026-01-28', { ...fr, long: true })).toBe('28 janvier 2026');
    expect(formatDate('2026-06-01', { ...fr, long: true })).toBe('1er juin 2026');
    expect(formatDate('2026-05', fr)).toBe('mai 2026');
  });
});
