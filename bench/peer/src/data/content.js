// Reads the site's own content/data, so the peer draws exactly the figures and events the site does.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

const folder = process.env.H200_CONTENT
  ? join(resolve(process.env.H200_CONTENT), 'data')
  : fileURLToPath(new URL('../../../../content/data/', import.meta.url));

const read = (name) => readFileSync(join(folder, name), 'utf8');
const csv = (name) => parseCsv(read(name), { columns: true, skip_empty_lines: true });

const sources = new Map(csv('sources.csv').map((s) => [s.id, s]));

/** "Reuters via Nasdaq" for a republication, else the publisher, as the site labels a source. */
const sourceLabel = (s) => (s.kind === 'republication' && s.republishes ? `${s.republishes} via ${s.publisher}` : s.publisher);
const sourceList = (ids) => ids.map((id) => ({ label: sourceLabel(sources.get(id)), url: sources.get(id).url }));

export function leadFigures() {
  const chart = parseYaml(read('charts.yaml')).find((c) => c.id === 'orders-approvals-stock');
  const figures = new Map(csv('figures.csv').map((f) => [f.id, f]));
  return {
    title: chart.title.en,
    dek: chart.dek.en,
    notes: chart.notes.map((n) => n.en),
    figures: chart.figures.map((id) => {
      const f = figures.get(id);
      const number = (v) => (v === '' ? null : Number(v));
      return {
        id,
        label: f.label_en,
        bound: f.bound,
        status: f.status,
        unit: f.unit,
        asOf: f.as_of,
        value: number(f.value),
        low: number(f.low),
        high: number(f.high),
        sources: sourceList(
          f.sources
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      };
    }),
  };
}

export function timelineEvents() {
  const chart = parseYaml(read('charts.yaml')).find((c) => c.id === 'policy-timeline');
  const events = parseYaml(read('events.yaml')).map((e) => ({
    id: e.id,
    date: String(e.date),
    actor: e.actor,
    title: e.title.en,
    summary: e.summary.en,
    sources: sourceList(e.sources),
  }));
  return { title: chart.title.en, dek: chart.dek.en, events };
}
