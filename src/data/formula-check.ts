/**
 * CSV injection: Excel and LibreOffice run a cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula. Every text of the data files reaches a reader's spreadsheet through
 * the CSV downloads, which are kept byte-true for data tools (no quote mark added to disarm a
 * cell), so such a text is refused where it is written. Numbers are not text: the figures' value,
 * low and high are read as numbers, and a negative one is refused by the schema. Pure.
 */

/** The columns of a data CSV that hold numbers, not text. */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['value', 'low', 'high']);

/** What each starting character is called, and how to write the text instead. */
const FORMULA_STARTS: Record<string, { what: string; fix: string }> = {
  '=': { what: '"="', fix: 'reword the start' },
  '+': { what: '"+"', fix: 'write the sign in words ("up 5%", "more than 140"), and put a number itself in a number column (value, low, high)' },
  '-': { what: '"-"', fix: 'write the sign in words ("down 5%", "minus 3"), and put a negative number in a number column (value, low, high)' },
  '@': { what: '"@"', fix: 'reword the start (write an account name after a word, as in "on X, @nvidia said")' },
  '\t': { what: 'a tab', fix: 'delete the tab' },
  '\r': { what: 'a carriage return', fix: 'delete the line break' },
};

/** The character a spreadsheet would take `text` for a formula by, if it begins with one. */
export const formulaStart = (text: string): string | undefined => (text.charAt(0) in FORMULA_STARTS ? text.charAt(0) : undefined);

/** The first string in `value` (a string, or strings held in maps and lists) that a spreadsheet would run, and where it is. */
export function findFormula(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string } | undefined {
  if (typeof value === 'string') return formulaStart(value) ? { path, text: value } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findFormula(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** The message of a `DataError` for a text that begins like a formula: what was got, why it is refused, what to write. */
export function formulaMessage(text: string): string {
  const { what, fix } = FORMULA_STARTS[formulaStart(text)!];
  // A tab or carriage return is invisible, and a carriage return would overwrite the line in a terminal.
  const visible = text.replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  const shownText = `"${visible.length > 60 ? `${visible.slice(0, 57)}…` : visible}"`;
  return (
    `got ${shownText}, which starts with ${what}, expected text that starts with a letter, a digit or a quote mark: ` +
    `Excel and LibreOffice run a cell that starts with =, +, -, @, a tab or a line break as a formula when they open our CSV downloads; ${fix}`
  );
}

/**
 * The cells of one CSV record as they are written in the file, spaces and quotes kept, so that a
 * tab the parser trims away is still seen. A comma outside quotes ends a cell.
 */
export function cellsAsWritten(record: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const c of record.replace(/\r?\n$/, '')) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) cells.push('');
    else cells[cells.length - 1] += c;
  }
  return cells;
}

/** A cell as written, as a spreadsheet reads it: spaces before it dropped, its quote marks undone, any tab kept. */
export function cellText(cell: string): string {
  const text = cell.replace(/^ +/, '');
  return text.startsWith('"') ? text.replace(/^"|" *$/g, '').replaceAll('""', '"') : text;
}
