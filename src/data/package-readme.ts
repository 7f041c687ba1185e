/**
 * The templates of a data package's README.md, one per language, in `content/datapackage/`
 * (README.<lang>.md): words a journalist edits, with `{placeholders}` the package fills from its
 * release. Loading refuses a placeholder the package cannot fill, or a template missing one it
 * must carry, naming the file, the line and the placeholder.
 */
import { join, relative } from 'node:path';
import { DataError } from './errors.ts';
import { readText } from './load.ts';
import { LANGUAGES, type Lang } from './schema.ts';

/** What a template may ask for. */
export const README_PLACEHOLDERS = [
  'name',
  'title',
  'version',
  'date',
  'year',
  'figures',
  'sources',
  'events',
  'as_of_from',
  'as_of_to',
  'events_from',
  'events_to',
  'published_from',
  'published_to',
  'notes',
  'grade_counts',
  'grades',
  'licence_name',
  'licence_url',
  'licence_terms',
  'credit',
  'zip',
] as const;

/** A placeholder a template may use. */
export type ReadmePlaceholder = (typeof README_PLACEHOLDERS)[number];

/** What every template must carry: the release it describes, its notes, its grades and how to check it. */
const REQUIRED: ReadmePlaceholder[] = ['version', 'notes', 'grade_counts', 'licence_url'];

/** The README templates of a content folder, by language; throws a `DataError` at the first fault. */
export function loadPackageReadmes(content: string, root = process.cwd()): Record<Lang, string> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const path = join(content, 'datapackage', `README.${lang}.md`);
      return [lang, checkReadmeTemplate(readText({ path, name: relative(root, path) }), relative(root, path))];
    }),
  ) as Record<Lang, string>;
}

/** `text` when its placeholders are all known and the required ones are there; a `DataError` naming `file` otherwise. */
export function checkReadmeTemplate(text: string, file: string): string {
  for (const [i, line] of text.split('\n').entries()) {
    for (const [, name] of line.matchAll(/\{([^{}\s]*)\}/g)) {
      if (!(README_PLACEHOLDERS as readonly string[]).includes(name)) {
        throw new DataError(
          { file, line: i + 1, field: `{${name}}` },
          `got a placeholder the package cannot fill, expected one of ${README_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        );
      }
    }
  }
  const missing = REQUIRED.find((name) => !text.includes(`{${name}}`));
  if (missing)
    throw new DataError({ file, field: `{${missing}}` }, `got no {${missing}}, expected every README to carry ${REQUIRED.map((p) => `{${p}}`).join(', ')}`);
  return text;
}

/** `template` with each `{placeholder}` replaced by its value. */
export function fillReadme(template: string, values: Record<ReadmePlaceholder, string>): string {
  // One pass: a value holding "{version}" is written as it is, not filled again.
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (name in values ? values[name as ReadmePlaceholder] : whole));
}
