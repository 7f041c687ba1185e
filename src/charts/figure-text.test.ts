import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { figureRows, type FigureRow } from './rows.ts';
import { figureMark, figureRecords, figureTable } from './figure-text.ts';

const FIXTURE = join(import.meta.dirname, '..', 'data', '__fixtures__', 'valid');
const quoted = figureRows(loadDataset(FIXTURE, FIXTURE));
/** The same figures as a release made before rows carried their source's own words recorded them. */
const unquoted: FigureRow[] = quoted.map(({ quote: _quote, quoteSource: _source, ...rest }) => rest);

describe('figureMark(figure, lang)', () => {
  it("ends the tooltip with the source's own words", () => {
    const f = quoted[0];
    expect(figureMark(f, 'en').lines.at(-1)).toBe(`“${f.quote}”`);
  });
  it('says nothing of a quote for a figure that has none', () => {
    const lines = figureMark(unquoted[0], 'en').lines;
    expect(lines).toHaveLength(figureMark(quoted[0], 'en').lines.length - 1);
    expect(lines.join(' ')).not.toContain('“');
  });
});

describe('figureTable(rows, lang)', () => {
  it("gives each row its source's own words, in the source's language", () => {
    const table = figureTable(quoted, 'en');
    expect(table.columns.at(-1)).toBe("In the source's words");
    expect(table.rows[0].at(-1)).toMatchObject({ text: quoted[0].quote, quote: { lang: expect.any(String) } });
  });
  it('has no quote column when no row has a quote', () => {
    const table = figureTable(unquoted, 'en');
    expect(table.columns).toHaveLength(figureTable(quoted, 'en').columns.length - 1);
    expect(table.rows.every((row) => row.length === table.columns.length && row.every((cell) => !cell.quote))).toBe(true);
  });
  it('leaves the cell empty for the one row without a quote among rows with them', () => {
    const table = figureTable([unquoted[0], ...quoted.slice(1)], 'en');
    expect(table.rows[0].at(-1)).toEqual({ text: '' });
    expect(table.rows[1].at(-1)!.text).toBe(quoted[1].quote);
  });
});

describe('figureRecords(rows, lang)', () => {
  it("carries each row's quote, its source and language", () => {
    expect(figureRecords(quoted, 'en')[0]).toMatchObject({ quote: quoted[0].quote, quote_source: quoted[0].quoteSource, quote_language: expect.any(String) });
  });
  it('has no quote columns when no row has a quote, and every other column as before', () => {
    const records = figureRecords(unquoted, 'en');
    const withQuotes = Object.keys(figureRecords(quoted, 'en')[0]);
    expect(Object.keys(records[0])).toEqual(withQuotes.filter((c) => !c.startsWith('quote')));
  });
});
