/**
 * Marks a reader can explore. Each datum's marks carry `data-key` (the datum), `data-order` (its
 * place in reading order) and, on the one that takes focus, `data-tip` with the lines a tooltip
 * shows. Scripts (src/client/chart-marks.ts) make those marks focusable and show the tips; until
 * then the drawing stays hidden from screen readers behind the chart's text alternative.
 */

/** What a reader learns from one datum: the lines of its tooltip, the first one its name. */
export interface MarkInfo {
  key: string;
  lines: string[];
  /** When the datum was first reported (YYYY-MM(-DD)): what was known on a date. */
  known?: string;
}

/** Plot's `ariaLabel` channel, used to tag each mark with its datum's key until `markUp` replaces it. */
export const KEY_PREFIX = 'mark:';
export const keyChannel = <T extends { id: string }>(d: T) => `${KEY_PREFIX}${d.id}`;

/**
 * Replaces the key tags Plot wrote (`aria-label="mark:<id>"`) with data attributes, in place.
 * The first mark of each datum in a group of `focusClasses` (its bar, dot or range) takes focus
 * and carries the tip; its other marks (its arrow, its label) only follow its highlighting.
 */
export function markUp(svg: Element, infos: MarkInfo[], focusClasses: string[]): void {
  const focusable = (el: Element) => focusClasses.some((c) => (el.parentElement?.getAttribute('class') ?? '').split(' ').includes(c));
  const byKey = new Map(infos.map((info, order) => [info.key, { ...info, order }]));
  // Plot names its groups in English ("bar", "x-axis tick"): the chart's own words replace them.
  for (const el of [...svg.querySelectorAll('[aria-label]')]) if (!el.getAttribute('aria-label')!.startsWith(KEY_PREFIX)) el.removeAttribute('aria-label');
  const seen = new Set<string>();
  for (const el of [...svg.querySelectorAll(`[aria-label^="${KEY_PREFIX}"]`)]) {
    const key = el.getAttribute('aria-label')!.slice(KEY_PREFIX.length);
    el.removeAttribute('aria-label');
    const info = byKey.get(key);
    if (!info) continue;
    el.setAttribute('data-key', key);
    el.setAttribute('data-order', String(info.order));
    if (info.known) el.setAttribute('data-known', info.known);
    if (!seen.has(key) && focusable(el)) {
      seen.add(key);
      el.setAttribute('data-tip', info.lines.join('\n'));
    }
  }
}
