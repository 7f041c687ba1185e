/**
 * Every page, visited once per theme and once with JavaScript off, with every page check run on
 * that visit (e2e/checks/). The pages come from the build: its sitemaps, the 404 page, and each
 * edition's embed previewer and embed pages, so a new page is swept as soon as it is built.
 * What holds across pages (totals, comparisons) is asserted once the sweep is done, in
 * e2e/pages-summary.spec.ts: `npx playwright test --project=pages-summary` runs the sweep and
 * its summary; `-g '/fr/ \(dark\)'` one visit.
 */
import { expect } from '@playwright/test';
import { withoutScripts, withScripts } from './checks/index.ts';
import { pages, sitePaths } from './site.ts';
import { test, visit } from './sweep.ts';

test('the sitemap lists the home page and every story', async ({ request }) => {
  const paths = await sitePaths(request);
  expect(paths).toEqual(expect.arrayContaining(['/', '/stories/h200-approvals-gap/', '/stories/how-we-got-here/', '/stories/methodology/']));
});

test('the sitemap leaves out the embed pages, which are noindex', async ({ request }) => {
  expect((await sitePaths(request)).filter((path) => path.includes('/embed/'))).toEqual([]);
});

test('the sweep visits the pages the served sitemap lists, and the 404 page', async ({ request }) => {
  expect(pages.filter((p) => p.kind === 'page' || p.kind === 'not-found').map((p) => p.path)).toEqual(await sitePaths(request));
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`with scripts, ${scheme} theme`, () => {
    test.describe.configure({ timeout: 120_000 });
    for (const target of pages)
      test(`${target.path} (${scheme})`, ({ scripted, request }, info) => {
        // A previewer is many pages in one: itself, and every embed at three widths.
        test.slow(target.kind === 'previewer');
        return visit(scripted, request, target, scheme, withScripts, info);
      });
  });
}

test.describe('with JavaScript off', () => {
  for (const target of pages.filter((p) => withoutScripts.some((check) => !check.appliesTo || check.appliesTo(p))))
    test(`${target.path} (no JavaScript)`, ({ scriptless, request }, info) => visit(scriptless, request, target, 'no-js', withoutScripts, info));
});
