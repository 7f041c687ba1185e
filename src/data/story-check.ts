/**
 * Checks a story's MDX against the data before it is rendered: MDX that parses, components the
 * stories may use with the props they take, ids that exist, and no number stated by hand. The MDX
 * is read by satteri, the parser Astro's MDX integration compiles it with, so a story that passes
 * here parses the same way in the build.
 */
import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { DataError } from './errors.ts';
import { checkProse } from './prose.ts';
import { refuseControlCharacters } from './text-check.ts';
import type { Figure, Lang, Source } from './schema.ts';
import { parseWindow, placement, type Placement } from './window.ts';

/** The components a story may use, and the props each takes, as in its `interface Props`. */
export const COMPONENT_PROPS = { Fact: ['id', 'compact'], Chart: ['id', 'from', 'to', 'actors'], Cite: ['id'], AllSources: [] } as const;
type Component = keyof typeof COMPONENT_PROPS;
/** The components that name a row of the data by `id`. */
type IdComponent = 'Fact' | 'Chart' | 'Cite';
const COMPONENTS = Object.keys(COMPONENT_PROPS) as Component[];

const FILES = { Fact: 'content/data/figures.csv', Cite: 'content/data/sources.csv' } as const;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** A component as written in a story: its name, line and props (`true` for a bare prop, `undefined` for an expression). */
interface Use {
  name: string;
  line: number;
  props: Map<string, string | true | undefined>;
}

/** Parses a story, throwing a `DataError` at the line of the first MDX syntax error. */
function parse(mdx: string, file: string) {
  try {
    return mdxToMdast(mdx);
  } catch (error) {
    // satteri reports "5:12: Unexpected end of file in expression, expected … (mdx-jsx:…)".
    const m = /^(\d+):\d+: (.*?)(?: \([\w-]+:[\w-]+\))?$/s.exec((error as Error).message);
    if (!m) throw error;
    throw new DataError({ file, line: Number(m[1]), field: 'MDX' }, `not valid MDX: ${m[2]}`);
  }
}

/** Every JSX element in `tree` whose name starts with a capital (a component, not an HTML tag), in reading order. */
function componentUses(tree: MdastNode, file: string): Use[] {
  const uses: Use[] = [];
  const visit = (node: MdastNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test((node as JsxElement).name ?? '')) {
      const element = node as JsxElement;
      const line = element.position?.start.line ?? 1;
      const props = new Map<string, string | true | undefined>();
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          throw new DataError({ file, line, field: `<${element.name}>` }, `got a spread of props {…}, expected props written out, such as id="…"`);
        }
        const value = attribute.value;
        props.set(attribute.name, value === null || value === undefined ? true : typeof value === 'string' ? value : stringLiteral(value.value));
      }
      uses.push({ name: element.name!, line, props });
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return uses;
}

/** HTML a story may write by hand: inline tags that carry no behaviour, written without attributes. */
export const INERT_TAGS = ['br', 'em', 'strong', 'b', 'i', 's', 'sub', 'sup', 'small', 'abbr'] as const;

