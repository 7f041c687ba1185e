import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadReleases, type ReleaseData, type ReleasedFigure } from './release.ts';
import { diffData, figureRevisions, isEmpty, isRevision, releaseChanges } from './release-diff.ts';
import type { Source } from './schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RELEASES = join(ROOT, 'content', 'releases');
const [first, audit] = loadReleases(RELEASES, ROOT);

/** The rows of a release's file as written, read without the site's loaders: what the diff must agree with. */
const csv = (version: string, file: string) =>
  parseCsv(readFileSync(join(RELEASES, version, 'data', file), 'utf8'), { columns: true }) as ({ id: string } & Record<string, string>)[];
const events = (version: string) => parseYaml(readFileSync(join(RELEASES, version, 'data', 'events.yaml'), 'utf8')) as { id: string }[];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const minus = (a: { id: string }[], b: { id: string }[]) => ids(a.filter((r) => !b.some((s) => s.id === r.id)));

describe('diffData(before, after) on the two recorded releases', () => {
  const changes = diffData(first.data, audit.data);
  const byId = <T extends { id: string }>(rows: T[], id: string) => rows.find((r) => r.id === id)!;

  it('finds the figures, events and sources the December audit added, as the files list them', () => {
    expect(ids(changes.figures.added)).toEqual(minus(csv(audit.version, 'figures.csv'), csv(first.version, 'figures.csv')));
    expect(changes.figures.added).toHaveLength(4);
    expect(ids(changes.events.added)).toEqual(minus(events(audit.version), events(first.version)));
    expect(changes.events.added).toHaveLength(19);
    expect(ids(changes.sources.added)).toEqual(minus(csv(audit.version, 'sources.csv'), csv(first.version, 'sources.csv')));
    expect(changes.figures.removed).toEqual([]);
    expect(changes.events.removed).toEqual([]);
  });

  it('finds the three revised figures and what was revised in each', () => {
    const revised = changes.figures.changed.filter(isRevision);
    expect(revised.map((c) => c.id).sort()).toEqual(['h200-inventory', 'h200-shipped', 'h200-us-licence-cap-per-buyer']);
    const numbers = (id: string) => byId(revised, id).fields.filter((f) => ['value', 'low', 'high', 'bound', 'asOf', 'status', 'measure'].includes(f));
    expect(numbers('h200-inventory')).toEqual(['bound']);
    expect(numbers('h200-us-licence-cap-per-buyer')).toEqual(['bound', 'asOf']);
    expect(numbers('h200-shipped')).toEqual(['measure']);
    // Before and after are the rows as each release's file writes them.
    const row = (version: string, id: string) => byId(csv(version, 'figures.csv'), id);
    for (const change of revised) {
      expect(change.before.bound).toBe(row(first.version, change.id).bound);
      expect(change.after.bound).toBe(row(audit.version, change.id).bound);
      expect(change.before.measure).toBe(row(first.version, change.id).measure);
      expect(change.after.asOf).toBe(row(audit.version, change.id).as_of);
    }
  });

  it('reports every regraded source with its old and new grade, as the files give them', () => {
    const grade = (version: string) => new Map(csv(version, 'sources.csv').map((s) => [s.id, s.confidence]));
    const [before, after] = [grade(first.version), grade(audit.version)];
    const regraded = [...after].filter(([id, g]) => before.has(id) && before.get(id) !== g).map(([id]) => id);
    expect(regraded.length).toBeGreaterThan(0);
    expect(ids(changes.sources.regraded)).toEqual(regraded.sort());
    for (const c of changes.sources.regraded) expect([c.before.confidence, c.after.confidence]).toEqual([before.get(c.id), after.get(c.id)]);
  });

  it('reports each source the audit dropped with the sources now cited where it was', () => {
    const dropped = minus(csv(first.version, 'sources.csv'), csv(audit.version, 'sources.csv'));
    expect(dropped.length).toBeGreaterThan(0);
    expect([...changes.sources.replaced.map((r) => r.before.id), ...changes.sources.removed.map((s) => s.id)].sort()).toEqual(dropped);
    for (const { before, by } of changes.sources.replaced) {
      const citing = [...first.data.figures, ...first.data.events].filter((r) => r.sources.includes(before.id)).map((r) => r.id);
      const now = [...audit.data.figures, ...audit.data.events].filter((r) => citing.includes(r.id)).flatMap((r) => r.sources);
      expect(by.length).toBeGreaterThan(0);
      for (const source of by) expect(now).toContain(source.id);
    }
  });
});

