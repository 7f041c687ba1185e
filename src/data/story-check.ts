/** Checks a story's MDX against the data before it is rendered: component ids that exist, and no number stated by hand. */
import { DataError } from './errors.ts';
import { checkProse } from './prose.ts';
import type { Figure } from './schema.ts';

const COMPONENT = /<(Fact|Chart)\b([^>]*)\/?>/g;

/** Throws a `DataError` naming the file and line of the first `<Fact>` or `<Chart>` whose id the data lacks. */
export function checkStory(mdx: string, file: string, { figures, charts }: { figures: Figure[]; charts: string[] }): void {
  const figureIds = new Set(figures.map((f) => f.id));
  mdx.split('\n').forEach((line, i) => {
    for (const [, component, attrs] of line.matchAll(COMPONENT)) {
      const id = /\bid=["']([^"']*)["']/.exec(attrs)?.[1];
      const known = component === 'Fact' ? figureIds : new Set(charts);
      const where = { file, line: i + 1, field: `<${component} id>` };
      const list = component === 'Fact' ? 'content/data/figures.csv' : `content/data/charts.yaml (${charts.join(', ')})`;
      if (id === undefined) throw new DataError(where, `got no id, expected id="…" naming a row of ${list}`);
      if (!known.has(id)) throw new DataError(where, `got "${id}", expected the id of a row of ${list}`);
    }
  });
  checkProse(mdx, file, figures);
}
