/** Where a value was read: the file (relative to the project), its line, and the field. */
export interface Location {
  file: string;
  line?: number;
  field?: string;
}

/** A validated row and where it was read. */
export interface Located<T> {
  row: T;
  location: Location;
  /** The line of each field, where the format gives fields lines of their own (YAML). */
  fieldLines?: Record<string, number | undefined>;
  /** The line of a nested field, such as `['strings', 'skip', 'fr']` (YAML). */
  lineAt?: (path: PropertyKey[]) => number;
}

/**
 * A content error a journalist can act on: names the file, the line and the field, and says
 * what was expected, as `content/data/figures.csv:7: field "value": got "2,000,000+", expected …`.
 */
export class DataError extends Error {
  readonly location: Location;
  constructor(location: Location, message: string) {
    const where = location.line ? `${location.file}:${location.line}` : location.file;
    const field = location.field ? ` field "${location.field}":` : '';
    super(`${where}:${field} ${message}`);
    this.name = 'DataError';
    this.location = location;
  }
}

/** Shows a received value in an error message, quoted and cut short. */
export function shown(value: unknown): string {
  if (value === undefined || value === '') return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
