/**
 * A template's `{placeholders}` filled with `values`, for the words a script writes into the page.
 * The replacement is a function, so a name holding `$'`, `$&` or `$1` is written as it is, not
 * read as one of String.replace's patterns; a placeholder with no value stays as it was.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