/** A small version of the data: one source cited by one figure. */
function tiny(): ReleaseData {
  const source: Source = {
    id: 'wire-a',
    publisher: 'Wire',
    title: 'Firms order chips',
    url: 'https://wire.example/a',
    published: '2026-01-01',
    language: 'en',
    kind: 'original',
    confidence: 'H',
  } as Source;
  const figure = {
    id: 'h200-ordered',
    measure: 'ordered',
    chip: 'H200',
    unit: 'chips',
    bound: 'lower',
    value: 2000000,
    asOf: '2025-12',
    sources: ['wire-a'],
    status: 'reported',
    label: { en: 'Ordered', fr: 'Commandées' },
  } as ReleasedFigure;
  return { sources: [source], figures: [figure], events: [] };
}

describe('diffData(before, after)', () => {
  it('reports a source no row cites any more as replaced by the sources cited in its place', () => {
    const before = tiny();
    const wireB = { ...before.sources[0], id: 'wire-b', url: 'https://wire.example/b' };
    const after: ReleaseData = { ...before, sources: [wireB], figures: [{ ...before.figures[0], sources: ['wire-b'] }] };
    const changes = diffData(before, after);
    expect(changes.sources.replaced).toEqual([{ before: before.sources[0], by: [wireB] }]);
    expect(changes.sources.added).toEqual([wireB]);
    expect(changes.sources.removed).toEqual([]);
  });

  it('reports a source whose page moved as replaced by its new page, and one dropped with nothing in its place as removed', () => {
    const before = tiny();
    const moved = { ...before.sources[0], url: 'https://archive.example/a' };
    expect(diffData(before, { ...before, sources: [moved] }).sources.replaced).toEqual([{ before: before.sources[0], by: [moved] }]);
    const extra = { ...before.sources[0], id: 'wire-z' };
    expect(diffData({ ...before, sources: [...before.sources, extra] }, before).sources.removed).toEqual([extra]);
  });

  it('finds nothing between a version and itself, and everything added for a first release', () => {
    expect(isEmpty(diffData(tiny(), tiny()))).toBe(true);
    expect(diffData(undefined, tiny()).figures.added.map((f) => f.id)).toEqual(['h200-ordered']);
  });
});

describe('figureRevisions(changes)', () => {
  it('lists only figures whose number changed, not their words or sources', () => {
    const v1 = tiny();
    const words = {
      ...v1,
      figures: [{ ...v1.figures[0], label: { en: 'Ordered by firms', fr: 'Commandées par des entreprises' }, note: { en: 'A note.', fr: 'Une note.' } }],
    };
    const number = { ...words, figures: [{ ...words.figures[0], value: 2500000 }] };
    const releases = [
      { version: '2026-12-01', date: '2026-12-01', data: v1 },
      { version: '2026-12-02', date: '2026-12-02', data: words },
      { version: '2026-12-02-2', date: '2026-12-02', data: number },
    ];
    const revisions = figureRevisions(releaseChanges(releases));
    expect([...revisions.keys()]).toEqual(['h200-ordered']);
    expect(revisions.get('h200-ordered')!.map((r) => [r.version, r.fields, r.before.value, r.after.value])).toEqual([
      ['2026-12-02-2', ['value'], 2000000, 2500000],
    ]);
  });

  it('on the recorded releases, names only the revised figures, though every figure gained a quote', () => {
    const all = releaseChanges([first, audit]);
    expect(all[1].changes.figures.changed.length).toBeGreaterThan(3);
    const revised = all[1].changes.figures.changed.filter(isRevision).map((c) => c.id);
    expect([...figureRevisions(all).keys()].sort()).toEqual(revised.sort());
    for (const [, list] of figureRevisions(all)) expect(list.map((r) => r.version)).toEqual([audit.version]);
  });
});
