/**
 * Checks a whole content folder before anything is built: the data files, the charts' texts, the
 * site's settings, the interface strings, the export's READMEs and every story. The build and the
 * export run it first, so a mistake stops them at once with one `DataError` naming the file, the
 * line and the field, before any output is touched. Pure Node: the pages run the same checks
 * again as they are built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DataError } from './errors.ts';
import { loadDataset, loadFrontmatter, loadYamlList, loadYamlRecord } from './load.ts';
import { chartSchema, siteSchema, storySchema } from './content-schema.ts';
import { checkCharts } from './chart-check.ts';
import { checkStory } from './story-check.ts';
import { LANGUAGES, type Lang } from './schema.ts';
import { loadUi } from '../i18n/ui.ts';

/** A story's file name: `<slug>.<lang>.mdx`, the slug in lower case with hyphens. */
const STORY_FILE = new RegExp(`^([a-z0-9]+(?:-[a-z0-9]+)*)\\.(${LANGUAGES.join('|')})\\.mdx$`);

/** What a content folder holds, counted, once every check has passed. */
export interface ContentSummary {
  sources: number;
  figures: number;
  events: number;
  charts: number;
  stories: number;
}

/**
 * Checks `dir` (a content folder such as `content/`), throwing a `DataError` at the first mistake.
 * Files are named from the folder's parent, as `content/data/figures.csv`.
 */
export function checkContent(dir: string): ContentSummary {
  const root = dirname(dir);
  const file = (...parts: string[]) => ({ path: join(dir, ...parts), name: relative(root, join(dir, ...parts)) });

  const data = loadDataset(join(dir, 'data'), root);
  const charts = checkCharts(loadYamlList(file('data', 'charts.yaml'), chartSchema), data.figures);
  loadYamlRecord(file('site.yaml'), siteSchema);
  loadUi(dir, root);
  for (const lang of LANGUAGES) checkExportReadme(file('export', `README.${lang}.txt`));

  const storyDir = file('stories');
  const names = existsSync(storyDir.path) ? readdirSync(storyDir.path).filter((name) => name.endsWith('.mdx')).sort() : [];
  if (names.length === 0) throw new DataError({ file: storyDir.name }, 'no stories: expected at least one <slug>.<lang>.mdx');
  const slugs = new Map<string, Set<Lang>>();
  for (const name of names) {
    const story = file('stories', name);
    const m = STORY_FILE.exec(name);
    if (!m) throw new DataError({ file: story.name }, `got the file name "${name}", expected <slug>.<lang>.mdx with lang one of ${LANGUAGES.join(', ')}, such as how-we-got-here.en.mdx`);
    const [, slug, lang] = m as unknown as [string, string, Lang];
    const { row, fieldLines } = loadFrontmatter(story, storySchema);
    if (row.lang && row.lang !== lang) {
      throw new DataError({ file: story.name, line: fieldLines?.lang, field: 'lang' }, `got "${row.lang}", expected "${lang}" as the file name says`);
    }
    checkStory(readFileSync(story.path, 'utf8'), story.name, { figures: data.figures, sources: data.sources, charts: charts.map((c) => c.id), lang });
    slugs.set(slug, (slugs.get(slug) ?? new Set()).add(lang));
  }
  for (const [slug, langs] of slugs) {
    const missing = LANGUAGES.filter((lang) => !langs.has(lang));
    if (missing.length > 0) {
      const have = file('stories', `${slug}.${[...langs][0]}.mdx`).name;
      throw new DataError({ file: have }, `has no ${missing.join(', ')} version, expected ${missing.map((lang) => `${storyDir.name}/${slug}.${lang}.mdx`).join(' and ')} beside it (the site is published in ${LANGUAGES.join(' and ')})`);
    }
  }
  return { sources: data.sources.length, figures: data.figures.length, events: data.events.length, charts: charts.length, stories: names.length };
}

/** The export's README template exists and has the `{base}` it is filled in with. */
function checkExportReadme(file: { path: string; name: string }) {
  if (!existsSync(file.path)) throw new DataError({ file: file.name }, 'cannot read the file: expected the newsroom export README in this language');
  if (!readFileSync(file.path, 'utf8').includes('{base}')) {
    throw new DataError({ file: file.name, field: '{base}' }, 'got no {base}, expected the placeholder the package address is written into');
  }
}
