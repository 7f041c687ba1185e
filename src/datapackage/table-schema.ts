/**
 * The part of Table Schema (Data Package v2) the data package uses, as TypeScript types, and
 * helpers that write its fields. Patterns are XML Schema regular expressions, matched against the
 * whole value (no `^` or `$`), as the standard reads them.
 */

/** A field's constraints: the ones the package writes and ./table-check.ts checks. */
export interface Constraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
}

/** One column of a table. */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer';
  format?: 'uri';
  title?: string;
  description: string;
  constraints?: Constraints;
}

/** A reference from some of a table's fields to a key of another table (or of itself, with no `resource`). */
export interface ForeignKey {
  fields: string[];
  reference: { resource?: string; fields: string[] };
}

/** A table's schema: its fields in column order, the values read as missing, its keys. */
export interface TableSchema {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/** A kebab-case id, as every id of the data is written. */
export const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

/** A day (`YYYY-MM-DD`) or, where sources give only the month, a month (`YYYY-MM`). */
export const PARTIAL_DATE_PATTERN = '[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?';

/** Ids separated by `;`: a list written in one cell. */
export const ID_LIST_PATTERN = `${ID_PATTERN}(;${ID_PATTERN})*`;

/** What a partial date is, for a field's description. */
export const PARTIAL_DATE_NOTE =
  'Written YYYY-MM-DD, or YYYY-MM where the sources give only the month: a string with a pattern, not a date type, because a month alone is not a day.';

/** A field: `required` and the other constraints are left out when they say nothing. */
export function field(
  name: string,
  type: Field['type'],
  description: string,
  constraints: Constraints = {},
  extra: Pick<Field, 'format' | 'title'> = {},
): Field {
  const set = Object.fromEntries(Object.entries(constraints).filter(([, v]) => v !== undefined && v !== false));
  return { name, type, ...extra, description, ...(Object.keys(set).length ? { constraints: set } : {}) };
}

/** A field that must hold one of `values` (those the release uses, sorted: the package depends on its release alone). */
export function enumField(name: string, description: string, values: Iterable<string>, required = true): Field {
  return field(name, 'string', description, { required, enum: [...new Set(values)].sort() });
}
