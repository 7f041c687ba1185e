import { describe, expect, it } from 'vitest';
import { castCell, checkTables, type TableResource } from './table-check.ts';
import { field, ID_PATTERN } from './table-schema.ts';

const sources: TableResource = {
  name: 'sources',
  path: 'sources.csv',
  schema: {
    fields: [
      field('id', 'string', 'id', { required: true, unique: true, pattern: ID_PATTERN }),
      field('url', 'string', 'url', { required: true }, { format: 'uri' }),
      field('grade', 'string', 'grade', { required: true, enum: ['H', 'M', 'L'] }),
    ],
    missingValues: [''],
    primaryKey: ['id'],
  },
};
const figures: TableResource = {
  name: 'figures',
  path: 'figures.csv',
  schema: {
    fields: [
      field('id', 'string', 'id', { required: true, pattern: ID_PATTERN }),
      field('value', 'number', 'value', { minimum: 0 }),
      field('quote_source', 'string', 'quote source'),
    ],
    missingValues: [''],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['quote_source'], reference: { resource: 'sources', fields: ['id'] } }],
  },
};
const links: TableResource = {
  name: 'links',
  path: 'links.csv',
  schema: {
    fields: [field('figure_id', 'string', 'f', { required: true }), field('source_id', 'string', 's', { required: true })],
    missingValues: [''],
    primaryKey: ['figure_id', 'source_id'],
    foreignKeys: [
      { fields: ['figure_id'], reference: { resource: 'figures', fields: ['id'] } },
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
    ],
  },
};

const GOOD = {
  'sources.csv': 'id,url,grade\r\nreuters-1,https://www.reuters.com/x,H\r\nblog-2,https://blog.example/y,L\r\n',
  'figures.csv': 'id,value,quote_source\r\nh200-ordered,2000000,reuters-1\r\nh200-price,0.25,\r\nh200-range,,blog-2\r\n',
  'links.csv': 'figure_id,source_id\r\nh200-ordered,reuters-1\r\nh200-ordered,blog-2\r\nh200-price,reuters-1\r\n',
};

/** The problems of the three tables, with `edits` replacing some files' text. */
const check = (edits: Partial<Record<keyof typeof GOOD, string>> = {}) =>
  checkTables([sources, figures, links], (path) => ({ ...GOOD, ...edits })[path as keyof typeof GOOD]);