/** A link or image address a story may use: http(s), mailto, a path from the site's root, or a fragment. */
const SAFE_URL = /^(?:https?:\/\/[^\s/]+|mailto:[^\s]+|\/(?![/\\])|#)/i;

/**
 * A story is content, not code: it may not import or export, evaluate `{…}` expressions, write
 * HTML beyond a few inert tags, or link anywhere but http(s), mailto and the site itself. The
 * first thing that could run, navigate a reader away or change the page is refused with its line.
 */
function checkInert(tree: MdastNode, file: string): void {
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        throw new DataError(
          { file, line, field: 'MDX' },
          'got an import or export, expected prose: a story cannot run code (use <Fact>, <Chart>, <Cite> and <AllSources>, which need no import)',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        throw new DataError(
          { file, line, field: 'MDX' },
          'got an expression in braces {…}, expected text: a story cannot run code (write a literal brace as \\{)',
        );
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as JsxElement;
        const name = element.name ?? '';
        if (/^[A-Z]/.test(name)) break;
        if (!(INERT_TAGS as readonly string[]).includes(name)) {
          throw new DataError(
            { file, line, field: `<${name || '>'}>` },
            `got the HTML element <${name}>, expected prose, Markdown or one of ${INERT_TAGS.map((t) => `<${t}>`).join(', ')}`,
          );
        }
        if (element.attributes.length > 0) {
          throw new DataError(
            { file, line, field: `<${name}>` },
            `got <${name}> with attributes, expected <${name}> alone: a story's HTML carries no attributes`,
          );
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as { url?: string }).url ?? '';
        if (!SAFE_URL.test(url.trim())) {
          const what = node.type === 'image' ? 'an image' : 'a link';
          throw new DataError(
            { file, line, field: node.type === 'image' ? 'image' : 'link' },
            `got ${what} to "${url.length > 60 ? `${url.slice(0, 57)}…` : url}", expected an http(s) or mailto address, or a path from the site's root such as /stories/methodology/`,
          );
        }
        break;
      }
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
}

/**
 * A `<Chart>`'s window, written as plain text (from="2025-12", to="2026-06", actors="nvidia"),
 * and each chart placed once in a story: its element ids and its events' `#event-<id>` anchors
 * would otherwise be on the page twice.
 */
function checkPlacement(chart: string, props: Use['props'], { file, line }: { file: string; line: number }, placed: Map<string, number>): void {
  for (const prop of ['from', 'to', 'actors']) {
    const value = props.get(prop);
    if (props.has(prop) && typeof value !== 'string') {
      throw new DataError(
        { file, line, field: `<Chart ${prop}>` },
        `got ${value === true ? 'no value' : 'an expression'}, expected ${prop}="…" written as text`,
      );
    }
  }
  const window = parseWindow(chart, windowProps(props));
  if ('error' in window) throw new DataError({ file, line, field: `<Chart ${window.prop}>` }, window.error);
  const first = placed.get(chart);
  if (first !== undefined) {
    throw new DataError(
      { file, line, field: '<Chart id>' },
      `got the chart "${chart}" a second time (first on line ${first}), expected each chart once per story`,
    );
  }
  placed.set(chart, line);
}

/** The text of a string literal expression (`{"h200-sold"}`), or undefined for any other expression. */
function stringLiteral(expression: string): string | undefined {
  const m = /^\s*(["'])(.*)\1\s*$/s.exec(expression);
  return m ? m[2] : undefined;
}

/** The ids a story's MDX passes to a component, each once, e.g. `usedIds(body, 'Fact')` → figure ids. */
export function usedIds(mdx: string, component: IdComponent): string[] {
  const ids = componentUses(parse(mdx, 'story'), 'story')
    .filter((use) => use.name === component)
    .map((use) => use.props.get('id'));
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * The charts a story places, in reading order, each with its window (src/charts/window.ts): the
 * placement ids its figures, embeds and downloads are named by.
 */
export function usedPlacements(mdx: string): Placement[] {
  const placements = componentUses(parse(mdx, 'story'), 'story')
    .filter((use) => use.name === 'Chart' && typeof use.props.get('id') === 'string')
    .map((use) => {
      const chart = use.props.get('id') as string;
      const window = parseWindow(chart, windowProps(use.props));
      return 'error' in window ? placement(chart) : placement(chart, window);
    });
  return [...new Map(placements.map((p) => [p.id, p])).values()];
}

/** A `<Chart>`'s window props as strings (a bare prop or an expression is left for the check to refuse). */
function windowProps(props: Use['props']): { from?: string; to?: string; actors?: string } {
  const text = (name: string) => {
    const value = props.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return { from: text('from'), to: text('to'), actors: text('actors') };
}

/** Throws a `DataError` naming the file and line of the first MDX error, unknown component or prop, or id the data lacks. */
export function checkStory(
  mdx: string,
  file: string,
  { figures, sources, charts, lang = 'en' }: { figures: Figure[]; sources: Source[]; charts: string[]; lang?: Lang },
): void {
  const known = { Fact: new Set(figures.map((f) => f.id)), Cite: new Set(sources.map((s) => s.id)), Chart: new Set(charts) };
  refuseControlCharacters(mdx, file);
  const tree = parse(mdx, file);
  checkInert(tree, file);
  const placed = new Map<string, number>();
  for (const { name, line, props } of componentUses(tree, file)) {
    if (!(COMPONENTS as string[]).includes(name)) {
      throw new DataError(
        { file, line, field: `<${name}>` },
        `got an unknown component <${name}>, expected one of ${COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      );
    }
    const allowed: readonly string[] = COMPONENT_PROPS[name as Component];
    const stray = [...props.keys()].find((prop) => !allowed.includes(prop));
    if (stray) {
      const expected = allowed.length > 0 ? `only ${allowed.join(' and ')}` : 'no props';
      throw new DataError({ file, line, field: `<${name} ${stray}>` }, `got an unknown prop "${stray}", expected ${expected}`);
    }
    if (props.has('compact') && props.get('compact') !== true) {
      throw new DataError({ file, line, field: `<${name} compact>` }, 'got a value, expected compact written alone, as in <Fact id="…" compact />');
    }
    if (name === 'AllSources') continue;
    const kind = name as IdComponent;
    const id = props.get('id');
    const where = { file, line, field: `<${kind} id>` };
    const list = kind === 'Chart' ? `content/data/charts.yaml (${charts.join(', ')})` : FILES[kind];
    if (!props.has('id') || id === true) throw new DataError(where, `got no id, expected id="…" naming a row of ${list}`);
    if (id === undefined) throw new DataError(where, `got an expression, expected id="…" naming a row of ${list}`);
    if (!known[kind].has(id)) throw new DataError(where, `got "${id}", expected the id of a row of ${list}`);
    if (kind === 'Chart') checkPlacement(id, props, { file, line }, placed);
  }
  checkProse(mdx, file, figures, lang);
}
