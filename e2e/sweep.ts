/**
 * The sweep's machinery: a page is loaded once, watched from before its request, and every check
 * that applies to it runs on that one visit, each as a step. A failing check does not hide the
 * others: the visit fails with all of them. Each visit leaves a record of the checks' measures for
 * the summary (e2e/pages-summary.spec.ts), in the test's output folder.
 */
import { type APIRequestContext, expect, type Page, type TestInfo, test } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyCheck, Measure, Mode, Watched } from './checks/check.ts';
import type { SitePage } from './site.ts';

/** The file each visit leaves in its test's output folder. */
const RECORD = 'visit.json';

/** What a visit leaves for the summary: the page, how it was visited, and each check's measure. */
export interface VisitRecord {
  target: SitePage;
  mode: Mode;
  measures: Record<string, unknown>;
}

/** Watches `page` and its context from now on: requests, documents and their policy, and anything that went wrong. */
export function watch(page: Page): Watched {
  const watched: Watched = { requests: [], problems: [], documents: [] };
  const context = page.context();
  context.on('request', (r) => watched.requests.push(r.url()));
  context.on('response', (r) => {
    if (r.request().resourceType() === 'document') watched.documents.push([r.url(), r.headers()['content-security-policy']]);
    if (r.status() >= 400) watched.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    // Chromium fetches the favicon late and may cancel it when the page closes.
    if (r.url().endsWith('/favicon.svg') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    watched.problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watched.problems.push(`console error: ${m.text()}`);
    else if (/content.security.policy/i.test(m.text())) watched.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`page error: ${e.message}`));
  return watched;
}

/** Loads `target` once and runs every check of `checks` that applies to it, in order; records their measures. */
export async function visit(page: Page, request: APIRequestContext, target: SitePage, mode: Mode, checks: AnyCheck[], info: TestInfo) {
  const applying = checks.filter((check) => !check.appliesTo || check.appliesTo(target));
  for (const check of applying) await check.prepare?.(page);
  const watched = watch(page);
  const response = await page.goto(target.path, { waitUntil: 'networkidle' });
  expect(response?.status(), target.path).toBe(200);
  const measures: Record<string, unknown> = {};
  const failures: [string, Error][] = [];
  for (const check of applying) {
    try {
      measures[check.name] = (await test.step(check.name, () => check.run({ page, request, target, mode, response: response!, watched }))) ?? null;
    } catch (error) {
      failures.push([check.name, error as Error]);
    }
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
