/**
 * Marks a reader can explore, named when the chart is drawn. Each datum's marks carry `data-key`
 * (the datum) and `data-order` (its place in reading order); the one that takes focus is a named
 * control (`role`, `aria-label`: the lines of its tooltip, `tabindex="-1"`) with `data-tip`, the
 * length of each line, so the tooltip splits its name rather than repeat it. Everything else in the
 * drawing is hidden from screen readers (`aria-hidden`). Scripts (src/client/chart-marks.ts) only
 * give the chart its one tab stop and show the tips; until then the drawing stays hidden from
 * screen readers behind the chart's text alternative, and nothing in it takes focus.
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

/** How the lines of a tooltip join into a mark's accessible name (src/client/tip-lines.ts splits them again). */
export const NAME_SEPARATOR = ', ';

/** The role of a chart's marks: a picture of a datum, or a button that opens it (the timeline's events). */
export type MarkRole = 'img' | 'button';

/** Makes `el` the mark of `info`: its name is the tooltip's lines, `data-tip` their lengths. */
export function nameMark(el: Element, info: MarkInfo, role: MarkRole): void {
  el.setAttribute('role', role);
  el.setAttribute('aria-label', info.lines.join(NAME_SEPARATOR));
  el.setAttribute('tabindex', '-1');
  el.setAttribute('data-tip', info.lines.map((line) => line.length).join(' '));
}

/**
 * Hides from screen readers everything in `svg` that is not a mark (`[data-tip]`) and holds none:
 * axes, gridlines, labels the marks' names already say. The marks' ancestors are collected once,
 * so this stays linear in the drawing's size.
 */
export function hideDecoration(svg: Element): void {
  const marks = [...svg.querySelectorAll('[data-tip]')];
  const isMark = new Set<Element>(marks);
  const holdsMark = new Set<Element>();
  for (const mark of marks) {
    for (let el: Element | null = mark.parentElement; el && el !== svg && !holdsMark.has(el); el = el.parentElement) holdsMark.add(el);
  }
  const hide = (el: Element) => {
    for (const child of el.children) {
      if (isMark.has(child)) continue;
      if (holdsMark.has(child)) hide(child);
      else child.setAttribute('aria-hidden', 'true');
    }
  };
  hide(svg);
}

/**
 * Replaces the key tags Plot wrote (`aria-label="mark:<id>"`) with data attributes, in place.
 * The first mark of each datum in a group of `focusClasses` (its bar, dot or range) takes focus
 * and carries the name; its other marks (its arrow, its label) only follow its highlighting.
 */
export function markUp(svg: Element, infos: MarkInfo[], focusClasses: string[], role: MarkRole = 'img'): void {
  const focusable = (el: Element) => focusClasses.some((c) => (el.parentElement?.getAttribute('class') ?? '').split(' ').includes(c));
  const byKey = new Map(infos.map((info, order) => [info.key, { ...info, order }]));
  // Plot names its groups in English ("bar", "x-axis tick"): the chart's own words replace them.
  for (const el of [...svg.querySelectorAll('[aria-label]')]) if (!el.getAttribute('aria-label')!.startsWith(KEY_PREFIX)) el.removeAttribute('aria-label');
  // A mark's name says what a <title> would: the browser's own tooltip would only repeat it.
  for (const title of [...svg.querySelectorAll('title')]) title.remove();
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
      nameMark(el, info, role);
    }
  }
  hideDecoration(svg);
}

/** Names a drawing (its SVG markup) for screen readers: a group called `label`, whose marks are its items. */
export function nameDrawing(svg: string, label: string): string {
  if (!svg.startsWith('<svg')) throw new Error(`nameDrawing: expected SVG markup, got "${svg.slice(0, 40)}…"`);
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<svg role="group" aria-label="${escaped}"${svg.slice(4)}`;
}
