/** Checks a story's MDX against the data before it is rendered: component ids that exist, and no number stated by hand. */
import { DataError } from './errors.ts';
import { checkProse, statedNumbers } from './prose.ts';
import type { Located } from './load.ts';
import type { Chart } from './content-schema.ts';
import type { Figure, Source } from './schema.ts';

const COMPONENT = /<(Fact|Chart|Cite)\b([^>]*)\/?>/g;

const FILES = { Fact: 'content/data/figures.csv', Cite: 'content/data/sources.csv' } as const;

/** The props each component takes, as in its `interface Props`. */
export const COMPONENT_PROPS = { Fact: ['id', 'compact'], Chart: ['id'], Cite: ['id'] } as const;

/** Throws a `DataError` naming the file and line of the first `<Fact>`, `<Cite>` or `<Chart>` whose id the data lacks. */
export function checkStory(mdx: string, file: string, { figures, sources, charts }: { figures: Figure[]; sources: Source[]; charts: string[] }): void {
  const known = { Fact: new Set(figures.map((f) => f.id)), Cite: new Set(sources.map((s) => s.id)), Chart: new Set(charts) };
  mdx.split('\n').forEach((line, i) => {
    for (const [, component, attrs] of line.matchAll(COMPONENT)) {
      const id = /\bid=["']([^"']*)["']/.exec(attrs)?.[1];
      const kind = component as keyof typeof known;
      const allowed: readonly string[] = COMPONENT_PROPS[kind];
      const stray = [...attrs.matchAll(/([A-Za-z_][\w-]*)(?==|\s|\/|$)/g)].map((m) => m[1]).find((name) => !allowed.includes(name));
      if (stray) {
        throw new DataError({ file, line: i + 1, field: `<${component} ${stray}>` }, `got an unknown prop "${stray}", expected only ${allowed.join(' and ')}`);
      }
      const where = { file, line: i + 1, field: `<${component} id>` };
      const list = kind === 'Chart' ? `content/data/charts.yaml (${charts.join(', ')})` : FILES[kind];
      if (id === undefined) throw new DataError(where, `got no id, expected id="…" naming a row of ${list}`);
      if (!known[kind].has(id)) throw new DataError(where, `got "${id}", expected the id of a row of ${list}`);
    }
  });
  checkProse(mdx, file, figures);
}

/** Throws a `DataError` when a chart's title, dek or notes state a number by hand: numbers belong in the figures. */
export function checkChartTexts(charts: Located<Chart>[]): Chart[] {
  for (const { row, location, fieldLines } of charts) {
    const texts = [['title', row.title], ['dek', row.dek], ...row.notes.map((n) => ['notes', n] as const)] as const;
    for (const [field, text] of texts) {
      for (const [lang, value] of Object.entries(text)) {
        const [first] = statedNumbers(value);
        if (first) {
          throw new DataError({ ...location, line: fieldLines?.[field] ?? location.line, field: `${field}.${lang}` }, `states "${first.text}" by hand, expected words only: a chart's numbers come from content/data/figures.csv`);
        }
      }
    }
  }
  return charts.map((c) => c.row);
}
