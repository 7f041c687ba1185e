/**
 * What holds across the sweep's visits (e2e/pages.spec.ts), once they are all done: each page
 * visited in each mode, and each check's totals and comparisons over the pages. Playwright runs
 * this file after the sweep (its project depends on the sweep's, in playwright.config.ts).
 */
import { expect, test } from '@playwright/test';
import { withoutScripts, withScripts } from './checks/index.ts';
import { pages } from './site.ts';
import { measuresOf, readRecords, type VisitRecord } from './sweep.ts';

/** The sweep's records: the sweep's project and this one write to the same output folder. */
const recorded = (): VisitRecord[] => readRecords(test.info().project.outputDir);

test('every page was visited once in the light theme, once in the dark, and once without JavaScript where a check needs it', () => {
  const records = recorded();
  const visited = (mode: string) =>
    records
      .filter((r) => r.mode === mode)
      .map((r) => r.target.path)
      .sort();
  const all = pages.map((p) => p.path).sort();
  expect(visited('light')).toEqual(all);
  expect(visited('dark')).toEqual(all);
  expect(visited('no-js')).toEqual(
    pages
      .filter((p) => withoutScripts.some((check) => !check.appliesTo || check.appliesTo(p)))
      .map((p) => p.path)
      .sort(),
  );
});

for (const check of [...withScripts, ...withoutScripts]) {
  const summary = check.summary;
  if (summary) test(`${check.name}: ${summary.title}`, () => summary.run(measuresOf(recorded(), check.name)));
}
