import { describe, expect, it } from 'vitest';
import { checkReadmeTemplate, fillReadme, loadPackageReadmes, README_PLACEHOLDERS } from './package-readme.ts';

const GOOD = '# {title} {version}\n\n{notes}\n\n{grade_counts}\n\n{licence_url}\n';

describe('checkReadmeTemplate(text, file)', () => {
  it('names the file, line and placeholder the package cannot fill', () => {
    expect(() => checkReadmeTemplate(`${GOOD}\nSee {url}.\n`, 'content/datapackage/README.fr.md')).toThrow(
      /^content\/datapackage\/README\.fr\.md:9: field "\{url\}": got a placeholder the package cannot fill, expected one of \{name\}/,
    );
  });

  it('refuses a template without the release notes', () => {
    expect(() => checkReadmeTemplate(GOOD.replace('{notes}', ''), 'README.en.md')).toThrow(
      'README.en.md: field "{notes}": got no {notes}, expected every README to carry {version}, {notes}, {grade_counts}, {licence_url}',
    );
  });
});

describe('loadPackageReadmes(content)', () => {
  it("reads the site's templates, in every language, with nothing but known placeholders", () => {
    const templates = loadPackageReadmes('content');
    expect(Object.keys(templates)).toEqual(['en', 'fr']);
    for (const text of Object.values(templates)) {
      const filled = fillReadme(text, Object.fromEntries(README_PLACEHOLDERS.map((p) => [p, '·'])) as Record<(typeof README_PLACEHOLDERS)[number], string>);
      expect(filled).not.toMatch(/\{[a-z_]+\}/);
    }
  });
});

describe('fillReadme(template, values)', () => {
  it('fills each placeholder once, leaving braces in a value as they are', () => {
    const values = Object.fromEntries(README_PLACEHOLDERS.map((p) => [p, p])) as Record<(typeof README_PLACEHOLDERS)[number], string>;
    expect(fillReadme('{version}: {notes}', { ...values, notes: 'see {version}' })).toBe('version: see {version}');
  });
});
