/**
 * The schema of `content/ui.yaml`, the interface's words in every language, and its loader: every
 * string must exist in every language with the same placeholders. Errors name the file, the line
 * and the string. `src/i18n/ui.ts` serves the strings to the pages.
 */
import { join, relative } from 'node:path';
import { z } from 'zod';
import { loadYamlRecord } from './load.ts';
import { DataError } from './errors.ts';
import { LANGUAGES, type Lang } from './schema.ts';

// Not trimmed: a string may begin or end with a space that joins it to the page's text (" (source: …)").
const text = z.string({ error: 'a text' }).refine((s) => s.trim().length > 0, 'a non-empty text');
const plural = z.object({ one: text, other: text }, { error: 'a text, or one: and other: forms' }).strict();
const NAMES: Record<Lang, string> = { en: 'an English text (en)', fr: 'a French text (fr)' };
const perLanguage = <T extends z.ZodType>(schema: (lang: Lang) => T) =>
  z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, schema(lang)])) as Record<Lang, T>).strict();

/** The schema of content/ui.yaml: the languages, and every string in each of them. */
export const uiSchema = z
  .object({
    languages: perLanguage(() =>
      z.object({
        /** The language's own name, for the language switch: "Français". */
        name: text,
        /** The BCP 47 locale for numbers and dates: "fr-FR". */
        locale: text,
        /** The path the edition lives under: "" for the default language, "fr" for /fr/…. */
        path: z.string().regex(/^[a-z-]*$/, 'a path segment such as fr, or "" for the root'),
      }),
    ),
    strings: z.record(
      z.string(),
      perLanguage((lang) => z.union([text, plural], { error: NAMES[lang] })),
    ),
  })
  .strict();

export type Ui = z.output<typeof uiSchema>;
type Entry = Ui['strings'][string][Lang];

const placeholders = (entry: Entry) =>
  [...new Set((typeof entry === 'string' ? entry : `${entry.one} ${entry.other}`).match(/\{\w+\}/g) ?? [])].sort().join(' ');

/** Reads and checks `ui.yaml` in `contentDir`; errors name the file, the line and the string. */
export function loadUi(contentDir: string, root = process.cwd()): Ui {
  const path = join(contentDir, 'ui.yaml');
  const { row, lineAt } = loadYamlRecord({ path, name: relative(root, path) }, uiSchema);
  for (const [key, entry] of Object.entries(row.strings)) {
    const expected = placeholders(entry.en);
    for (const lang of LANGUAGES) {
      if (placeholders(entry[lang]) !== expected) {
        throw new DataError(
          { file: relative(root, path), line: lineAt?.(['strings', key, lang]), field: `strings.${key}.${lang}` },
          `got the placeholders "${placeholders(entry[lang])}", expected the same as in English: "${expected}"`,
        );
      }
    }
  }
  return row;
}
