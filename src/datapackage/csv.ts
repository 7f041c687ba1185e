/**
 * A table as CSV bytes: UTF-8 without a byte-order mark, a header line of its field names, cells
 * quoted only where they must be, and lines ended by CRLF, as RFC 4180 and the Table Dialect's
 * defaults say, so the descriptor needs no dialect. The same table always gives the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { Table } from './tables.ts';

/** The CSV text of `table`. */
export function tableCsv({ schema, rows }: Table): string {
  const header = schema.fields.map((f) => f.name);
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`tableCsv: row ${i + 1} has ${row.length} cells, expected ${header.length} (${header.join(', ')})`);
  }
  return stringify([header, ...rows], { record_delimiter: '\r\n', bom: false, quoted_string: false, eof: true });
}
