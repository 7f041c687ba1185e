/**
 * The newsroom export's READMEs, one per language: the templates live in content/export/
 * (README.<lang>.txt), with `{base}` and `{charts}` filled in here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/ui.ts';

/** The README in `lang` for a package built for `base` with the charts `ids`. */
export function packageReadme(base: string, ids: string[], lang: Lang, content = resolve(process.env.H200_CONTENT ?? 'content')): string {
  const template = readFileSync(join(content, 'export', `README.${lang}.txt`), 'utf8');
  // Function replacements: an address or id holding `$&` or `$'` is written as it is.
  return template.replaceAll('{base}', () => base).replaceAll('{charts}', () => ids.join(', '));
}
