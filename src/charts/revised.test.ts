import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset, loadYamlList } from '../data/load.ts';
import { chartSchema } from '../data/content-schema.ts';
import { loadReleases, releasesDir } from '../data/release.ts';
import { figureRevisions, releaseChanges } from '../data/release-diff.ts';
import { MEASURES } from '../data/schema.ts';
import { t } from '../i18n/ui.ts';
import { figureRows, withRevisions, type FigureRow } from './rows.ts';
import { chart as ordersApprovalsStock } from './orders-approvals-stock.ts';
import { chart as figuresOverTime } from './figures-over-time.ts';
import { figureMark } from './figure-text.ts';
import { REVISED_SYMBOL, revisedLines, revisionText } from './revised.ts';
import { PAGE_WIDTH } from './types.ts';

// The site's own data and recorded releases: the revisions a reader sees.
const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const data = loadDataset(join(CONTENT, 'data'), ROOT);
const releases = loadReleases(releasesDir(CONTENT), ROOT);
const revisions = figureRevisions(releaseChanges(releases));
const rows = withRevisions(figureRows(data), revisions);
const byId = new Map(rows.map((f) => [f.id, f]));
const row = (id: string) => byId.get(id)!;
const charts = loadYamlList({ path: join(CONTENT, 'data', 'charts.yaml'), name: 'content/data/charts.yaml' }, chartSchema).map((c) => c.row);
/** The rows a chart draws, as the site model picks them: its figures, or every figure. */
const chartRows = (id: string) => (charts.find((c) => c.id === id)!.figures ?? rows.map((f) => f.id)).map(row);

/** The drawing as a browser would parse it from the page. */
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
/** A figure's label in the drawing, its lines read as one. */
const labelOf = (document: Document, id: string) => document.querySelector(`.mark-label [data-key="${id}"]`)!;

describe('withRevisions(rows, revisions)', () => {
  it('gives a figure revised since its first release its revisions, and the others none', () => {
    expect(row('h200-inventory').revisions?.map((r) => r.version)).toEqual(['2026-12-02']);
    expect(row('h200-shipped').revisions?.map((r) => r.version)).toEqual(['2026-12-02']);
    expect(row('h200-ordered').revisions).toBeUndefined();
  });
  it('keeps only the revisions it is given: a chart of the first release has none', () => {
    const first = withRevisions(rows, figureRevisions(releaseChanges(releases.slice(0, 1))));
    expect(first.filter((f) => f.revisions)).toEqual([]);
  });
});

describe('revisionText(revision, lang)', () => {
  const only = (id: string) => row(id).revisions![0];
  it('says when a figure changed and what it was, from the release before', () => {
    expect(revisionText(only('h200-inventory'), 'en')).toBe('Revised 2 Dec 2026: was about 700,000');
    expect(revisionText(only('h200-us-licence-cap-per-buyer'), 'en')).toBe('Revised 2 Dec 2026: was up to 75,000, dated May 2026');
    expect(revisionText(only('h200-shipped'), 'en')).toBe('Revised 2 Dec 2026: was counted as shipped');
  });
  it('says it in French, with French typography', () => {
    expect(revisionText(only('h200-inventory'), 'fr')).toBe('Révisé le 2 déc. 2026 : auparavant environ 700\u202f000');
    expect(revisionText(only('h200-us-licence-cap-per-buyer'), 'fr')).toBe("Révisé le 2 déc. 2026 : auparavant jusqu'à 75\u202f000, en mai 2026");
    expect(revisionText(only('h200-shipped'), 'fr')).toBe('Révisé le 2 déc. 2026 : auparavant compté comme des livraisons');
  });
  it('has words for what every measure counts, in every language', () => {
    for (const measure of MEASURES) for (const lang of ['en', 'fr'] as const) expect(() => t(lang, `revised.measure.${measure}`)).not.toThrow();
  });
});

describe.each([
  { name: 'orders-approvals-stock', module: ordersApprovalsStock, revised: 'h200-inventory', plain: 'h200-ordered' },
  { name: 'figures-over-time', module: figuresOverTime, revised: 'h200-us-licence-cap-per-buyer', plain: 'h200-approved-by-china' },
])('$name: the "revised" mark', ({ name, module, revised, plain }) => {
  const figures = chartRows(name);
  for (const lang of ['en', 'fr'] as const) {
    const document = parse(module.render(figures, { width: PAGE_WIDTH, lang }));
    it(`ends a revised figure's label in ${REVISED_SYMBOL}, and no other (${lang})`, () => {
      expect(labelOf(document, revised).textContent).toMatch(new RegExp(`\u00a0${REVISED_SYMBOL}$`));
      expect(labelOf(document, plain).textContent).not.toContain(REVISED_SYMBOL);
      expect(document.querySelector('.revised-key')!.textContent).toBe(t(lang, 'revised.key', { mark: REVISED_SYMBOL }));
    });
    it(`names the revised figure's mark with what it was and when it changed (${lang})`, () => {
      const mark = document.querySelector(`[data-tip][data-key="${revised}"]`)!;
      expect(mark.getAttribute('aria-label')).toContain(revisedLines(row(revised), lang)[0]);
      expect(document.querySelector(`[data-tip][data-key="${plain}"]`)!.getAttribute('aria-label')).not.toMatch(/Revised|Révisé/);
    });
  }
  it('gives the revised figure a table cell that says what it was and links to its entry on the changes page; the others an empty one', () => {
    const table = module.table(figures, 'en');
    const at = table.columns.indexOf('Revised');
    expect(at).toBe(2);
    const cell = (id: string) => table.rows.find((r) => r[0].text === row(id).label.en)![at];
    expect(cell(revised).links).toEqual([{ text: revisedLines(row(revised), 'en')[0], href: `/data/changes/#change-2026-12-02-figure-${revised}` }]);
    expect(cell(plain).text).toBe('');
    expect(module.table(figures, 'fr').rows.find((r) => r[0].text === row(revised).label.fr)![at].links![0].href).toBe(
      `/fr/data/changes/#change-2026-12-02-figure-${revised}`,
    );
  });
  it('says the same in the CSV download: revised and revised_in', () => {
    const records = module.records(figures, 'fr');
    expect(records.find((r) => r.id === revised)).toMatchObject({ revised: revisedLines(row(revised), 'fr')[0], revised_in: '2026-12-02' });
    expect(records.find((r) => r.id === plain)).toMatchObject({ revised: '', revised_in: '' });
  });
  it('names the revised figures in its text alternative', () => {
    expect(module.describe(figures, 'en')).toContain(`Revised since first published: `);
    expect(module.describe(figures, 'en')).toContain(row(revised).label.en);
  });
});

describe('a chart with no revised figure', () => {
  const first: FigureRow[] = chartRows('orders-approvals-stock').map(({ revisions: _, ...f }) => f);
  it('draws no mark and no key, and its table has no "Revised" column', () => {
    const svg = ordersApprovalsStock.render(first, { width: PAGE_WIDTH });
    expect(svg).not.toContain(REVISED_SYMBOL);
    expect(svg).not.toContain('revised-key');
    expect(ordersApprovalsStock.table(first).columns).not.toContain('Revised');
    expect(figureMark(first[0], 'en').lines.join(' ')).not.toContain('Revised');
  });
});