describe('checkTables(resources, read)', () => {
  it('passes tables whose every value has its type and constraints, keys unique and foreign keys found (a missing foreign key points nowhere)', () => {
    expect(check()).toEqual([]);
  });

  it('names the file, line and field of a value of the wrong type', () => {
    expect(check({ 'figures.csv': 'id,value,quote_source\r\nh200-ordered,"2,000,000+",reuters-1\r\nh200-price,0.25,\r\n' })).toEqual([
      'figures.csv:2: field "value": got "2,000,000+", expected a number, such as 2000000 or 0.25',
    ]);
    expect(check({ 'sources.csv': 'id,url,grade\r\nreuters-1,www.reuters.com/x,H\r\nblog-2,https://blog.example/y,L\r\n' })).toEqual([
      'sources.csv:2: field "url": got "www.reuters.com/x", expected an absolute URI',
    ]);
  });

  it('refuses a missing required value, a value outside its enum, one not matching its pattern and a number under its minimum', () => {
    expect(
      check({
        'sources.csv': 'id,url,grade\r\nreuters-1,,H\r\nblog-2,https://blog.example/y,unverified\r\nBad_Id,https://x.example/,M\r\n',
        'figures.csv': 'id,value,quote_source\r\nh200-ordered,-5,\r\n',
        'links.csv': 'figure_id,source_id\r\n',
      }),
    ).toEqual([
      'sources.csv:2: field "url": got nothing, expected a value (the field is required)',
      'sources.csv:3: field "grade": got "unverified", expected one of H, M, L',
      'sources.csv:4: field "id": got "Bad_Id", expected a value matching [a-z0-9]+(-[a-z0-9]+)*',
      'figures.csv:2: field "value": got "-5", expected a number of at least 0',
    ]);
  });

  it('finds a duplicate primary key, of one field or of several, and a duplicate unique value', () => {
    expect(
      check({
        'figures.csv': 'id,value,quote_source\r\nh200-ordered,1,\r\nh200-price,2,\r\nh200-ordered,3,\r\n',
        'links.csv': 'figure_id,source_id\r\nh200-ordered,reuters-1\r\nh200-ordered,reuters-1\r\n',
        'sources.csv': 'id,url,grade\r\nreuters-1,https://www.reuters.com/x,H\r\nreuters-1,https://www.reuters.com/y,M\r\n',
      }),
    ).toEqual([
      'sources.csv:3: field "id": got "reuters-1" again (first on line 2), expected each value once',
      'sources.csv:3: primary key (id): got reuters-1 again (first on line 2), expected each key once',
      'figures.csv:4: primary key (id): got h200-ordered again (first on line 2), expected each key once',
      'links.csv:3: primary key (figure_id, source_id): got h200-ordered, reuters-1 again (first on line 2), expected each key once',
    ]);
  });

  it('finds a dangling foreign key, from a table and from a join table', () => {
    expect(
      check({
        'figures.csv': 'id,value,quote_source\r\nh200-ordered,2000000,reuters-9\r\n',
        'links.csv': 'figure_id,source_id\r\nh200-ordered,reuters-1\r\nh200-gone,reuters-1\r\n',
      }),
    ).toEqual([
      'figures.csv:2: foreign key (quote_source): got reuters-9, expected the id of a row of sources.csv',
      'links.csv:3: foreign key (figure_id): got h200-gone, expected the id of a row of figures.csv',
    ]);
  });

  it('refuses columns that are not the fields in order, and a row with a cell too many', () => {
    expect(check({ 'links.csv': 'source_id,figure_id\r\nreuters-1,h200-ordered\r\n' })).toEqual([
      'links.csv:1: got the columns source_id, figure_id, expected figure_id, source_id in that order',
    ]);
    expect(check({ 'links.csv': 'figure_id,source_id\r\nh200-ordered,reuters-1,x\r\n' })[0]).toMatch(/^links\.csv: not valid CSV: /);
  });

  it('reports a foreign key to a resource that is not there, and one naming a field the table lacks', () => {
    const lost = { ...links, schema: { ...links.schema, foreignKeys: [{ fields: ['figure_id'], reference: { resource: 'charts', fields: ['id'] } }] } };
    expect(checkTables([sources, figures, lost], (p) => GOOD[p as keyof typeof GOOD])).toEqual([
      'links.csv: foreign key (figure_id): points to the resource "charts", expected one of sources, figures, links',
    ]);
    const typo = { ...links, schema: { ...links.schema, primaryKey: ['figure', 'source_id'] } };
    expect(checkTables([sources, figures, typo], (p) => GOOD[p as keyof typeof GOOD])).toContain(
      'links.csv: primaryKey: names the field "figure", expected one of figure_id, source_id',
    );
  });
});

describe('castCell(field, raw, missingValues)', () => {
  it('reads numbers as Table Schema writes them, and a missing value as null', () => {
    const number = field('n', 'number', 'n');
    expect(['210', '-1.23', '+100000.00', '.5', '1E3', 'NaN', 'INF', '-inf'].map((raw) => castCell(number, raw, ['']))).toEqual(
      [210, -1.23, 100000, 0.5, 1000, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map((value) => ({ value })),
    );
    expect(castCell(number, '', [''])).toEqual({ value: null });
    expect(castCell(number, '1,000', [''])).toEqual({ expected: 'a number, such as 2000000 or 0.25' });
    expect(castCell(field('i', 'integer', 'i'), '2.5', [''])).toEqual({ expected: 'a whole number' });
  });

  it('refuses a type it does not check, rather than passing it', () => {
    expect(castCell({ name: 'd', type: 'date' as 'string', description: '' }, '2026-12-02', [''])).toEqual({
      expected: 'a type this checker knows (string, number, integer), not date',
    });
  });
});
