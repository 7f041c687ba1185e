/** Checks a story's MDX against the data before it is rendered: component ids that exist, and no number stated by hand. */
import { DataError } from './errors.ts';
import { checkProse, withoutCode } from './prose.ts';
import type { Figure, Lang, Source } from './schema.ts';

const COMPONENT = /<(Fact|Chart|Cite)\b([^>]*?)\/?>/g;
const ID = /\bid=\{?\s*["']([^"']*)["']\s*\}?/;

const FILES = { Fact: 'content/data/figures.csv', Cite: 'content/data/sources.csv' } as const;

/** The ids a story's MDX passes to a component, each once, e.g. `usedIds(body, 'Fact')` → figure ids. */
export function usedIds(mdx: string, component: keyof typeof COMPONENT_PROPS): string[] {
  const ids = [...withoutCode(mdx).matchAll(COMPONENT)].filter((m) => m[1] === component).map((m) => ID.exec(m[2])?.[1]);
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The props each component takes, as in its `interface Props`. */
export const COMPONENT_PROPS = { Fact: ['id', 'compact'], Chart: ['id'], Cite: ['id'] } as const;

/** Throws a `DataError` naming the file and line of the first `<Fact>`, `<Cite>` or `<Chart>` with an unknown prop or an id the data lacks. */
export function checkStory(
  mdx: string,
  file: string,
  { figures, sources, charts, lang = 'en' }: { figures: Figure[]; sources: Source[]; charts: string[]; lang?: Lang },
): void {
  const known = { Fact: new Set(figures.map((f) => f.id)), Cite: new Set(sources.map((s) => s.id)), Chart: new Set(charts) };
  const text = withoutCode(mdx);
  for (const m of text.matchAll(COMPONENT)) {
    const kind = m[1] as keyof typeof known;
    const attrs = m[2];
    const line = text.slice(0, m.index).split('\n').length;
    const allowed: readonly string[] = COMPONENT_PROPS[kind];
    const stray = [...attrs.matchAll(/([A-Za-z_][\w-]*)(?==|\s|$)/g)].map((a) => a[1]).find((name) => !allowed.includes(name));
    if (stray) throw new DataError({ file, line, field: `<${kind} ${stray}>` }, `got an unknown prop "${stray}", expected only ${allowed.join(' and ')}`);
    const id = ID.exec(attrs)?.[1];
    const where = { file, line, field: `<${kind} id>` };
    const list = kind === 'Chart' ? `content/data/charts.yaml (${charts.join(', ')})` : FILES[kind];
    if (id === undefined) throw new DataError(where, `got no id, expected id="…" naming a row of ${list}`);
    if (!known[kind].has(id)) throw new DataError(where, `got "${id}", expected the id of a row of ${list}`);
  }
  checkProse(mdx, file, figures, lang);
}

