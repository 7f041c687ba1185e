import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inLang, langOfPath, listOf, loadUi, t } from './ui.ts';

/** A content folder holding only `ui.yaml` with `strings`. */
function withStrings(strings: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'h200-ui-'));
  writeFileSync(
    join(dir, 'ui.yaml'),
    `languages:\n  en: { name: English, locale: en-GB, path: "" }\n  fr: { name: Français, locale: fr-FR, path: fr }\nstrings:\n${strings}`,
  );
  return dir;
}

describe('content/ui.yaml', () => {
  it('loads, with every string in both languages', () => expect(() => loadUi(join(import.meta.dirname, '..', '..', 'content'))).not.toThrow());
  it('names the line and the string that lacks a language', () => {
    const dir = withStrings('  skip: { en: "Skip to content", fr: "Aller au contenu" }\n  home.charts: { en: "Charts" }\n');
    expect(() => loadUi(dir, dir)).toThrow(/^ui\.yaml:6: field "strings\.home\.charts\.fr": got nothing, expected a French text \(fr\)/);
  });
  it('refuses a translation that drops a placeholder', () => {
    const dir = withStrings('  story.by: { en: "By {names}", fr: "Par" }\n');
    expect(() => loadUi(dir, dir)).toThrow(
      /^ui\.yaml:5: field "strings\.story\.by\.fr": got the placeholders "", expected the same as in English: "\{names\}"/,
    );
  });
});

describe('t(lang, key, vars)', () => {
  it('fills placeholders in each language', () => {
    expect(t('en', 'story.by', { names: 'A' })).toBe('By A');
    expect(t('fr', 'story.by', { names: 'A' })).toBe('Par A');
  });
  it('picks the plural form by the count, as each language counts', () => {
    expect(t('en', 'chart.show-data', { n: 1 })).toBe('Show the data (1 row)');
    expect(t('en', 'chart.show-data', { n: 33 })).toBe('Show the data (33 rows)');
    // French counts 0 as singular.
    expect(t('fr', 'chart.show-data', { n: 0 })).toBe('Afficher les données (0 ligne)');
  });
  it('names a string the content lacks', () => expect(() => t('en', 'no.such.string')).toThrow(/content\/ui\.yaml: no string "no\.such\.string"/));
  it('joins lists in each language', () => {
    expect(listOf('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf('fr', ['A', 'B'])).toBe('A et B');
  });
});

describe('language paths', () => {
  it('puts French under /fr/ and English at the root', () => {
    expect(inLang('fr', '/stories/x/')).toBe('/fr/stories/x/');
    expect(inLang('en', '/stories/x/')).toBe('/stories/x/');
  });
  it('reads the language from a path', () => {
    expect(langOfPath('/fr/stories/x/')).toBe('fr');
    expect(langOfPath('/stories/fr/')).toBe('en');
    expect(langOfPath('/fresh/')).toBe('en');
  });
});
