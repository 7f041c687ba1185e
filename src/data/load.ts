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
import { DataError, shown, type Location } from './errors.ts';
import { checkDataset } from './check.ts';
import { LANGUAGES, eventSchema, figureSchema, sourceSchema, type Dataset } from './schema.ts';

/** A validated row and where it was read. */
export interface Located<T> {
  row: T;
  location: Location;
  /** The line of each field, where the format gives fields lines of their own (YAML). */
  fieldLines?: Record<string, number | undefined>;
  /** The line of a nested field, such as `['strings', 'skip', 'fr']` (YAML). */
  lineAt?: (path: PropertyKey[]) => number;
}

/** Column or key names in the files, for the schema fields whose names differ. */
const FIELD_NAMES: Record<string, string> = { asOf: 'as_of', dateNote: 'date_note' };
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

/** Reads a CSV file whose first line names the columns; `label_en`, `label_fr` become `label: { en, fr }`. */
export function loadCsv<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>>[] {
  const text = readText(file);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new DataError({ file: file.name, line }, `not valid CSV: ${error.message}`);
    }
    throw error;
  }
  if (records.length === 0) throw new DataError({ file: file.name }, 'no rows: expected a header line and at least one row');
  return records.map(({ record, info }) => {
    const location = { file: file.name, line: info.lines };
    return { row: validate(schema, gatherLanguages(record), location), location };
  });
}

/** Reads a YAML file holding a list of maps, keeping each item's line for error messages. */
export function loadYamlList<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>>[] {
  const { doc, lineOf } = parseYaml(file);
  const list = doc.contents;
  if (!isSeq(list) || list.items.length === 0) {
    throw new DataError({ file: file.name, line: 1 }, 'expected a list of items, each starting with "- id: …"');
  }
  return list.items.map((item) => readMap(item, doc, file, schema, lineOf, 'expected a map of fields (id, date, actor, …)'));
}

/** Reads a YAML file holding one map of fields, such as content/site.yaml, validated by `schema`. */
export function loadYamlRecord<S extends z.ZodType>(file: { path: string; name: string }, schema: S): Located<z.output<S>> {
  const { doc, lineOf } = parseYaml(file);
  return readMap(doc.contents, doc, file, schema, lineOf, 'expected a map of fields (name: …, licence: …)');
}

/** Parses YAML, throwing at the line of the first syntax error; `lineOf` gives a node's line. */
function parseYaml(file: { path: string; name: string }) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readText(file), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new DataError({ file: file.name, line }, `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const lineOf = (node: unknown) =>
    node && typeof node === 'object' && 'range' in node && (node as Node).range
      ? lineCounter.linePos((node as Node).range![0]).line
      : undefined;
  return { doc, lineOf };
}

/** Validates one YAML map with `schema`, naming the line of the field at fault. */
function readMap<S extends z.ZodType>(
  item: unknown,
  doc: ReturnType<typeof parseDocument>,
  file: { name: string },
  schema: S,
  lineOf: (node: unknown) => number | undefined,
  expected: string,
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
  const fieldLines = Object.fromEntries(Object.keys(raw).map((key) => [renameKey(key), lineAt([renameKey(key)])]));
  return { row: validate(schema, renameKeys(raw), location, lineAt), location, fieldLines, lineAt };
}

function readText(file: { path: string; name: string }): string {
  try {
    return readFileSync(file.path, 'utf8');
  } catch {
    throw new DataError({ file: file.name }, 'cannot read the file: expected it to exist');
  }
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
  const key = String(issue.path[0] ?? '');
  // `title_fr` for a text's language, as CSV columns name it; a deeper path is written with dots.
  const field =
    issue.path.length > 2
      ? [fieldName(key), ...issue.path.slice(1).map(String)].join('.')
      : fieldName(key) + (issue.path.length > 1 && typeof issue.path[1] === 'string' ? `_${issue.path[1]}` : '');
  const received = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], raw);
  const expected = issue.code === 'unrecognized_keys' ? `no unknown fields (${issue.keys.join(', ')})` : issue.message;
  throw new DataError({ ...location, line: lineAt(issue.path), field }, `got ${shown(received)}, expected ${expected}`);
}

/** `{ label_en, label_fr, as_of }` → `{ label: { en, fr }, asOf }`; empty cells are left out. */
function gatherLanguages(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === '') continue;
    const m = TEXT_COLUMN.exec(column);
    if (m) ((out[m[1]] ??= {}) as Record<string, string>)[m[2]] = cell;
    else out[renameKey(column)] = cell;
  }
  return out;
}

function renameKeys(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [renameKey(key), value]));
}

const renameKey = (name: string) => Object.entries(FIELD_NAMES).find(([, n]) => n === name)?.[0] ?? name;
