/**
 * `<timeline-explorer>`: the policy timeline's controls. Filters events by actor and narrows them
 * to a period, in the chart and in its table; opens the chosen event in a panel with its sources;
 * follows deep links (`#event-<id>`); and highlights, in the figures chart on the same page, the
 * figures already reported on that event's date. Every text comes from the page (`data-*`).
 */
import type { ChartMarks } from './chart-marks.ts';

const FIGURES_CHART = '[data-chart="figures-over-time"]';
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

class TimelineExplorer extends HTMLElement {
  private months: string[] = [];
  private labels: string[] = [];

  connectedCallback() {
    const figure = this.closest('figure');
    const form = this.querySelector('form');
    if (!figure || !form || this.months.length) return;
    this.months = JSON.parse(this.dataset.months ?? '[]');
    this.labels = JSON.parse(this.dataset.labels ?? '[]');
    form.hidden = false;
    form.addEventListener('input', () => this.filter());
    form.addEventListener('submit', (event) => event.preventDefault());
    // A reset puts the inputs back after this event: filter once they are.
    form.addEventListener('reset', () => setTimeout(() => this.filter()));
    figure.addEventListener('mark-select', (event) => this.open((event as CustomEvent<{ key: string }>).detail.key, false));
    this.querySelector('.event-panel-close')?.addEventListener('click', () => this.close());
    this.panel().addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    addEventListener('hashchange', () => this.follow());
    this.filter();
    this.keepTableClosed();
    // The marks are made focusable by <chart-marks>, whose script may run after this one; and the
    // browser's own move to the #fragment, after the page loads, would take the focus back.
    const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', done, { once: true }));
    Promise.all([loaded, customElements.whenDefined('chart-marks')]).then(() => requestAnimationFrame(() => this.follow()));
  }

  /**
   * A deep link targets the event's row in the data table, so the browser opens the table on
   * its way there. With the panel open the table would only push the chart away: close it, once.
   */
  private keepTableClosed() {
    const details = this.figure().querySelector('details.data-table');
    if (!details || !/^#event-/.test(location.hash)) return;
    if (details.hasAttribute('open')) details.removeAttribute('open');
    const until = performance.now() + 2000;
    details.addEventListener('toggle', () => performance.now() < until && details.removeAttribute('open'), { once: true });
  }

  private figure = () => this.closest('figure')!;
  private marks = () => this.figure().querySelector<ChartMarks>('chart-marks');
  private panel = () => this.querySelector<HTMLElement>('.event-panel')!;
  private range = (name: string) => this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  /** Hides the events outside the chosen actors and period, in the drawing and in the table. */
  private filter() {
    const actors = new Set([...this.querySelectorAll<HTMLInputElement>('input[name="actor"]:checked')].map((input) => input.value));
    let from = Number(this.range('from').value);
    let to = Number(this.range('to').value);
    if (from > to) [from, to] = [to, from];
    for (const [name, at] of [['from', Number(this.range('from').value)], ['to', Number(this.range('to').value)]] as const) {
      this.range(name).setAttribute('aria-valuetext', this.labels[at]);
      const output = this.querySelector(`output[for="${this.range(name).id}"]`);
      if (output) output.textContent = this.labels[at];
    }
    const first = this.months[from];
    const last = this.months[to];
    let shown = 0;
    const total = new Set<string>();
    for (const event of this.figure().querySelectorAll<SVGGElement>('g.event')) {
      const month = (event.dataset.date ?? '').slice(0, 7);
      const inside = actors.has(event.dataset.actor ?? '') && month >= first && month <= last;
      event.classList.toggle('is-out', !inside);
      const id = event.dataset.event!;
      const row = document.getElementById(`event-${id}`);
      if (row) row.hidden = !inside;
      if (!total.has(id)) {
        total.add(id);
        if (inside) shown += 1;
      }
    }
    const count = this.querySelector('.timeline-count');
    if (count) {
      const form = new Intl.PluralRules(this.dataset.locale).select(shown) === 'one' ? 'one' : 'other';
      const number = new Intl.NumberFormat(this.dataset.locale);
      count.textContent = (this.dataset[form === 'one' ? 'countOne' : 'countOther'] ?? '').replace('{n}', number.format(shown)).replace('{total}', number.format(total.size));
    }
    this.marks()?.dispatchEvent(new Event('chart-marks:refresh'));
  }

  /** Opens the event of a `#event-<id>` address, showing it first if the filters hide it. */
  private follow() {
    const match = /^#event-(.+)$/.exec(location.hash);
    if (!match) return;
    const id = decodeURIComponent(match[1]);
    if (!this.figure().querySelector(`g.event[data-event="${CSS.escape(id)}"]`)) return;
    const form = this.querySelector('form');
    if (this.figure().querySelector(`g.event.is-out[data-event="${CSS.escape(id)}"]`) && form) {
      form.reset();
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="actor"]')) input.checked = true;
      this.range('from').value = '0';
      this.range('to').value = String(this.months.length - 1);
      this.filter();
    }
    this.open(id, true);
  }

