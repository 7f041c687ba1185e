/**
 * A release's data as the package's six tables: figures, sources and events (flattened: a column
 * per language, lists written `a;b`), and the join tables that carry their links as foreign keys
 * (figure_sources, event_sources, event_figures). Each table comes with its Table Schema. Every
 * cell is a string, '' for a missing value. Depends on the release's data alone.
 */
import type { Event, Source } from '../data/schema.ts';
import type { ReleaseData, ReleasedFigure } from '../data/release.ts';
import { enumField, field, ID_LIST_PATTERN, ID_PATTERN, PARTIAL_DATE_NOTE, PARTIAL_DATE_PATTERN, type ForeignKey, type TableSchema } from './table-schema.ts';

/** One table of the package: its resource name (and file `<name>.csv`), words, schema and rows. */
export interface Table {
  name: string;
  title: string;
  description: string;
  schema: TableSchema;
  rows: string[][];
}

const cell = (v: string | number | undefined) => (v === undefined ? '' : String(v));
const list = (ids: string[]) => ids.join(';');
const key = (field: string, resource: string, to = 'id'): ForeignKey => ({ fields: [field], reference: { resource, fields: [to] } });
const id = (what: string) =>
  field('id', 'string', `The ${what}'s id, in kebab-case; stable from release to release.`, { required: true, unique: true, pattern: ID_PATTERN });
const text = (name: string, what: string, required: boolean) => [
  field(`${name}_en`, 'string', `${what}, in English.`, { required }),
  field(`${name}_fr`, 'string', `${what}, in French.`, { required }),
];
const idList = (name: string, what: string, required: boolean, join: string) =>
  field(name, 'string', `${what}, separated by ";" (a list written in one cell). The same links, one per row, are in ${join}.csv.`, {
    required,
    pattern: ID_LIST_PATTERN,
  });

/** The six tables of a release's data. */
export function releaseTables(data: ReleaseData): Table[] {
  return [figuresTable(data.figures), sourcesTable(data.sources), eventsTable(data.events), ...joinTables(data)];
}

function figuresTable(figures: ReleasedFigure[]): Table {
  const quoted = figures.filter((f) => f.quote !== undefined).length;
  const unquoted =
    quoted === 0
      ? ' This release was recorded before every figure carried its source\u2019s own words: the column is empty in every row.'
      : quoted < figures.length
        ? ' Empty for the figures recorded without them.'
        : '';
  const everyQuote = quoted === figures.length;
  const number = (name: string, what: string) => field(name, 'number', what, { minimum: 0 });
  return {
    name: 'figures',
    title: 'Figures',
    description:
      'One row per number stated by a source: what it counts, its value, how the value relates to the truth (bound), the date it describes and the sources it rests on.',
    schema: {
      fields: [
        id('figure'),
        enumField(
          'measure',
          'What is counted (ordered, approved, shipped, inventory…): orders are not approvals, and approvals are not shipments.',
          figures.map((f) => f.measure),
        ),
        field('chip', 'string', 'The chip the number is about (H200, H20, GH200…); empty when it is not about one chip.'),
        enumField(
          'unit',
          'The unit of value, low and high.',
          figures.map((f) => f.unit),
        ),
        enumField(
          'bound',
          'How the value relates to the truth: exact, approximate (about), lower (more than), upper (up to), or range (from low to high).',
          figures.map((f) => f.bound),
        ),
        number('value', 'The number, in unit; empty for a range.'),
        number('low', "The range's low end, when bound is range."),
        number('high', "The range's high end, when bound is range."),
        field('as_of', 'string', `The date the number describes. ${PARTIAL_DATE_NOTE}`, { required: true, pattern: PARTIAL_DATE_PATTERN }),
        idList('sources', 'The ids of the sources (sources.csv) the number rests on', true, 'figure_sources'),
        enumField(
          'status',
          'reported (by a news source), official (a government or company statement) or contested (disputed by a party; the note says by whom).',
          figures.map((f) => f.status),
        ),
        ...text('label', 'A short name of what is counted, as charts and tables show it', true),
        ...text('note', 'A caveat shown with the figure', false),
        field(
          'quote',
          'string',
          `The source\u2019s own words that state the number, verbatim and in the source\u2019s language, with the hedge it is stated with.${unquoted}`,
          { required: everyQuote },
        ),
        field('quote_source', 'string', `The id of the source (sources.csv) the quote is taken from: one of the row\u2019s sources.${unquoted}`, {
          required: everyQuote,
          pattern: ID_PATTERN,
        }),
      ],
      missingValues: [''],
      primaryKey: ['id'],
      foreignKeys: [key('quote_source', 'sources')],
    },
    rows: figures.map((f) => [
      f.id,
      f.measure,
      cell(f.chip),
      f.unit,
      f.bound,
      cell(f.value),
      cell(f.low),
      cell(f.high),
      f.asOf,
      list(f.sources),
      f.status,
      f.label.en,
      f.label.fr,
      cell(f.note?.en),
      cell(f.note?.fr),
      cell(f.quote),
      cell(f.quoteSource),
    ]),
  };
}

