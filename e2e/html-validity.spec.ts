/**
 * Every built page is valid HTML, and every SVG download valid SVG, by the W3C Nu HTML checker:
 * the site (dist/) and the newsroom export (its site/ and chart folders), one vnu run for each.
 * No browser: these read the built files.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_DIR } from './servers/addresses.ts';
import { formatErrors, markupFiles, validate, type VnuReport } from './vnu.ts';

const ROOT = join(import.meta.dirname, '..');

/** One line for the run's log: what was checked and what was found. */
function summary(what: string, files: string[], { errors }: VnuReport): string {
  const pages = files.filter((f) => f.endsWith('.html')).length;
  return `vnu: ${what}: ${pages} pages and ${files.length - pages} SVG files validated, ${errors.length} errors`;
}

test.describe('valid HTML (W3C Nu checker)', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every page of the site and every SVG it offers', () => {
    const files = markupFiles(join(ROOT, 'dist'));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    const report = validate(files);
    console.log(summary('dist/', files, report));
    expect(report.errors, `vnu found ${report.errors.length} errors:\n${formatErrors(report.errors)}`).toEqual([]);
  });

  test("every page of the newsroom export: its site and each chart's folder", () => {
    const files = [...markupFiles(join(ROOT, EXPORT_DIR, 'site')), ...markupFiles(join(ROOT, EXPORT_DIR, 'charts'))];
    expect(files.filter((f) => f.includes('/charts/') && f.endsWith('index.html')).length).toBeGreaterThan(1);
    const report = validate(files);
    console.log(summary(`${EXPORT_DIR}/`, files, report));
    expect(report.errors, `vnu found ${report.errors.length} errors:\n${formatErrors(report.errors)}`).toEqual([]);
  });

  test('validate(files) reports an invalid page and an invalid SVG by file, line and message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    try {
      const page = (body: string) =>
        `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Fixture</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
      writeFileSync(join(dir, 'valid.html'), page('<p>Fine.</p>\n<svg width="10" height="10"><g class="tabular-nums"><text y="9">1</text></g></svg>'));
      writeFileSync(
        join(dir, 'invalid.html'),
        page(
          '<p>Fine.</p>\n<iframe src="x/" title="x" width="100%"></iframe>\n<svg width="10" height="10"><g font-variant="tabular-nums"><text y="9">1</text></g></svg>',
        ),
      );
      writeFileSync(
        join(dir, 'invalid.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<text y="9"><a href="x"><tspan>1</tspan></a></text>\n</svg>\n',
      );
      const report = validate(['valid.html', 'invalid.html', 'invalid.svg'].map((f) => join(dir, f)));
      const found = report.errors.map((e) => `${e.file.split('/').pop()}:${e.line}: ${e.message.split(/: |\. /)[0].replace(/\.$/, '')}`).sort();
      expect(found).toEqual([
        'invalid.html:6: Bad value “100%” for attribute “width” on element “iframe”',
        // SVG 1.1, which vnu checks SVG against, knows font-variant only as normal or small-caps: the charts say it with a class.
        'invalid.html:7: Bad value “tabular-nums” for attribute “font-variant” on element “g”',
        'invalid.svg:2: Element “tspan” not allowed as child of element “a” in this context',
      ]);
      expect(formatErrors(report.errors.slice(0, 1))).toMatch(/^.+invalid\.html:6:\d+: Bad value “100%”.+\n {4}.*<iframe/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
