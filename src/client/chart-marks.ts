/**
 * `<chart-marks>`: makes a server-drawn chart explorable. Its marks (`[data-tip]`) come named
 * from the build (src/charts/marks.ts): each a control out of the tab order, with the words of
 * its tooltip. This script shows the drawing to screen readers and gives it one tab stop, in
 * reading order (`data-order`); then, when a reader first reaches the chart (focus, pointer, touch,
 * or shortly before it scrolls into view), sets up the tooltip: arrow keys, Home and End move
 * between marks, Enter or Space chooses one, Escape closes the tooltip. Pointer and touch show the
 * same tooltip, which stays while the pointer rests on it. Without scripts the drawing stays a
 * picture behind its text alternative, and nothing in it takes focus.
 *
 * Events, for other scripts on the page: `mark-select` (detail: { key }) when a reader chooses a
 * mark; `chart-marks:refresh` (sent to the element) after marks were hidden or shown (`.is-out`).
 */
import { tipLines } from './tip-lines.ts';

const OUT = '.is-out';
/** How far ahead of the viewport a chart is set up, so its first tooltip does not wait. */
const AHEAD = '300px 0px';

class ChartMarks extends HTMLElement {
  private tip?: HTMLDivElement;
  private shown?: SVGElement;
  /** The datum that holds the chart's tab stop. */
  private current?: string;
  private abort?: AbortController;
  private near?: IntersectionObserver;
  /** Where the pointer last was, and where it was when Escape closed the tooltip: it stays closed until the pointer moves. */
  private pointer?: string;
  private dismissed?: string;

  connectedCallback() {
    // In an embed this script runs in the head, before the chart is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.upgrade(), { once: true });
    else this.upgrade();
  }

  disconnectedCallback() {
    this.abort?.abort();
    this.abort = undefined;
    this.near?.disconnect();
  }

  /** The marks a reader can reach, in reading order. */
  marks(): SVGElement[] {
    return [...this.querySelectorAll<SVGElement>('[data-tip]')]
      .filter((mark) => !mark.closest(OUT))
      .sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
  }

