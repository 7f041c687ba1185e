/**
 * `<timeline-explorer>`: the policy timeline's controls, around its chart. Filters events by
 * actor and narrows them to a period, in the chart and in its table; opens the chosen event in a
 * panel after the chart, with its sources; follows deep links (`#event-<id>`); and highlights, in
 * the figures chart on the same page, the figures already reported on that event's date, naming
 * them in the panel. Every text comes from the page (`data-*`), in the page's language.
 */
import type { ChartMarks } from './chart-marks.ts';
import { tipLines } from './tip-lines.ts';
import { fill } from './fill.ts';

const FIGURES_CHART = '[data-chart="figures-over-time"]';
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/** A partial date as the last day it may mean, so "2026-05" is not taken as known on 20 May. */
const latest = (date: string) => (date.length === 7 ? `${date}-31` : date);

class TimelineExplorer extends HTMLElement {
  private months: string[] = [];
  private labels: string[] = [];
  private abort?: AbortController;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.abort) return;
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.months = JSON.parse(this.dataset.months ?? '[]');
    this.labels = JSON.parse(this.dataset.labels ?? '[]');
    form.hidden = false;
    form.addEventListener('input', (event) => this.filter(event.target as HTMLInputElement), { signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    // A reset puts the inputs back after this event: filter once they are.
    form.addEventListener('reset', () => setTimeout(() => this.filter()), { signal });
    this.addEventListener('mark-select', (event) => this.open((event as CustomEvent<{ key: string }>).detail.key, false), { signal });
    this.querySelector('.event-panel-close')?.addEventListener('click', () => this.close(), { signal });
    this.panel().addEventListener('keydown', (event) => event.key === 'Escape' && this.close(), { signal });
    addEventListener('hashchange', () => this.follow(), { signal });
    this.filter();
    this.keepTableClosed();
    // The marks are made focusable by <chart-marks>, whose script may run after this one; and the
    // browser's own move to the #fragment, after the page loads, would take the focus back.
    const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', done, { once: true }));
    Promise.all([loaded, customElements.whenDefined('chart-marks')]).then(() => requestAnimationFrame(() => this.follow()));
  }

  disconnectedCallback() {
    this.abort?.abort();
    this.abort = undefined;
  }

  private figure = () => this.closest('figure') ?? this;
  private marks = () => this.querySelector<ChartMarks>('chart-marks');
  private panel = () => this.querySelector<HTMLElement>('.event-panel')!;
  private range = (name: string) => this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  /**
   * A deep link targets the event's row in the data table, so the browser opens the table on
   * its way there. With the panel open the table would only push the chart away: keep it closed
   * while the page settles.
   */
  private keepTableClosed() {
    const details = this.figure().querySelector('details.data-table');
    if (!details || !/^#event-/.test(location.hash)) return;
    details.removeAttribute('open');
    const until = performance.now() + 2000;
    const close = () => {
      if (performance.now() > until) details.removeEventListener('toggle', close);
      else if (details.hasAttribute('open')) details.removeAttribute('open');
    };
    details.addEventListener('toggle', close);
  }

  /** Hides the events outside the chosen actors and period, in the drawing and in the table. */
  private filter(changed?: HTMLInputElement) {
    const from = this.range('from');
    const to = this.range('to');
    // One slider pushes the other along rather than crossing it.
    if (Number(from.value) > Number(to.value)) {
      if (changed === to) from.value = to.value;
      else to.value = from.value;
    }
    for (const input of [from, to]) {
      const label = this.labels[Number(input.value)];
      input.setAttribute('aria-valuetext', label);
      // The label shows the month; the slider's value text says it (no live region, no double reading).
      const output = this.querySelector(`.period-value[data-for="${input.id}"]`);
      if (output) output.textContent = label;
    }
    const actors = new Set([...this.querySelectorAll<HTMLInputElement>('input[name="actor"]:checked')].map((input) => input.value));
    const [first, last] = [this.months[Number(from.value)], this.months[Number(to.value)]];
    const shown = new Set<string>();
    const all = new Set<string>();
    for (const event of this.figure().querySelectorAll<SVGGElement>('g.event')) {
      const month = (event.dataset.date ?? '').slice(0, 7);
      const inside = actors.has(event.dataset.actor ?? '') && month >= first && month <= last;
      event.classList.toggle('is-out', !inside);
      const id = event.dataset.event!;
      const row = document.getElementById(`event-${id}`);
      if (row) row.hidden = !inside;
      all.add(id);
      if (inside) shown.add(id);
    }
    const count = this.querySelector('.timeline-count');
    if (count) {
      const number = new Intl.NumberFormat(this.dataset.locale);
      const one = new Intl.PluralRules(this.dataset.locale).select(shown.size) === 'one';
      count.textContent = fill((one ? this.dataset.countOne : this.dataset.countOther)!, { n: number.format(shown.size), total: number.format(all.size) });
    }
    // The chosen event, filtered out, is no longer one the reader can see: close it.
    const selected = this.figure().querySelector<SVGGElement>('g.event.is-selected');
    if (selected && !shown.has(selected.dataset.event!)) this.close(false);
    this.marks()?.dispatchEvent(new Event('chart-marks:refresh'));
  }

  /** Opens the event of a `#event-<id>` address, showing it first if the filters hide it. */
  private follow() {
    const match = /^#event-(.+)$/.exec(location.hash);
    if (!match) return;
    // A hand-typed address may not decode (`#event-%`): it names no event, so nothing opens.
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return;
    }
    const group = this.figure().querySelector(`g.event[data-event="${CSS.escape(id)}"]`);
    if (!group) {
      this.elsewhere(id);
      return;
    }
    if (group.classList.contains('is-out')) {
      for (const input of this.querySelectorAll<HTMLInputElement>('input[name="actor"]')) input.checked = true;
      this.range('from').value = '0';
      this.range('to').value = String(this.months.length - 1);
      this.filter();
    }
    this.open(id, true);
  }

  /**
   * An event this page's window does not show (a link from before the story showed only its
   * latest events): looks up its page of the full timeline and goes there, replacing this
   * address in the history. An id the timeline does not hold leaves the page as it is.
   */
  private async elsewhere(id: string) {
    const { timeline, eventPages } = this.dataset;
    if (!timeline || !eventPages || document.getElementById(`event-${id}`)) return;
    try {
      const pages: Record<string, string> = await (await fetch(eventPages)).json();
      const path = Object.hasOwn(pages, id) ? pages[id] : undefined;
      if (typeof path === 'string' && /^[\d/]+$/.test(path)) location.replace(`${timeline}${path}#event-${encodeURIComponent(id)}`);
    } catch {
      // Offline, or the index is missing: the reader stays on the story.
    }
  }

  /** Shows event `id` in the panel, marks it in the drawing and highlights what was known on its date. */
  private open(id: string, fromLink: boolean) {
    const row = document.getElementById(`event-${id}`);
    const groups = [...this.figure().querySelectorAll<SVGGElement>(`g.event[data-event="${CSS.escape(id)}"]`)];
    if (!row || groups.length === 0) return;
    for (const g of this.figure().querySelectorAll('g.event.is-selected')) g.classList.remove('is-selected');
    for (const g of groups) g.classList.add('is-selected');
    const panel = this.panel();
    const [date, actor, text, sources] = [...row.children];
    const copy = (cell: Element | undefined, tag: string) => {
      const el = document.createElement(tag);
      el.append(...[...(cell?.childNodes ?? [])].map((node) => node.cloneNode(true)));
      return el;
    };
    const meta = document.createElement('p');
    meta.className = 'event-panel-meta';
    meta.append(copy(date, 'span'), ' · ', copy(actor, 'span'));
    panel.querySelector('.event-panel-body')!.replaceChildren(meta, copy(text, 'p'), copy(sources, 'p'));
    panel.querySelector<HTMLAnchorElement>('.event-panel-link')!.href = `#event-${id}`;
    if (location.hash !== `#event-${id}`) history.replaceState(null, '', `#event-${id}`);
    const eventDate = groups[0].dataset.date!;
    const figures = document.querySelector(FIGURES_CHART);
    const known = figures ? highlightKnown(figures, eventDate) : [];
    const template = known.length === 0 ? this.dataset.knownNone : eventDate.length === 7 ? this.dataset.knownMonth : this.dataset.known;
    panel.querySelector('.event-panel-known')!.textContent =
      figures && template ? fill(template, { date: this.formatDate(eventDate), figures: known.join(', ') }) : '';
    panel.hidden = false;
    if (fromLink) {
      const mark = this.marks()
        ?.marks()
        .find((m) => m.dataset.key === id);
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      (mark ?? panel).scrollIntoView({ behavior, block: 'center' });
      // Focus without a second, instant scroll that would cut the smooth one short.
      if (mark) this.marks()?.focusMark(mark, true);
    }
  }

  /** Closes the panel and clears the highlights; `refocus` puts focus back on the chart's tab stop. */
  private close(refocus = true) {
    this.panel().hidden = true;
    for (const g of this.figure().querySelectorAll('g.event.is-selected')) g.classList.remove('is-selected');
    const figures = document.querySelector(FIGURES_CHART);
    if (figures) highlightKnown(figures, undefined);
    if (location.hash.startsWith('#event-')) history.replaceState(null, '', location.pathname + location.search);
    if (refocus) this.marks()?.querySelector<SVGElement>('.artboard [data-tip][tabindex="0"]')?.focus();
  }

  private formatDate(date: string): string {
    const [y, m, d] = date.split('-').map(Number);
    const options: Intl.DateTimeFormatOptions = d
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    const text = new Intl.DateTimeFormat(this.dataset.locale, options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
    // French writes the first of the month as an ordinal, as the server does (src/lib/format.ts).
    return d === 1 && this.dataset.locale?.startsWith('fr') ? text.replace(/^1 /, '1er ') : text;
  }
}

/**
 * Marks each figure in `chart` as known or not yet reported on `date` (no date clears the marks)
 * and returns the names of the figures known then.
 */
function highlightKnown(chart: Element, date: string | undefined): string[] {
  chart.classList.toggle('is-dated', date !== undefined);
  const names = new Set<string>();
  for (const el of chart.querySelectorAll<SVGElement>('[data-known]')) {
    const known = date !== undefined && latest(el.dataset.known!) <= latest(date);
    el.classList.toggle('is-known', known);
    if (known && el.dataset.tip && el.getClientRects().length > 0) names.add(tipLines(el)[0]);
  }
  return [...names];
}

if (!customElements.get('timeline-explorer')) customElements.define('timeline-explorer', TimelineExplorer);
