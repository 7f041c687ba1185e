import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { eventRows, figureRows } from './rows.ts';
import { chart as ordersApprovalsStock } from './orders-approvals-stock.ts';
import { chart as figuresOverTime, chipCounts } from './figures-over-time.ts';
import { chart as policyTimeline, eventMark } from './policy-timeline.ts';
import { nameDrawing, nameMark } from './marks.ts';
import { figureMark } from './figure-text.ts';
import { tipLines } from '../client/tip-lines.ts';
import { PAGE_WIDTH } from './types.ts';

const FIXTURE = join(import.meta.dirname, '..', 'data', '__fixtures__', 'valid');
const data = loadDataset(FIXTURE, FIXTURE);
const figures = figureRows(data);
const events = eventRows(data);

/** The drawing as a DOM, as a browser would parse it from the page. */
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

const charts = [
  {
    name: 'orders-approvals-stock',
    module: ordersApprovalsStock,
    rows: figures,
    ids: figures.map((f) => f.id),
    role: 'img',
    info: (i: number) => figureMark(figures[i], 'en'),
  },
  {
    name: 'figures-over-time',
    module: figuresOverTime,
    rows: figures,
    ids: chipCounts(figures).map((f) => f.id),
    role: 'img',
    info: (i: number) => figureMark(chipCounts(figures)[i], 'en'),
  },
  {
    name: 'policy-timeline',
    module: policyTimeline,
    rows: events,
    ids: events.map((e) => e.id),
    role: 'button',
    info: (i: number) => eventMark(events[i], 'en'),
  },
] as const;

describe.each(charts)('$name.render(rows, { width: PAGE_WIDTH }): marks named when drawn', ({ module, rows, ids, role, info }) => {
  // biome-ignore lint/suspicious/noExplicitAny: each chart module takes its own rows
  const document = parse((module.render as (rows: any, options: object) => string)(rows, { width: PAGE_WIDTH, lang: 'en' }));
  const marks = [...document.querySelectorAll('[data-tip]')];

  it('draws each datum once as a mark, in reading order', () => {
    expect(marks.map((m) => m.getAttribute('data-key')).sort()).toEqual([...ids].sort());
    expect(marks.map((m) => Number(m.getAttribute('data-order'))).sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
  });
  it('gives each mark its role, the words of its tooltip as its name, and no tab stop (the script gives one)', () => {
    for (const mark of marks) {
      const order = Number(mark.getAttribute('data-order'));
      expect(mark.getAttribute('role')).toBe(role);
      expect(mark.getAttribute('tabindex')).toBe('-1');
      expect(mark.getAttribute('aria-label')).toBe(info(order).lines.join(', '));
      expect(tipLines(mark)).toEqual(info(order).lines);
    }
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(0);
  });
  it('writes no <title>: the name says it once', () => expect(document.querySelectorAll('title')).toHaveLength(0));
  it('hides from screen readers everything that is neither a mark nor holds one', () => {
    const svg = document.querySelector('svg')!;
    const exposed = [...svg.querySelectorAll('*')].filter((el) => !el.closest('[aria-hidden="true"]'));
    for (const el of exposed) expect(el.hasAttribute('data-tip') || el.querySelector('[data-tip]') !== null, el.outerHTML.slice(0, 80)).toBe(true);
    expect(svg.querySelectorAll('[aria-hidden="true"]').length).toBeGreaterThan(0);
  });
});

describe('nameMark(el, info, role) and tipLines(mark)', () => {
  it('splits the name back into the lines of the tooltip, commas inside a line included', () => {
    const { document } = parseHTML('<svg><circle/></svg>');
    const circle = document.querySelector('circle')!;
    const lines = ['7 Oct 2022 · US government', 'Rules, again, on chips', 'Source: A, B; C'];
    nameMark(circle, { key: 'k', lines }, 'button');
    expect(circle.getAttribute('aria-label')).toBe('7 Oct 2022 · US government, Rules, again, on chips, Source: A, B; C');
    expect(tipLines(circle)).toEqual(lines);
  });
});

describe('nameDrawing(svg, label)', () => {
  it('names the drawing as a group, its label escaped', () => {
    expect(nameDrawing('<svg viewBox="0 0 1 1"></svg>', 'Orders & "approvals"')).toBe(
      '<svg role="group" aria-label="Orders &amp; &quot;approvals&quot;" viewBox="0 0 1 1"></svg>',
    );
  });
  it('refuses what is not SVG markup', () => expect(() => nameDrawing('<div></div>', 'x')).toThrow(/expected SVG markup/));
});
