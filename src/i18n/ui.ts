/**
 * The words of the interface in every language, read from `content/ui.yaml`: `t(lang, key, vars)`
 * fills a string's `{placeholders}` and picks its plural form. Pure Node, so the charts, the
 * pages, the downloads and the tests share one set of words. The file is read and checked once
 * (`src/data/ui-schema.ts`), and again when the site model sees it changed (`reloadUi`).
 */
import { resolve } from 'node:path';
import { loadUi, type Ui } from '../data/ui-schema.ts';
import { LANGUAGES, type Lang } from '../data/schema.ts';

export { LANGUAGES, type Lang, loadUi };

let ui: Ui | undefined;
const uiFolder = () => resolve(process.env.H200_CONTENT ?? 'content');

/** The site's interface texts, from `content/` (or H200_CONTENT for tests of a build). */
export function getUi(): Ui {
  ui ??= loadUi(uiFolder());
  return ui;
}

/** Reads `ui.yaml` again, after an edit (the dev server's site model calls it); a broken file throws and keeps nothing stale. */
export function reloadUi(): void {
  ui = undefined;
  ui = loadUi(uiFolder());
}

/** The BCP 47 locale of `lang`, for Intl: "fr-FR". */
export const localeOf = (lang: Lang) => getUi().languages[lang].locale;

/**
 * The string `key` in `lang`, with `{name}` filled from `vars`. A string with plural forms picks
 * one by `count` (by default `vars.n`). Numbers in `vars` are written in the language's format.
 */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}, count?: number): string {
  const locale = localeOf(lang);
  const n = count ?? (typeof vars.n === 'number' ? vars.n : undefined);
  const form = new Intl.PluralRules(locale).select(n ?? 0) === 'one' ? 'one' : 'other';
  return template(lang, key, form).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`content/ui.yaml: string "${key}" needs {${name}}, which the code did not give`);
    return typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value) : value;
  });
}

/** The raw text of `key` in `lang`, placeholders and all, for a script to fill: `form` picks a plural form. */
export function template(lang: Lang, key: string, form: 'one' | 'other' = 'other'): string {
  const entry = getUi().strings[key]?.[lang];
  if (entry === undefined) throw new Error(`content/ui.yaml: no string "${key}"; expected it under strings: with ${LANGUAGES.join(' and ')} texts`);
  return typeof entry === 'string' ? entry : entry[form];
}

/** True when content/ui.yaml has the string `key`. */
export const hasString = (key: string) => key in getUi().strings;

/** The name of language `code` in `lang` ("French", "chinois"), or the code where ui.yaml has none. */
export const languageName = (lang: Lang, code: string) => (hasString(`language.${code}`) ? t(lang, `language.${code}`) : code);

/** "A, B and C" in `lang`. */
export function listOf(lang: Lang, items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : t(lang, 'list.and', { rest: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** `path` in the edition of `lang`: `/stories/x/` → `/fr/stories/x/`. Not under the base yet: pass it to `url()`. */
export function inLang(lang: Lang, path: string): string {
  const prefix = getUi().languages[lang].path;
  return prefix ? `/${prefix}${path.startsWith('/') ? path : `/${path}`}` : path;
}

/** The language whose edition holds site path `path` (without the base): `/fr/…` is French. */
export function langOfPath(path: string): Lang {
  const segment = path.split('/').filter(Boolean)[0];
  return LANGUAGES.find((lang) => getUi().languages[lang].path && getUi().languages[lang].path === segment) ?? 'en';
}

/** The `[...lang]` route parameter of `lang`'s edition: undefined for the root edition, `fr` for /fr/…. */
export const langParam = (lang: Lang): string | undefined => getUi().languages[lang].path || undefined;

/** `getStaticPaths` entries for a page published in every language. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * The text of `key` before and after its `{slot}` placeholder, so a page can put markup there
 * (a `<time>`, a link) wherever the language puts it: `around('fr', 'home.published', 'date')`.
 */
export function around(lang: Lang, key: string, slot: string, vars: Record<string, string | number> = {}): [string, string] {
  const [before, after = ''] = t(lang, key, { ...vars, [slot]: '\u0000' }).split('\u0000');
  return [before, after];
}