  /** At load: what the build could not write (a tab stop that would do nothing without scripts), and listeners. */
  private upgrade() {
    if (this.abort) return;
    const boards = this.querySelector('.artboards');
    if (!boards) return;
    this.abort = new AbortController();
    const { signal } = this.abort;
    boards.removeAttribute('aria-hidden');
    const first = this.querySelector<SVGElement>('[data-tip][data-order="0"]') ?? this.querySelector<SVGElement>('[data-tip]');
    if (first) {
      first.setAttribute('tabindex', '0');
      this.current = first.dataset.key;
    }
    this.addEventListener('keydown', (event) => this.onKey(event), { signal });
    this.addEventListener(
      'focusin',
      (event) => {
        const mark = markOf(event.target);
        if (mark) this.show(mark);
      },
      { signal },
    );
    this.addEventListener(
      'focusout',
      (event) => {
        if (!this.contains(event.relatedTarget as Node | null)) this.hide();
      },
      { signal },
    );
    this.addEventListener(
      'pointerover',
      (event) => {
        const mark = markOf(event.target);
        // A tooltip closed with Escape lays bare the mark beneath the pointer: that is not the reader pointing again.
        if (!mark || (this.dismissed !== undefined && this.dismissed === `${event.clientX} ${event.clientY}`)) return;
        this.dismissed = undefined;
        this.show(mark);
      },
      { signal },
    );
    this.addEventListener(
      'pointermove',
      (event) => {
        this.pointer = `${event.clientX} ${event.clientY}`;
      },
      { signal, passive: true },
    );
    // The pointer may move from the mark onto its tooltip, and rest there (WCAG 1.4.13).
    this.addEventListener(
      'pointerout',
      (event) => {
        if (!this.tip) return;
        const to = event.relatedTarget as Node | null;
        const leaving = markOf(event.target) || this.tip.contains(event.target as Node);
        if (leaving && !markOf(to) && !this.tip.contains(to) && document.activeElement !== this.shown) this.hide();
      },
      { signal },
    );
    this.addEventListener('pointerdown', () => this.setUp(), { signal, passive: true });
    this.addEventListener(
      'click',
      (event) => {
        const mark = markOf(event.target);
        if (!mark) return;
        this.focusMark(mark);
        this.select(mark);
      },
      { signal },
    );
    this.addEventListener('chart-marks:refresh', () => this.refresh(), { signal });
    this.near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.setUp(), { rootMargin: AHEAD });
    this.near.observe(this);
  }

  /** When a reader first reaches the chart: the tooltip, and the listeners on the whole page that close it. */
  private setUp() {
    if (this.tip || !this.abort) return;
    const { signal } = this.abort;
    this.near?.disconnect();
    this.tip = document.createElement('div');
    this.tip.className = 'chart-tip';
    this.tip.hidden = true;
    // Screen readers hear the focused mark's own label; the tooltip is for the eyes.
    this.tip.setAttribute('aria-hidden', 'true');
    this.append(this.tip);
    // A tap elsewhere closes the tooltip a tap opened; Escape closes it wherever focus is.
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (!this.contains(event.target as Node)) this.hide();
      },
      { signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.tip && !this.tip.hidden) this.dismiss();
      },
      { signal },
    );
  }

  /**
   * One tab stop: the current datum's mark in the artboard on show, or when a filter hid it the
   * next one shown (the previous one at the end), or the first.
   */
  private refresh() {
    const marks = this.marks();
    const order = this.querySelector<SVGElement>(`[data-tip][data-key="${CSS.escape(this.current ?? '')}"]`)?.dataset.order;
    const target =
      marks.find((m) => m.dataset.key === this.current) ??
      (order === undefined ? undefined : (marks.find((m) => Number(m.dataset.order) > Number(order)) ?? marks.at(-1))) ??
      marks[0];
    if (target) this.moveTabStop(target);
    if (this.shown?.closest(OUT)) this.hide();
  }

  /** Gives `mark` the chart's one tab stop, touching only the mark that held it. */
  private moveTabStop(mark: SVGElement) {
    this.current = mark.dataset.key;
    for (const other of this.querySelectorAll<SVGElement>('[data-tip][tabindex="0"]')) if (other !== mark) other.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      if (this.tip && !this.tip.hidden) {
        this.dismiss();
        event.stopPropagation();
      }
      return;
    }
    const mark = markOf(event.target);
    if (!mark) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(mark);
      return;
    }
    const marks = this.marks();
    const at = marks.indexOf(mark);
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = marks[Math.max(0, Math.min(marks.length - 1, next))];
    if (target) this.focusMark(target);
  }

  /** Moves the tab stop to `mark` and focuses it; `preventScroll` when the page is already scrolling there. */
  focusMark(mark: SVGElement, preventScroll = false) {
    this.setUp();
    this.moveTabStop(mark);
    mark.focus({ preventScroll });
  }

  private select(mark: SVGElement) {
    this.show(mark);
    this.dispatchEvent(new CustomEvent('mark-select', { bubbles: true, detail: { key: mark.dataset.key } }));
  }

  private show(mark: SVGElement) {
    this.setUp();
    const tip = this.tip;
    if (!tip) return;
    const [name, ...rest] = tipLines(mark);
    const strong = document.createElement('strong');
    strong.textContent = name;
    tip.replaceChildren(strong, ...rest.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
    tip.hidden = false;
    this.shown?.classList.remove('is-active');
    mark.classList.add('is-active');
    this.shown = mark;
    // Above the mark, kept inside the chart; below it when there is no room above.
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(0, Math.min(host.width - width, box.left - host.left + box.width / 2 - width / 2));
    const above = box.top - host.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : box.bottom - host.top + 8}px`;
  }

  /** Escape: closes the tooltip, which stays closed while the pointer rests where it was. */
  private dismiss() {
    this.dismissed = this.pointer;
    this.hide();
  }

  hide() {
    if (this.tip) this.tip.hidden = true;
    this.shown?.classList.remove('is-active');
    this.shown = undefined;
  }
}

/** The mark an event happened on, if any. */
function markOf(target: EventTarget | null): SVGElement | null {
  return target instanceof Element ? target.closest<SVGElement>('[data-tip]') : null;
}

if (!customElements.get('chart-marks')) customElements.define('chart-marks', ChartMarks);

export type { ChartMarks };
