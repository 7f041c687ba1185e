/**
 * Reads `content/data/` (CSV through csv-parse, YAML through yaml), validates every row with the
 * schemas in `schema.ts` and the references between rows, and fails on the first error with the
 * file, line and field. Pure Node: used by the content collections and by the tests alike.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { DataError, shown, type Located, type Location } from './errors.ts';

export type { Located };
import { checkDataset } from './check.ts';
import { refuseControlCharacters } from './text-check.ts';
import { cellsAsWritten, cellText, findFormula, formulaMessage, formulaStart, NUMBER_COLUMNS } from './formula-check.ts';
import { LANGUAGES, eventSchema, figureSchema, sourceSchema, type Dataset } from './schema.ts';

/** Column or key names in the files, for the schema fields whose names differ. */
const FIELD_NAMES: Record<string, string> = { asOf: 'as_of', dateNote: 'date_note', quoteSource: 'quote_source' };
const fieldName = (key: string) => FIELD_NAMES[key] ?? key;

/** A text column in a CSV file: a field name and the language its text is in (`label_en`, `note_fr`). */
const TEXT_COLUMN = new RegExp(`^(.+)_(${LANGUAGES.join('|')})$`);

/** Loads, validates and cross-checks the three data files of `dir` (default `content/data`). */
export function loadDataset(dir = join(process.cwd(), 'content', 'data'), root = process.cwd()): Dataset {
  const file = (name: string) => ({ path: join(dir, name), name: relative(root, join(dir, name)) });
  const sources = loadCsv(file('sources.csv'), sourceSchema);
  const figures = loadCsv(file('figures.csv'), figureSchema);
  const events = loadYamlList(file('events.yaml'), eventSchema);
  return checkDataset({ sources, figures, events });
}

/**
 * Reads a CSV file whose first line names the columns; `label_en`, `label_fr` become `label: { en, fr }`.
 * A text cell that a spreadsheet would run as a formula is refused (formula-check.ts).
 */
