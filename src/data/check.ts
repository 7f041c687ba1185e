/** Checks what one row cannot check alone: unique ids, references between files, bounds against values. */
import { DataError, type Location } from './errors.ts';
import { quantitiesIn } from './prose.ts';
import { quoteProblem } from './quote.ts';
import { figureValues } from './values.ts';
import type { Located } from './errors.ts';
import type { Event, Figure, Lang, Source } from './schema.ts';

/** A figure whose quote may be missing: those of a release made before rows carried quotes. */
type CheckedFigure = Omit<Figure, 'quote' | 'quoteSource'> & Partial<Pick<Figure, 'quote' | 'quoteSource'>>;

interface LocatedDataset<F extends CheckedFigure> {
  sources: Located<Source>[];
  figures: Located<F>[];
  events: Located<Event>[];
}

/**
 * Returns the plain dataset when every check passes; throws a `DataError` at the first that fails.
 * A figure's quote is checked where it has one (today's schema requires it; a first release has none).
 */
export function checkDataset<F extends CheckedFigure>({ sources, figures, events }: LocatedDataset<F>): { sources: Source[]; figures: F[]; events: Event[] } {
  const sourceIds = uniqueIds(sources);
  const unverified = new Set(sources.filter((s) => s.row.confidence === 'unverified').map((s) => s.row.id));
  const figureIds = uniqueIds(figures);
  const figuresById = new Map(figures.map((f) => [f.row.id, f.row]));
  uniqueIds(events);
  for (const figure of figures) {
    checkBound(figure.row, figure.location);
    references(figure.row.sources, sourceIds, at(figure, 'sources'), 'sources.csv');
    readSources(figure.row.sources, unverified, at(figure, 'sources'));
    if (figure.row.quote !== undefined) checkQuote(figure as Located<CheckedFigure> as Located<Figure>, unverified);
  }
  for (const event of events) {
    references(event.row.sources, sourceIds, at(event, 'sources'), 'sources.csv');
    readSources(event.row.sources, unverified, at(event, 'sources'));
    references(event.row.figures, figureIds, at(event, 'figures'), 'figures.csv');
    checkStatedNumbers(event, figuresById);
  }
  return { sources: sources.map((s) => s.row), figures: figures.map((f) => f.row), events: events.map((e) => e.row) };
}

/** Where a field of a row was read: its own line where it has one, else the row's. */
function at({ location, fieldLines }: Located<unknown>, field: string): Location {
  return { ...location, line: fieldLines?.[field] ?? location.line, field };
}

function uniqueIds(rows: Located<{ id: string }>[]): Set<string> {
  const seen = new Map<string, number | undefined>();
  for (const { row, location } of rows) {
    if (seen.has(row.id)) {
      throw new DataError(at({ row, location }, 'id'), `got "${row.id}" again (first on line ${seen.get(row.id)}), expected an id used once`);
    }
    seen.set(row.id, location.line);
  }
  return new Set(seen.keys());
}

function references(ids: string[], known: Set<string>, location: Location, file: string) {
  for (const id of ids) {
    if (!known.has(id)) throw new DataError(location, `got "${id}", expected the id of a row in content/data/${file}`);
  }
}

/** A row rests on at least one page we read: sources graded `unverified` may stand beside one, never alone. */
function readSources(ids: string[], unverified: Set<string>, location: Location) {
  if (ids.every((id) => unverified.has(id))) {
    throw new DataError(
      location,
      `got only sources graded "unverified" (${ids.join(', ')}), expected at least one source whose page we read and graded H, M or L`,
    );
  }
}

/** The quote is taken from a source the row cites and read, and states the row's number with a hedge that agrees with its bound. */
function checkQuote(figure: Located<Figure>, unverified: Set<string>) {
  const { row } = figure;
  if (row.quoteSource === undefined) {
    throw new DataError(at(figure, 'quote_source'), "got nothing, expected the id of the source the quote is taken from, one of the row's sources");
  }
  if (!row.sources.includes(row.quoteSource)) {
    throw new DataError(
      at(figure, 'quote_source'),
      `got "${row.quoteSource}", expected one of the row's sources (${row.sources.join(', ')}): a quote comes from a source the row cites`,
    );
  }
  if (unverified.has(row.quoteSource)) {
    throw new DataError(at(figure, 'quote_source'), `got "${row.quoteSource}", a source graded "unverified", expected a source whose page we read`);
  }
  const problem = quoteProblem(row);
  if (problem) throw new DataError(at(figure, 'quote'), problem);
}

/** An event's title and summary state only numbers held by the figures it cites. */
function checkStatedNumbers(event: Located<Event>, figuresById: Map<string, CheckedFigure>) {
  const cited = event.row.figures.map((id) => figuresById.get(id)!);
  const held = new Set(cited.flatMap(figureValues));
  for (const field of ['title', 'summary'] as const) {
    for (const [lang, text] of Object.entries(event.row[field])) {
      const stray = quantitiesIn(text, lang as Lang).find((n) => !held.has(n));
      if (stray !== undefined) {
        throw new DataError(
          at(event, field),
          `${lang === 'en' ? '' : `(${lang}) `}states ${stray.toLocaleString('en')}, expected only numbers held by the figures the event cites (${cited.map((f) => f.id).join(', ') || 'none'}): add the figure's id to "figures"`,
        );
      }
    }
  }
}

function checkBound(figure: CheckedFigure, location: Location) {
  const at = (field: string) => ({ ...location, field });
  if (figure.bound === 'range') {
    if (figure.low === undefined) throw new DataError(at('low'), 'got nothing, expected the low end of the range');
    if (figure.high === undefined) throw new DataError(at('high'), 'got nothing, expected the high end of the range');
    if (figure.low > figure.high) {
      throw new DataError(at('low'), `got ${figure.low} above high ${figure.high}, expected low ≤ high`);
    }
    if (figure.value !== undefined) throw new DataError(at('value'), `got ${figure.value}, expected nothing for a range (use low and high)`);
  } else {
    if (figure.value === undefined) throw new DataError(at('value'), `got nothing, expected a number for bound "${figure.bound}"`);
    if (figure.low !== undefined || figure.high !== undefined) {
      throw new DataError(at(figure.low !== undefined ? 'low' : 'high'), `expected low and high only when bound is "range", not "${figure.bound}"`);
    }
  }
}
