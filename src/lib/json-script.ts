/**
 * JSON for a `<script>` element in HTML, such as JSON-LD. `JSON.stringify` alone is not safe
 * there: a text holding `</script>` closes the element, and `<!--` opens a comment that swallows
 * the rest of the page. Escaping `<`, `>` and `&` (and the two line separators older parsers
 * end a line on) as `\uXXXX` keeps every string intact for a JSON reader and inert for HTML.
 */

const UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** `value` as JSON that can sit inside a `<script>` element whatever its strings hold. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);
}
