/**
 * The sweep's machinery: a page is loaded once, watched from before its request, and every check
 * that applies to it runs on that one visit, each as a step. A failing check does not hide the
 * others: the visit fails with all of them. Each visit leaves a record of the checks' measures for
 * the summary (e2e/pages-summary.spec.ts), in the test's output folder.
 */
import {
  type APIRequestContext,
  test as base,
  type Browser,
  type BrowserContextOptions,
  type ConsoleMessage,
  expect,
  type Page,
  type Request,
  type Response,
  type TestInfo,
} from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyCheck, Measure, Mode, Watched } from './checks/check.ts';
import { withoutScripts, withScripts } from './checks/index.ts';
import type { SitePage } from './site.ts';

/** The file each visit leaves in its test's output folder. */
const RECORD = 'visit.json';

/** What a visit leaves for the summary: the page, how it was visited, and each check's measure. */
export interface VisitRecord {
  target: SitePage;
  mode: Mode;
  measures: Record<string, unknown>;
}

/**
 * The sweep's tests, with the browser pages a worker's visits share: one with scripts (its theme
 * set on each visit) and one with JavaScript off, each in a context the checks have prepared.
 * Shared, a visit finds the browser warm, as the suite's loops over pages used to.
 */
export const test = base.extend<object, { scripted: Page; scriptless: Page }>({
  scripted: [({ browser }, use, info) => sharedPage(browser, use, info.project.use, withScripts), { scope: 'worker' }],
  scriptless: [({ browser }, use, info) => sharedPage(browser, use, { ...info.project.use, javaScriptEnabled: false }, withoutScripts), { scope: 'worker' }],
});

/** Opens a page in a new context with the project's options, prepared by `checks`, for the worker's tests to share. */
async function sharedPage(
  browser: Browser,
  use: (page: Page) => Promise<void>,
  { baseURL, userAgent, viewport, screen, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled }: BrowserContextOptions,
  checks: AnyCheck[],
) {
  const context = await browser.newContext({ baseURL, userAgent, viewport, screen, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled });
  for (const check of checks) await check.prepare?.(context);
  await use(await context.newPage());
  await context.close();
}

/** Watches `page` and its context until `stop()`: requests, documents and their policy, and anything that went wrong. */
export function watch(page: Page): Watched & { stop: () => void } {
  const watched: Watched = { requests: [], problems: [], documents: [] };
  const context = page.context();
  const onRequest = (r: Request) => watched.requests.push(r.url());
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'document') watched.documents.push([r.url(), r.headers()['content-security-policy']]);
    if (r.status() >= 400) watched.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  const onFailed = (r: Request) => {
    // Chromium fetches the favicon late and cancels it when the page is left.
    if (r.url().endsWith('/favicon.svg') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    watched.problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  };
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') watched.problems.push(`console error: ${m.text()}`);
    else if (/content.security.policy/i.test(m.text())) watched.problems.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => watched.problems.push(`page error: ${e.message}`);
  context.on('request', onRequest);
  context.on('response', onResponse);
  context.on('requestfailed', onFailed);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const stop = () => {
    context.off('request', onRequest);
    context.off('response', onResponse);
    context.off('requestfailed', onFailed);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  };
  return { ...watched, stop };
}

/** Loads `target` once in `page` and runs every check of `checks` that applies to it, in order; records their measures. */
export async function visit(page: Page, request: APIRequestContext, target: SitePage, mode: Mode, checks: AnyCheck[], info: TestInfo) {
  if (mode !== 'no-js') await page.emulateMedia({ colorScheme: mode });
  const { stop, ...watched } = watch(page);
  const measures: Record<string, unknown> = {};
  const failures: [string, Error][] = [];
  try {
    const response = await page.goto(target.path, { waitUntil: 'networkidle' });
    expect(response?.status(), target.path).toBe(200);
    for (const check of checks.filter((c) => !c.appliesTo || c.appliesTo(target))) {
      try {
        measures[check.name] = (await test.step(check.name, () => check.run({ page, request, target, mode, response: response!, watched }))) ?? null;
      } catch (error) {
        failures.push([check.name, error as Error]);
      }
    }
  } finally {
    stop();
  }
  const record: VisitRecord = { target, mode, measures };
  writeFileSync(info.outputPath(RECORD), JSON.stringify(record));
  if (failures.length === 1) throw failures[0][1];
  if (failures.length > 1)
    throw new Error(`${failures.length} checks failed on ${target.path} (${mode}):\n\n${failures.map(([name, e]) => `[${name}] ${e.message}`).join('\n\n')}`);
}

/** Every visit's record under `dir` (the sweep's output folder), the latest try of each page and mode. */
export function readRecords(dir: string): VisitRecord[] {
  const records = new Map<string, VisitRecord>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(RECORD))
    .sort();
  for (const file of files) {
    const record = JSON.parse(readFileSync(join(dir, file), 'utf8')) as VisitRecord;
    records.set(`${record.mode} ${record.target.path}`, record);
  }
  return [...records.values()];
}

/** The measures `check` left on each visit it ran on. */
export function measuresOf<T>(records: VisitRecord[], check: string): Measure<T>[] {
  return records.filter((r) => check in r.measures).map((r) => ({ target: r.target, mode: r.mode, value: r.measures[check] as T }));
}
