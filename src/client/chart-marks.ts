/**
 * `<chart-marks>`: makes a server-drawn chart explorable. Each datum's mark (`[data-tip]`, see
 * src/charts/marks.ts) becomes focusable, one tab stop per chart, in reading order (`data-order`);
 * arrow keys, Home and End move between marks, Enter or Space chooses one, Escape closes the
 * tooltip. Pointer and touch show the same tooltip, which stays while the pointer rests on it.
 * Without scripts the drawing stays a picture behind its text alternative, with the browser's
 * own tooltips.
 *
 * `data-selectable` makes the marks buttons (the timeline's events open). Events, for other
 * scripts on the page: `mark-select` (detail: { key }) when a reader chooses a mark;
 * `chart-marks:refresh` (sent to the element) after marks were hidden or shown (`.is-out`).
 */

const OUT = '.is-out';

class ChartMarks extends HTMLElement {
  private tip?: HTMLDivElement;
  private shown?: SVGElement;
  /** The datum that holds the chart's tab stop, in whichever artboard is on show. */
  private current?: string;
  private abort?: AbortController;

  connectedCallback() {
    // In an embed this script runs in the head, before the chart is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.upgrade(), { once: true });
    else this.upgrade();
  }

  disconnectedCallback() {
    this.abort?.abort();
  }

  /** The marks a reader can reach in the artboard on show, in reading order. */
  marks(): SVGElement[] {
    const board = [...this.querySelectorAll<HTMLElement>('.artboard')].find((b) => b.getClientRects().length > 0);
    if (!board) return [];
    return [...board.querySelectorAll<SVGElement>('[data-tip]')]
      .filter((mark) => !mark.closest(OUT))
      .sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
  }

  private upgrade() {
    if (this.tip) return;
    const boards = this.querySelector('.artboards');
    if (!boards) return;
    this.abort = new AbortController();
    const { signal } = this.abort;
    boards.removeAttribute('aria-hidden');
    for (const svg of this.querySelectorAll('svg')) this.prepare(svg);
    this.tip = document.createElement('div');
    this.tip.className = 'chart-tip';
    this.tip.hidden = true;
    // Screen readers hear the focused mark's own label; the tooltip is for the eyes.
    this.tip.setAttribute('aria-hidden', 'true');
    this.append(this.tip);
    this.refresh();

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
        if (mark) this.show(mark);
      },
      { signal },
    );
    // The pointer may move from the mark onto its tooltip, and rest there (WCAG 1.4.13).
    this.addEventListener(
      'pointerout',
      (event) => {
        const to = event.relatedTarget as Node | null;
        const leaving = markOf(event.target) || this.tip!.contains(event.target as Node);
        if (leaving && !markOf(to) && !this.tip!.contains(to) && document.activeElement !== this.shown) this.hide();
      },
      { signal },
    );
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
        if (event.key === 'Escape' && !this.tip!.hidden) this.hide();
      },
      { signal },
    );
    this.addEventListener('chart-marks:refresh', () => this.refresh(), { signal });
    // A wider or narrower column shows the other artboard: the tab stop moves to its twin.
    new ResizeObserver(() => {
      if (this.shown && this.shown.getClientRects().length === 0) this.hide();
      this.refresh();
    }).observe(boards);
  }

  /** Gives the drawing a name and exposes only its marks, each with the words of its tooltip. */
  private prepare(svg: SVGSVGElement) {
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', `${this.dataset.label ?? ''}. ${this.dataset.hint ?? ''}`);
    for (const title of svg.querySelectorAll('title')) title.remove();
    const marks = [...svg.querySelectorAll<SVGElement>('[data-tip]')];
    for (const mark of marks) {
      mark.setAttribute('role', this.hasAttribute('data-selectable') ? 'button' : 'img');
      mark.setAttribute('aria-label', mark.dataset.tip!.split('\n').join(', '));
      mark.setAttribute('tabindex', '-1');
    }
    // Everything that is not a mark and holds none is drawing only: hide it from screen readers.
    // The marks' ancestors are collected once, so this stays linear in the drawing's size.
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
   * One tab stop: the current datum's mark in the artboard on show, or when a filter hid it the
   * next one shown (the previous one at the end), or the first.
   */
  private refresh() {
    const marks = this.marks();
    const all = [...this.querySelectorAll<SVGElement>('.artboard [data-tip]')];
    const order = all.find((m) => m.dataset.key === this.current)?.dataset.order;
    const target =
      marks.find((m) => m.dataset.key === this.current) ??
      (order === undefined ? undefined : (marks.find((m) => Number(m.dataset.order) > Number(order)) ?? marks.at(-1))) ??
      marks[0];
    for (const mark of all) mark.setAttribute('tabindex', mark === target ? '0' : '-1');
    if (target) this.current = target.dataset.key;
    if (this.shown?.closest(OUT)) this.hide();
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      if (this.tip && !this.tip.hidden) {
        this.hide();
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
    this.current = mark.dataset.key;
    for (const other of this.querySelectorAll<SVGElement>('[data-tip][tabindex="0"]')) other.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    mark.focus({ preventScroll });
  }

  private select(mark: SVGElement) {
    this.show(mark);
    this.dispatchEvent(new CustomEvent('mark-select', { bubbles: true, detail: { key: mark.dataset.key } }));
  }

  private show(mark: SVGElement) {
    const tip = this.tip;
    if (!tip) return;
    const [name, ...rest] = mark.dataset.tip!.split('\n');
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
