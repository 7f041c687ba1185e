/**
 * Content is text: no control characters. A C0 control character (other than tab, line feed and
 * the carriage return of Windows line ends) breaks pages, feeds and image rendering far from where
 * it was typed, so every content file is refused at the first one, with its line and field.
 */
import { DataError } from './errors.ts';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The field a line of a content file belongs to: a YAML key, a CSV column, or `text`. */
function fieldAt(file: string, lines: string[], line: number, column: number): string {
  const text = lines[line - 1];
  if (file.endsWith('.csv')) {
    const header = lines[0].split(',');
    let cells = 0;
    let quoted = false;
    for (const c of text.slice(0, column)) {
      if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) cells += 1;
    }
    return header[cells] ?? 'cells';
  }
  if (/\.ya?ml$/.test(file) || /^\s*[\w.-]+\s*:/.test(text)) return /^[\s-]*([\w.-]+)\s*:/.exec(text)?.[1] ?? 'text';
  return 'text';
}

/** Throws a `DataError` at the first control character of `text`, naming `file`, the line and the field. */
export function refuseControlCharacters(text: string, file: string): void {
  const m = CONTROL.exec(text);
  if (!m) return;
  const before = text.slice(0, m.index).split('\n');
  const line = before.length;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const field = fieldAt(file, text.split('\n'), line, before.at(-1)!.length);
  throw new DataError(
    { file, line, field },
    `got the control character ${code}, expected text (a control character is invisible in an editor and breaks pages and images; delete it and retype what was around it)`,
  );
}
