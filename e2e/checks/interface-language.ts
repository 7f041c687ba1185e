/** A page of the sitemap shows no interface text of the other language: French pages no English, English pages no French. */
import { expect } from '@playwright/test';
import { getUi } from '../../src/i18n/ui.ts';
import type { PageCheck } from './check.ts';

const ui = getUi();
const textOf = (entry: (typeof ui.strings)[string], lang: 'en' | 'fr') => (typeof entry[lang] === 'string' ? entry[lang] : entry[lang].other) as string;
/**
 * Interface strings that differ between the languages and can be told apart in running text. The
 * language switch and language names are meant to appear in the other language's pages.
 */
const distinctive = (lang: 'en' | 'fr') =>
  Object.entries(ui.strings)
    .filter(([key, entry]) => !/^(nav\.read-in|language\.)/.test(key) && textOf(entry, 'en') !== textOf(entry, 'fr'))
    .map(([, entry]) => textOf(entry, lang))
    .filter((text) => !/\{/.test(text) && text.length >= 8);
const words = { en: distinctive('en'), fr: distinctive('fr') };

export const interfaceLanguage: PageCheck<void> = {
  name: 'interface-language',
  appliesTo: (target) => target.kind === 'page',
  async run({ page, target }) {
    // Headlines keep their own language, marked with lang: only the page's own words count.
    const text = await page.evaluate((lang) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const el of body.querySelectorAll(`[lang]:not([lang="${lang}"])`)) el.remove();
      return body.textContent ?? '';
    }, target.lang);
    const foreign = target.lang === 'fr' ? words.en : words.fr;
    expect(
      foreign.filter((s) => text.includes(s)),
      target.path,
    ).toEqual([]);
  },
  summary: {
    title: 'the English interface words looked for are many',
    run() {
      expect(words.en.length).toBeGreaterThan(40);
    },
  },
};
