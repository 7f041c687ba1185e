/**
 * Checks a whole content folder before anything is built: the data files, the charts' texts, the
 * site's settings, the interface strings, the export's READMEs, the data packages' README
 * templates and every story. The build and the export run it first, so a mistake stops them at
 * once with one `DataError` naming the file, the line and the field, before any output is
 * touched. Pure Node: the pages run the same checks again as they are built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { DataError } from './errors.ts';
import { loadDataset, loadFrontmatter, loadYamlList, loadYamlRecord, readText } from './load.ts';
import { chartSchema, siteSchema, storySchema } from './content-schema.ts';
import { checkCharts } from './chart-check.ts';
import { checkStory } from './story-check.ts';
import { LANGUAGES, type Lang } from './schema.ts';
import { loadUi } from './ui-schema.ts';
import { loadReleases, releasesDir } from './release.ts';
import { loadPackageReadmes } from './package-readme.ts';

/** A story's file name: `<slug>.<lang>.mdx`, the slug in lower case with hyphens. */
const STORY_FILE = new RegExp(`^([a-z0-9]+(?:-[a-z0-9]+)*)\\.(${LANGUAGES.join('|')})\\.mdx$`);

/** What a content folder holds, counted, once every check has passed. */
export interface ContentSummary {
  sources: number;
  figures: number;
  events: number;
  charts: number;
  stories: number;
  releases: number;
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
  loadPackageReadmes(dir, root);
  const releases = loadReleases(releasesDir(dir), root);
  const known = new Set([...data.figures, ...releases.flatMap((r) => r.data.figures)].map((f) => f.id));

  const storyDir = file('stories');
  const names = existsSync(storyDir.path)
    ? readdirSync(storyDir.path)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];
  if (names.length === 0) throw new DataError({ file: storyDir.name }, 'no stories: expected at least one <slug>.<lang>.mdx');
  const stories = names.map((name) => {
    const story = file('stories', name);
    const { slug, lang } = storyFile(story.name);
    const { row, fieldLines, lineAt } = loadFrontmatter(story, storySchema);
    checkCorrectedFigures(row.updates, known, story.name, lineAt);
    checkStoryLang(row.lang, lang, { file: story.name, line: fieldLines?.lang });
    checkStory(readFileSync(story.path, 'utf8'), story.name, { figures: data.figures, sources: data.sources, charts: charts.map((c) => c.id), lang });
    return { slug, lang, file: story.name };
  });
  checkEveryLanguage(stories);
  return {
    sources: data.sources.length,
    figures: data.figures.length,
    events: data.events.length,
    charts: charts.length,
    stories: names.length,
    releases: releases.length,
  };
}

/** The slug and language of a story from its file name, `<slug>.<lang>.mdx`; throws a `DataError` naming `file` otherwise. */
export function storyFile(file: string): { slug: string; lang: Lang } {
  const name = basename(file);
  const m = STORY_FILE.exec(name);
  if (!m)
    throw new DataError(
      { file },
      `got the file name "${name}", expected <slug>.<lang>.mdx with lang one of ${LANGUAGES.join(', ')}, such as how-we-got-here.en.mdx`,
    );
  return { slug: m[1], lang: m[2] as Lang };
}

/** A story's frontmatter `lang`, when it gives one, agrees with its file name's. */
export function checkStoryLang(said: Lang | undefined, lang: Lang, location: { file: string; line?: number }): void {
  if (said && said !== lang) throw new DataError({ ...location, field: 'lang' }, `got "${said}", expected "${lang}" as the file name says`);
}

/** Every story is in every language: throws a `DataError` naming the first story whose twin is missing. */
export function checkEveryLanguage(stories: { slug: string; lang: Lang; file: string }[]): void {
  for (const { slug, file } of stories) {
    const missing = LANGUAGES.filter((lang) => !stories.some((s) => s.slug === slug && s.lang === lang));
    if (missing.length > 0) {
      const beside = (lang: Lang) => join(dirname(file), `${slug}.${lang}.mdx`);
      throw new DataError(
        { file },
        `has no ${missing.join(', ')} version, expected ${missing.map(beside).join(' and ')} beside it (the site is published in ${LANGUAGES.join(' and ')})`,
      );
    }
  }
}

/** A correction's figures are figures of the data, now or in a recorded release. */
function checkCorrectedFigures(updates: { figures: string[] }[], known: Set<string>, file: string, lineAt?: (path: PropertyKey[]) => number) {
  for (const [i, update] of updates.entries()) {
    for (const [j, id] of update.figures.entries()) {
      if (known.has(id)) continue;
      throw new DataError(
        { file, line: lineAt?.(['updates', i, 'figures', j]), field: `updates.${i}.figures` },
        `got "${id}", expected the id of a figure in content/data/figures.csv or in a recorded release`,
      );
    }
  }
}

/** The export's README template exists and has the `{base}` it is filled in with. */
function checkExportReadme(file: { path: string; name: string }) {
  if (!existsSync(file.path)) throw new DataError({ file: file.name }, 'cannot read the file: expected the newsroom export README in this language');
  if (!readText(file).includes('{base}')) {
    throw new DataError({ file: file.name, field: '{base}' }, 'got no {base}, expected the placeholder the package address is written into');
  }
}
