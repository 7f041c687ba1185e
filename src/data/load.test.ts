import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load.ts';

const VALID = join(import.meta.dirname, '__fixtures__', 'valid');

/** A copy of the valid fixture folder with one file edited, as a journalist's mistake would. */
function withEdit(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'h200-data-'));
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const load = (dir: string) => () => loadDataset(dir, dir);

describe('loadDataset(dir)', () => {
  it('reads sources, figures and events with their types', () => {
    const data = loadDataset(VALID, VALID);
    expect(data.sources).toHaveLength(4);
    const approved = data.figures.find((f) => f.id === 'h200-approved-by-china')!;
    expect(approved).toMatchObject({ bound: 'lower', value: 400000, asOf: '2026-01-28', status: 'contested', sources: ['wire-b'] });
    expect(approved.label).toEqual({ en: 'Approved', fr: 'FR Approved' });
    const range = data.figures.find((f) => f.bound === 'range')!;
    expect([range.low, range.high, range.value]).toEqual([40000, 80000, undefined]);
    expect(data.figures.find((f) => f.id === 'h200-price')!.sources).toEqual(['wire-a', 'wire-b']);
    expect(data.events.map((e) => e.date)).toContain('2026-05');
    expect(data.events.find((e) => e.id === 'approval-2026')!.dateNote).toEqual({
      en: 'Another outlet dates it a day later.',
      fr: 'Un autre média le date du lendemain.',
    });
  });

  it('names file, line and field for a value that is not a plain number', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('lower,2000000', 'lower,"2,000,000+"'));
    expect(load(dir)).toThrow(/^figures\.csv:2: field "value": got "2,000,000\+", expected a plain number such as 2000000/);
  });

  it('refuses a negative count', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('approximate,700000', 'approximate,-700000'));
    expect(load(dir)).toThrow(/^figures\.csv:3: field "value": got "-700000", expected a number that is zero or more/);
  });

  it('refuses a date that does not exist', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('2026-02-24,agency-c', '2026-02-30,agency-c'));
    expect(load(dir)).toThrow(/^figures\.csv:6: field "as_of": got "2026-02-30", expected a date that exists on the calendar/);
  });

  it('refuses a range whose low end is above its high end', () => {
    const dir = withEdit('figures.csv', (t) => t.replace(',40000,80000,', ',90000,80000,'));
    expect(load(dir)).toThrow(/^figures\.csv:5: field "low": got 90000 above high 80000, expected low ≤ high/);
  });

  it('refuses a lower bound without a value', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('lower,400000', 'lower,'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "value": got nothing, expected a number for bound "lower"/);
  });

  it('refuses an unknown bound kind', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('chips,exact,0', 'chips,roughly,0'));
    expect(load(dir)).toThrow(/^figures\.csv:6: field "bound": got "roughly", expected one of exact, approximate, lower, upper, range/);
  });

  it('refuses a figure citing a source that does not exist', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('2026-01-28,wire-b', '2026-01-28,wire-z'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "sources": got "wire-z", expected the id of a row in content\/data\/sources\.csv/);
  });

  it('refuses a figure with no quote, naming its line', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('"approved to buy more than 400,000 H200 chips in total",wire-b', ',wire-b'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "quote": got nothing, expected the source's own words that state the number/);
  });

  it('refuses a quote that states another number', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('more than 400,000 H200 chips in total', 'more than 300,000 H200 chips in total'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "quote": found "more than 300,000", expected the quote to state the row's number, 400,000/);
  });

  it('refuses a quote whose hedge disagrees with the bound, naming the words and the bound', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('approved to buy more than 400,000', 'approved to buy about 400,000'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "quote": found "about 400,000", which reads as bound "approximate", expected bound "lower"/);
  });

  it('refuses a quote taken from a source the row does not cite', () => {
    const dir = withEdit('figures.csv', (t) => t.replace('H200 chips in total",wire-b', 'H200 chips in total",wire-a'));
    expect(load(dir)).toThrow(/^figures\.csv:4: field "quote_source": got "wire-a", expected one of the row's sources \(wire-b\)/);
  });

  it('refuses a figure or an event resting only on a page no one read', () => {
    const figure = withEdit('sources.csv', (t) =>
      t.replace(
        'Regulator approves imports,https://times.example/approval,2026-01-28,en,original,,H',
        'Regulator approves imports,https://times.example/approval,2026-01-28,en,original,,unverified',
      ),
    );
    expect(load(figure)).toThrow(/^figures\.csv:4: field "sources": got only sources graded "unverified" \(wire-b\)/);
  });

  it('refuses a duplicate id, naming the first line', () => {
    const dir = withEdit('sources.csv', (t) => t.replace('wire-b,', 'wire-a,'));
    expect(load(dir)).toThrow(/^sources\.csv:3: field "id": got "wire-a" again \(first on line 2\)/);
  });

  it('refuses a source URL that is not http(s)', () => {
    const dir = withEdit('sources.csv', (t) => t.replace('https://times.example/approval', 'ftp://times.example/approval'));
    expect(load(dir)).toThrow(/^sources\.csv:3: field "url": got "ftp:\/\/times\.example\/approval", expected an http\(s\) URL/);
  });

  it('reports a broken CSV quote with its line', () => {
    const dir = withEdit('sources.csv', (t) => t.replace('"Firms order chips, sources say"', '"Firms order chips, sources say'));
    expect(load(dir)).toThrow(/^sources\.csv:2: field "title": not valid CSV: got a quote that is never closed, expected a closing quote/);
  });

  it('refuses an empty data file', () => {
    const dir = withEdit('figures.csv', () => '');
    expect(load(dir)).toThrow(/^figures\.csv:1: field "id": got an empty file, expected a header line naming the columns/);
  });

  it('names the line and field of a bad event', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('actor: chinese-government', 'actor: beijing'));
    expect(load(dir)).toThrow(/^events\.yaml:17: field "actor": got "beijing", expected one of us-government, chinese-government/);
  });

  it('refuses an event with no source', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('sources: [agency-c]', 'sources: []'));
    expect(load(dir)).toThrow(/^events\.yaml:27: field "sources": got "\[\]", expected at least one source id/);
  });

  it('refuses an event citing an unknown figure', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('figures: [h200-shipped]', 'figures: [h200-sold]'));
    expect(load(dir)).toThrow(/^events\.yaml:28: field "figures": got "h200-sold", expected the id of a row in content\/data\/figures\.csv/);
  });

  it('refuses an event stating a number none of its figures holds', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('ordered more than 2 million chips', 'ordered more than 3 million chips'));
    expect(load(dir)).toThrow(
      /^events\.yaml:11: field "summary": states 3,000,000, expected only numbers held by the figures the event cites \(h200-ordered, h200-inventory\)/,
    );
  });

  it('reports a YAML tab with its line', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('  actor: nvidia', '\tactor: nvidia'));
    expect(load(dir)).toThrow(/^events\.yaml:31: field "actor": not valid YAML: got a tab in the indentation, expected spaces only/);
  });

  it('refuses an event title without English', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('title: { en: None shipped so far, ', 'title: { '));
    expect(load(dir)).toThrow(/^events\.yaml:25: field "title_en": got nothing, expected an English text \(en\)/);
  });

  it('refuses a text cell a spreadsheet would run as a formula, naming the column, but not a number column', () => {
    const note = withEdit('figures.csv', (t) => t.replace('Includes another chip,', '"=HYPERLINK(""https://evil.example"")",'));
    expect(load(note)).toThrow(
      /^figures\.csv:3: field "note_en": got "=HYPERLINK\("https:\/\/evil\.example"\)", which starts with "=", expected text that starts with a letter/,
    );
    const title = withEdit('sources.csv', (t) => t.replace('Regulator approves imports,', '@Regulator approves imports,'));
    expect(load(title)).toThrow(/^sources\.csv:3: field "title": got "@Regulator approves imports", which starts with "@"/);
    // A negative value is a number refused as such, not text.
    const value = withEdit('figures.csv', (t) => t.replace('approximate,700000', 'approximate,-700000'));
    expect(load(value)).toThrow(/field "value": got "-700000", expected a number that is zero or more/);
  });

  it('refuses a cell that starts with a tab, though the CSV reader trims it away', () => {
    const dir = withEdit('figures.csv', (t) => t.replace(',Stock,FR Stock,', ',\tStock,FR Stock,'));
    expect(load(dir)).toThrow(/^figures\.csv:3: field "label_en": got "\\tStock", which starts with a tab, .*delete the tab$/);
  });

  it('refuses an event text a spreadsheet would run as a formula, naming its line and language', () => {
    const dir = withEdit('events.yaml', (t) => t.replace('title: { en: Regulator approves imports,', 'title: { en: "+3 firms approved",'));
    expect(load(dir)).toThrow(/^events\.yaml:18: field "title_en": got "\+3 firms approved", which starts with "\+"/);
  });
});