function sourcesTable(sources: Source[]): Table {
  return {
    name: 'sources',
    title: 'Sources',
    description: 'Every page a figure or event rests on: who published it, its headline, address and date, and our grade of it.',
    schema: {
      fields: [
        id('source'),
        field('publisher', 'string', 'Who published the page the URL points to.', { required: true }),
        field('title', 'string', "The page's headline, in its own language, as published.", { required: true }),
        field('url', 'string', 'The page a reader can follow.', { required: true }, { format: 'uri' }),
        field('published', 'string', `The date the page was published. ${PARTIAL_DATE_NOTE}`, { required: true, pattern: PARTIAL_DATE_PATTERN }),
        field('language', 'string', "The page's language, as a BCP 47 code (en, fr, zh…).", { required: true, pattern: '[a-z]{2,3}(-[A-Za-z0-9]+)*' }),
        enumField(
          'kind',
          'original (the outlet reported it) or republication (the page carries another outlet\u2019s report).',
          sources.map((s) => s.kind),
        ),
        field('republishes', 'string', 'For a republication, the outlet whose report the page carries.'),
        enumField(
          'confidence',
          'Our grade of the page the URL points to (H, M or L; unverified for a page we could not read). README.md gives the rule this release graded by.',
          sources.map((s) => s.confidence),
        ),
        ...text('note', 'How the page was checked and what it does not say', false),
      ],
      missingValues: [''],
      primaryKey: ['id'],
    },
    rows: sources.map((s) => [
      s.id,
      s.publisher,
      s.title,
      s.url,
      s.published,
      s.language,
      s.kind,
      cell(s.republishes),
      s.confidence,
      cell(s.note?.en),
      cell(s.note?.fr),
    ]),
  };
}

function eventsTable(events: Event[]): Table {
  return {
    name: 'events',
    title: 'Events',
    description: 'Policy moves and market events, oldest first: who made them, when, and the sources and figures they rest on.',
    schema: {
      fields: [
        id('event'),
        field('date', 'string', `The day of the event. ${PARTIAL_DATE_NOTE}`, { required: true, pattern: PARTIAL_DATE_PATTERN }),
        ...text('date_note', 'Where sources disagree on the date, what each says', false),
        enumField(
          'actor',
          'Who made the move.',
          events.map((e) => e.actor),
        ),
        ...text('title', 'A short headline', true),
        ...text('summary', 'One or two sentences', true),
        idList('sources', 'The ids of the sources (sources.csv) the event rests on', true, 'event_sources'),
        idList('figures', 'The ids of the figures (figures.csv) the event states; empty when it states none', false, 'event_figures'),
      ],
      missingValues: [''],
      primaryKey: ['id'],
    },
    rows: events.map((e) => [
      e.id,
      e.date,
      cell(e.dateNote?.en),
      cell(e.dateNote?.fr),
      e.actor,
      e.title.en,
      e.title.fr,
      e.summary.en,
      e.summary.fr,
      list(e.sources),
      list(e.figures),
    ]),
  };
}

/** A join table: one row per link from a row of `from` to a row of `to`, in the order the rows list them. */
function joinTable(name: string, description: string, [from, fromTable]: [string, string], [to, toTable]: [string, string], links: [string, string][]): Table {
  const seen = new Set<string>();
  // A row that named the same id twice is one link.
  const rows = links.filter(([a, b]) => !seen.has(`${a} ${b}`) && seen.add(`${a} ${b}`));
  return {
    name,
    title: name.replace('_', ' \u2192 ').replace(/^./, (c) => c.toUpperCase()),
    description,
    schema: {
      fields: [
        field(from, 'string', `The id of a row of ${fromTable}.csv.`, { required: true, pattern: ID_PATTERN }),
        field(to, 'string', `The id of a row of ${toTable}.csv.`, { required: true, pattern: ID_PATTERN }),
      ],
      missingValues: [''],
      primaryKey: [from, to],
      foreignKeys: [key(from, fromTable), key(to, toTable)],
    },
    rows: rows.map(([a, b]) => [a, b]),
  };
}

function joinTables({ figures, events }: ReleaseData): Table[] {
  return [
    joinTable(
      'figure_sources',
      'The sources each figure rests on, one link per row.',
      ['figure_id', 'figures'],
      ['source_id', 'sources'],
      figures.flatMap((f) => f.sources.map((s): [string, string] => [f.id, s])),
    ),
    joinTable(
      'event_sources',
      'The sources each event rests on, one link per row.',
      ['event_id', 'events'],
      ['source_id', 'sources'],
      events.flatMap((e) => e.sources.map((s): [string, string] => [e.id, s])),
    ),
    joinTable(
      'event_figures',
      'The figures each event states, one link per row.',
      ['event_id', 'events'],
      ['figure_id', 'figures'],
      events.flatMap((e) => e.figures.map((f): [string, string] => [e.id, f])),
    ),
  ];
}
