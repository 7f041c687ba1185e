/**
 * Checks CSV files against their Table Schemas (Data Package v2), for the types and constraints
 * the package uses: the header names the fields in order (fieldsMatch "exact"); each cell is
 * read as missing (missingValues) or cast to its type (string, with format uri; number; integer)
 * and held to its constraints (required, unique, enum, pattern, minimum); primary keys are
 * unique and whole; every foreign key is found in the table it points to (rows whose key is
 * wholly missing point nowhere, as in SQL). A type or constraint it does not know is reported,
 * never passed. No maintained JavaScript library checks Table Schema v2.
 */
import { parse } from 'csv-parse/sync';
import type { Field, TableSchema } from './table-schema.ts';

/** A table to check: its resource name, the file it is read from, and its schema. */
export interface TableResource {
  name: string;
  path: string;
  schema: TableSchema;
}

type Value = string | number | null;

/** A table read and cast: each row's line and logical values, in field order. */
interface ReadTable {
  resource: TableResource;
  rows: { line: number; values: Value[] }[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_NUMBERS: Record<string, number> = { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, '-inf': Number.NEGATIVE_INFINITY };
const KNOWN_CONSTRAINTS = new Set(['required', 'unique', 'enum', 'pattern', 'minimum']);

/** Every problem of `resources` read through `read` (path → CSV text), one sentence each naming the file, line and field; none when all is well. */
export function checkTables(resources: TableResource[], read: (path: string) => string): string[] {
  const problems: string[] = [];
  const tables = new Map<string, ReadTable>();
  for (const resource of resources) tables.set(resource.name, readTable(resource, read(resource.path), problems));
  for (const table of tables.values()) {
    checkPrimaryKey(table, problems);
    for (const key of table.resource.schema.foreignKeys ?? []) checkForeignKey(table, key, tables, problems);
  }
  return problems;
}

/** The logical value of `raw` in `field`, or a problem saying what was expected. */
export function castCell(field: Field, raw: string, missingValues: string[]): { value: Value } | { expected: string } {
  if (missingValues.includes(raw)) return { value: null };
  switch (field.type) {
    case 'string':
      if (field.format === 'uri' && !(/^[a-z][a-z0-9+.-]*:/i.test(raw) && URL.canParse(raw))) return { expected: 'an absolute URI' };
      if (field.format !== undefined && field.format !== 'uri') return { expected: `a format this checker knows (uri), not ${field.format}` };
      return { value: raw };
    case 'number':
      if (NUMBER.test(raw)) return { value: Number(raw) };
      if (raw.toLowerCase() in SPECIAL_NUMBERS) return { value: SPECIAL_NUMBERS[raw.toLowerCase()] };
      return { expected: 'a number, such as 2000000 or 0.25' };
    case 'integer':
      return /^[+-]?\d+$/.test(raw) ? { value: Number(raw) } : { expected: 'a whole number' };
    default:
      return { expected: `a type this checker knows (string, number, integer), not ${(field as { type: string }).type}` };
  }
}

/** What `value` breaks of `field`'s constraints, as "expected …" phrases. */
function broken(field: Field, value: Value): string[] {
  const c = field.constraints ?? {};
  const out = Object.keys(c)
    .filter((k) => !KNOWN_CONSTRAINTS.has(k))
    .map((k) => `a constraint this checker knows, not ${k}`);
  if (value === null) return c.required ? [...out, 'a value (the field is required)'] : out;
  if (c.enum && !c.enum.map((e) => (typeof value === 'number' ? Number(e) : e)).includes(value)) out.push(`one of ${c.enum.join(', ')}`);
  if (c.pattern !== undefined && !(typeof value === 'string' && new RegExp(`^(?:${c.pattern})$`, 'u').test(value))) out.push(`a value matching ${c.pattern}`);
  if (c.minimum !== undefined && !(typeof value === 'number' && value >= c.minimum)) out.push(`a number of at least ${c.minimum}`);
  return out;
}

const shown = (raw: string) => (raw === '' ? 'nothing' : JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}…` : raw));

function readTable(resource: TableResource, text: string, problems: string[]): ReadTable {
  const { path, schema } = resource;
  const table: ReadTable = { resource, rows: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types do not follow `info: true`, which wraps each record with where it was read.
    records = parse(text, { info: true, bom: false, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    problems.push(`${path}: not valid CSV: ${(error as Error).message}`);
    return table;
  }
  const header = records.shift()?.record ?? [];
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) {
    problems.push(`${path}:1: got the columns ${header.join(', ')}, expected ${names.join(', ')} in that order`);
    return table;
  }
  const unique = schema.fields.map(() => new Map<string, number>());
  for (const { record, info } of records) {
    const values = schema.fields.map((field, i) => {
      const raw = record[i];
      const cast = castCell(field, raw, schema.missingValues ?? ['']);
      if ('expected' in cast) {
        problems.push(`${path}:${info.lines}: field "${field.name}": got ${shown(raw)}, expected ${cast.expected}`);
        return null;
      }
      for (const expected of broken(field, cast.value)) problems.push(`${path}:${info.lines}: field "${field.name}": got ${shown(raw)}, expected ${expected}`);
      if (field.constraints?.unique && cast.value !== null) {
        const first = unique[i].get(String(cast.value));
        if (first !== undefined)
          problems.push(`${path}:${info.lines}: field "${field.name}": got ${shown(raw)} again (first on line ${first}), expected each value once`);
        else unique[i].set(String(cast.value), info.lines);
      }
      return cast.value;
    });
    table.rows.push({ line: info.lines, values });
  }
  return table;
}

const indexes = (table: ReadTable, fields: string[], at: string, problems: string[]) =>
  fields.map((f) => {
    const i = table.resource.schema.fields.findIndex((field) => field.name === f);
    if (i < 0) problems.push(`${at}: names the field "${f}", expected one of ${table.resource.schema.fields.map((field) => field.name).join(', ')}`);
    return i;
  });

function checkPrimaryKey({ resource, rows }: ReadTable, problems: string[]) {
  const key = resource.schema.primaryKey;
  if (!key) return;
  const at = indexes({ resource, rows }, key, `${resource.path}: primaryKey`, problems);
  if (at.includes(-1)) return;
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const tuple = at.map((i) => values[i]);
    if (tuple.includes(null)) {
      problems.push(`${resource.path}:${line}: primary key (${key.join(', ')}): got a missing value, expected every row to have its key`);
      continue;
    }
    const id = JSON.stringify(tuple);
    const first = seen.get(id);
    if (first !== undefined)
      problems.push(
        `${resource.path}:${line}: primary key (${key.join(', ')}): got ${tuple.join(', ')} again (first on line ${first}), expected each key once`,
      );
    else seen.set(id, line);
  }
}

function checkForeignKey(table: ReadTable, key: NonNullable<TableSchema['foreignKeys']>[number], tables: Map<string, ReadTable>, problems: string[]) {
  const { path } = table.resource;
  const target = key.reference.resource ? tables.get(key.reference.resource) : table;
  if (!target) {
    problems.push(
      `${path}: foreign key (${key.fields.join(', ')}): points to the resource "${key.reference.resource}", expected one of ${[...tables.keys()].join(', ')}`,
    );
    return;
  }
  const from = indexes(table, key.fields, `${path}: foreign key`, problems);
  const to = indexes(target, key.reference.fields, `${path}: foreign key to ${target.resource.path}`, problems);
  if (from.includes(-1) || to.includes(-1)) return;
  const known = new Set(target.rows.map(({ values }) => JSON.stringify(to.map((i) => values[i]))));
  for (const { line, values } of table.rows) {
    const tuple = from.map((i) => values[i]);
    if (tuple.every((v) => v === null)) continue;
    if (!known.has(JSON.stringify(tuple))) {
      problems.push(
        `${path}:${line}: foreign key (${key.fields.join(', ')}): got ${tuple.join(', ')}, expected the ${key.reference.fields.join(', ')} of a row of ${target.resource.path}`,
      );
    }
  }
}
