/**
 * The lines of a mark's tooltip, read back from what the build wrote (src/charts/marks.ts,
 * `nameMark`): its name (`aria-label`), the lines joined by ", ", and `data-tip`, the length of
 * each line. The tooltip shows the words a screen reader hears, without a second copy in the page.
 */

/** The separator `nameMark` joins lines with (src/charts/marks.test.ts checks the round trip). */
const SEPARATOR = ', ';

/** The lines of `mark`'s tooltip, its name first. */
export function tipLines(mark: Element): string[] {
  const name = mark.getAttribute('aria-label') ?? '';
  const lengths = (mark.getAttribute('data-tip') ?? '').split(' ').filter(Boolean).map(Number);
  let at = 0;
  return lengths.map((length) => {
    const line = name.slice(at, at + length);
    at += length + SEPARATOR.length;
    return line;
  });
}