export function loadCsv<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>>[] {
  const text = readText(file);
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  // The line the last whole row ended on: a quote never closed opens on the row after it.
  let lastRowEnd = 1;
  try {
    records = parseCsv(text, {
      columns: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      bom: true,
      trim: true,
      on_record: (record, { lines }) => {
        lastRowEnd = lines;
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw csvError(error, file.name, lastRowEnd + 1);
    throw error;
  }
  if (records.length === 0) {
    const header = text.trim() !== '';
    throw new DataError(
      { file: file.name, line: header ? 2 : 1, field: 'id' },
      header
        ? 'got no rows, expected at least one row under the header line'
        : 'got an empty file, expected a header line naming the columns (id, …) and at least one row',
    );
  }
  return records.map(({ record, raw, info }) => {
    const location = { file: file.name, line: info.lines };
    refuseCsvFormula(raw, Object.keys(record), location);
    return { row: validate(schema, gatherLanguages(record), location), location };
  });
}

/** Refuses a text cell of one CSV record, as written in the file, that a spreadsheet would run as a formula. */
function refuseCsvFormula(raw: string, columns: string[], location: Location) {
  const cells = cellsAsWritten(raw).map(cellText);
  const at = cells.findIndex((cell, i) => !NUMBER_COLUMNS.has(columns[i]) && formulaStart(cell));
  if (at >= 0) throw new DataError({ ...location, field: columns[at] }, formulaMessage(cells[at]));
}

/** A csv-parse error in a journalist's words: the line, the column, and what the file should have there. */
function csvError(error: CsvError, file: string, rowStart: number): DataError {
  const { lines: line, column, record } = error as CsvError & { lines?: number; column?: string | number; record?: string[] };
  const field = typeof column === 'string' ? column : undefined;
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return new DataError(
        { file, line, field },
        'not valid CSV: got a quote inside a cell, expected the whole cell in quotes ("…") with any quote inside it doubled ("")',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new DataError(
        { file, line, field },
        'not valid CSV: got text right after a closing quote, expected a comma or the end of the line (a quote inside a quoted cell is written "")',
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DataError(
        { file, line: rowStart, field },
        'not valid CSV: got a quote that is never closed, expected a closing quote (") at the end of the cell',
      );
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return new DataError(
        { file, line, field: 'cells' },
        `not valid CSV: got ${record?.length} cells, expected one for each column of the header line (an unquoted comma splits a cell)`,
      );
    default:
      return new DataError({ file, line, field }, `not valid CSV: ${error.message}, expected cells separated by commas, quoted where they hold one`);
  }
}

/**
 * Reads a YAML file holding a list of maps, keeping each item's line for error messages. These are
 * data files, published in CSV: a text that a spreadsheet would run as a formula is refused.
 */
export function loadYamlList<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>>[] {
  const { doc, lineOf } = parseYaml(file);
  const list = doc.contents;
  if (!isSeq(list) || list.items.length === 0) {
    throw new DataError(
      { file: file.name, line: 1, field: 'id' },
      `got ${list ? 'something else' : 'nothing'}, expected a list of items, each starting with "- id: …"`,
    );
  }
  return list.items.map((item) => readMap(item, doc, file, schema, lineOf, 'expected a map of fields (id, date, actor, …)', { formulas: true }));
}

/** Reads a YAML file holding one map of fields, such as content/site.yaml, validated by `schema`. */
export function loadYamlRecord<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>> {
  const { doc, lineOf } = parseYaml(file);
  return readMap(doc.contents, doc, file, schema, lineOf, 'expected a map of fields (name: …, licence: …)');
}

/**
 * Reads the frontmatter of an MDX or Markdown file (the YAML between its first two `---` lines),
 * validated by `schema`, with errors at the line of the file.
 */
export function loadFrontmatter<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>> {
  const text = readText(file);
  const m = /^---\r?\n([\s\S]*?)^---\s*$/m.exec(text);
  if (m?.index !== 0)
    throw new DataError({ file: file.name, line: 1 }, 'no frontmatter: expected the file to start with a line "---", its fields (title: …), and another "---"');
  // A blank line stands for the opening "---", so the YAML's lines are the file's.
  const { doc, lineOf } = parseYaml(file, `\n${m[1]}`);
  return readMap(doc.contents, doc, file, schema, lineOf, 'expected a map of fields (title: …, dek: …)');
}

/** Parses YAML, throwing at the line of the first syntax error; `lineOf` gives a node's line. */
function parseYaml(file: { path: string; name: string }, text = readText(file)) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const line = lineCounter.linePos(doc.errors[0].pos[0]).line;
    throw yamlError(doc.errors[0].message, text.split('\n'), line, file.name);
  }
  const lineOf = (node: unknown) =>
    node && typeof node === 'object' && 'range' in node && (node as Node).range ? lineCounter.linePos((node as Node).range![0]).line : undefined;
  return { doc, lineOf };
}

/**
 * A YAML syntax error at `line`, naming the key written on that line. A tab in the indentation,
 * the commonest slip, is said as such (the yaml library reports what it then fails to read).
 */
function yamlError(message: string, lines: string[], line: number, file: string): DataError {
  const tabbed = lines.findIndex((text, i) => i >= line - 2 && i <= line && /^[ ]*\t/.test(text));
  const at = tabbed >= 0 ? tabbed + 1 : line;
  const field = /^[\s-]*([\w.-]+)\s*:/.exec(lines[at - 1] ?? '')?.[1];
  const said =
    tabbed >= 0
      ? 'got a tab in the indentation, expected spaces only'
      : `got ${message.split('\n')[0].replace(/ at line \d+.*$/, '')}, expected YAML such as key: value, indented with spaces, text with a colon or quote in "double quotes"`;
  return new DataError({ file, line: at, field }, `not valid YAML: ${said}`);
}

/** Validates one YAML map with `schema`, naming the line of the field at fault. */
function readMap<S extends z.ZodType>(
  item: unknown,
  doc: ReturnType<typeof parseDocument>,
  file: { name: string },
  schema: S,
  lineOf: (node: unknown) => number | undefined,
  expected: string,
  { formulas = false } = {},
): Located<z.output<S>> {
  const location = { file: file.name, line: lineOf(item) ?? 1 };
  if (!isMap(item)) throw new DataError(location, expected);
  const raw = item.toJS(doc) as Record<string, unknown>;
  // The deepest node of `path` that exists: a missing key is reported at the line of its parent.
  const lineAt = (path: PropertyKey[]) => {
    const keys = path.map((key, i) => (i === 0 ? fieldName(String(key)) : key));
    for (let n = keys.length; n > 0; n--) {
      const line = lineOf(item.getIn(keys.slice(0, n), true));
      if (line) return line;
    }
    return location.line;
  };
  const formula = formulas ? findFormula(renameKeys(raw)) : undefined;
  if (formula) throw new DataError({ ...location, line: lineAt(formula.path), field: fieldPath(formula.path) }, formulaMessage(formula.text));
  const fieldLines = Object.fromEntries(Object.keys(raw).map((key) => [renameKey(key), lineAt([renameKey(key)])]));
  return { row: validate(schema, renameKeys(raw), location, lineAt), location, fieldLines, lineAt };
}

/** A content file's text, refused at its first control character. */
export function readText(file: { path: string; name: string }): string {
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch {
    throw new DataError({ file: file.name }, 'cannot read the file: expected it to exist');
  }
  refuseControlCharacters(text, file.name);
  return text;
}

function validate<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  location: Location,
  lineAt: (path: PropertyKey[]) => number | undefined = () => location.line,
): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldPath(issue.path);
  const received = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], raw);
  const expected = issue.code === 'unrecognized_keys' ? `no unknown fields (${issue.keys.join(', ')})` : issue.message;
  throw new DataError({ ...location, line: lineAt(issue.path), field }, `got ${shown(received)}, expected ${expected}`);
}

/** A field's name as the file writes it: a text's language is a suffix, as CSV columns write it (`title_fr`); any other path has dots (`licence.url`). */
function fieldPath(path: PropertyKey[]): string {
  const key = String(path[0] ?? '');
  const language = path.length === 2 && (LANGUAGES as readonly PropertyKey[]).includes(path[1]);
  return language ? `${fieldName(key)}_${String(path[1])}` : [fieldName(key), ...path.slice(1).map(String)].join('.');
}

/** `{ label_en, label_fr, as_of }` → `{ label: { en, fr }, asOf }`; empty cells are left out. */
function gatherLanguages(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === '') continue;
    const m = TEXT_COLUMN.exec(column);
    if (m) {
      out[m[1]] ??= {};
      (out[m[1]] as Record<string, string>)[m[2]] = cell;
    } else out[renameKey(column)] = cell;
  }
  return out;
}

function renameKeys(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [renameKey(key), value]));
}

const renameKey = (name: string) => Object.entries(FIELD_NAMES).find(([, n]) => n === name)?.[0] ?? name;