  /** Shows event `id` in the panel, marks it in the drawing and highlights what was known on its date. */
  private open(id: string, fromLink: boolean) {
    const row = document.getElementById(`event-${id}`);
    const groups = [...this.figure().querySelectorAll<SVGGElement>(`g.event[data-event="${CSS.escape(id)}"]`)];
    if (!row || groups.length === 0) return;
    for (const g of this.figure().querySelectorAll('g.event.is-selected')) g.classList.remove('is-selected');
    for (const g of groups) g.classList.add('is-selected');
    const panel = this.panel();
    const body = panel.querySelector('.event-panel-body')!;
    const [date, actor, text, sources] = [...row.children];
    const line = (cell: Element | undefined, tag: string) => {
      const el = document.createElement(tag);
      el.append(...[...(cell?.childNodes ?? [])].map((node) => node.cloneNode(true)));
      return el;
    };
    const heading = document.createElement('p');
    heading.className = 'event-panel-meta';
    heading.append(line(date, 'span'), ' · ', line(actor, 'span'));
    body.replaceChildren(heading, line(text, 'p'), line(sources, 'p'));
    const link = panel.querySelector<HTMLAnchorElement>('.event-panel-link')!;
    link.href = `#event-${id}`;
    if (location.hash !== `#event-${id}`) history.replaceState(null, '', `#event-${id}`);
    const eventDate = groups[0].dataset.date!;
    const known = panel.querySelector('.event-panel-known')!;
    const figures = document.querySelector(FIGURES_CHART);
    known.textContent = figures ? (this.dataset.known ?? '').replace('{date}', this.formatDate(eventDate)) : '';
    if (figures) highlightKnown(figures, eventDate);
    panel.hidden = false;
    if (fromLink) {
      const mark = [...(this.marks()?.marks() ?? [])].find((m) => m.dataset.key === id);
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      (mark ?? panel).scrollIntoView({ behavior, block: 'center' });
      if (mark) this.marks()?.focusMark(mark);
    }
  }

  private close() {
    const panel = this.panel();
    panel.hidden = true;
    for (const g of this.figure().querySelectorAll('g.event.is-selected')) g.classList.remove('is-selected');
    const figures = document.querySelector(FIGURES_CHART);
    if (figures) highlightKnown(figures, undefined);
    if (location.hash.startsWith('#event-')) history.replaceState(null, '', location.pathname + location.search);
    const mark = this.marks()?.querySelector<SVGElement>('[data-tip][tabindex="0"]');
    mark?.focus();
  }

  private formatDate(date: string): string {
    const [y, m, d] = date.split('-').map(Number);
    const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(this.dataset.locale, options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
  }
}

/** Marks each figure in `chart` as known or not yet reported on `date`; no date clears the marks. */
function highlightKnown(chart: Element, date: string | undefined) {
  chart.classList.toggle('is-dated', date !== undefined);
  for (const el of chart.querySelectorAll<SVGElement>('[data-known]')) {
    el.classList.toggle('is-known', date !== undefined && el.dataset.known! <= date);
  }
}

if (!customElements.get('timeline-explorer')) customElements.define('timeline-explorer', TimelineExplorer);
