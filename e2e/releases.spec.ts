/**
 * A third release, as a journalist makes one: in a copy of content/, an event is added and
 * `npm run release` records it; the site is built again from that copy. The pinned embeds of the
 * earlier releases are byte for byte the same as in dist/, the live embeds changed, the feeds
 * gained one entry, and a pinned embed now tells its reader that a newer release exists.
 */
import { expect, test } from '@playwright/test';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadReleases } from '../src/data/release.ts';
import { DEV_PORT } from './servers/addresses.ts';
import { releases } from './site.ts';

const ROOT = join(import.meta.dirname, '..');
/** Beside the dev server's copy, one port further, so both tests can run side by side. */
const PORT = DEV_PORT + 1;
const WORK = join(ROOT, '.e2e', `third-release-${PORT}`);
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');
const SITE = `http://127.0.0.1:${PORT}`;
const NEXT = '2099-01-01';

let server: ChildProcess | undefined;

/** Runs an npm script with the copy of the content, failing with its output. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, H200_CONTENT: CONTENT, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file under `dir`, by its path inside it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The pinned embed folders of a built site: /embed/<chart>/v/<version>/ and the French ones. */
function pinnedFolders(dist: string): string[] {
  return ['embed', join('fr', 'embed')].flatMap((base) =>
    readdirSync(join(dist, base), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, base, e.name, 'v')))
      .flatMap((e) => readdirSync(join(dist, base, e.name, 'v')).map((v) => join(base, e.name, 'v', v))),
  );
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  // A new event, dated after every other, citing a source the data already has.
  const events = join(CONTENT, 'data', 'events.yaml');
  const source = releases.at(-1)!.data.sources.at(-1)!.id;
  writeFileSync(
    events,
    `${readFileSync(events, 'utf8').trimEnd()}\n\n- id: third-release-test-event\n  date: 2026-11-30\n  actor: nvidia\n  title: { en: "A move recorded for the third release", fr: "Une décision enregistrée pour la troisième version" }\n  summary: { en: "Added in a copy of the content by the browser test of releases.", fr: "Ajoutée dans une copie du contenu par le test des versions." }\n  sources: [${source}]\n`,
  );
  run(['release', '--', '--date', NEXT, '--notes', 'A third release, made by a test.', '--notes-fr', 'Une troisième version, faite par un test.']);
  run(['build'], { BUILD_OUT: OUT, ASTRO_CACHE_DIR: join(WORK, 'cache') });
  server = spawn(process.execPath, ['e2e/servers/static.ts', '--dir', OUT, '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${SITE}/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(WORK, { recursive: true, force: true });
});

test('the release is recorded beside the earlier ones, which are unchanged', () => {
  const recorded = loadReleases(join(CONTENT, 'releases'), ROOT);
  expect(recorded.map((r) => r.version)).toEqual([...releases.map((r) => r.version), NEXT]);
  for (const release of releases) {
    for (const file of files(join(ROOT, release.dir))) {
      expect(readFileSync(join(CONTENT, 'releases', release.version, file)), `${release.version}/${file}`).toEqual(readFileSync(join(ROOT, release.dir, file)));
    }
  }
});

test("the earlier releases' pinned embeds are byte for byte the same, and the live embeds changed", () => {
  const pinned = pinnedFolders(join(ROOT, 'dist'));
  // Every chart of every earlier release, in both languages.
  expect(pinned.length).toBeGreaterThanOrEqual(releases.length * 2 * 2);
  for (const folder of pinned) {
    const before = files(join(ROOT, 'dist', folder));
    expect(files(join(OUT, folder)), folder).toEqual(before);
    for (const file of before) {
      expect(readFileSync(join(OUT, folder, file)).equals(readFileSync(join(ROOT, 'dist', folder, file))), `${folder}/${file} changed`).toBe(true);
    }
  }
  // The new release has pinned embeds of its own.
  expect(pinnedFolders(OUT).filter((f) => f.endsWith(NEXT)).length).toBeGreaterThan(0);
  for (const live of ['embed/policy-timeline/index.html', 'embed/policy-timeline/policy-timeline.csv', 'fr/embed/policy-timeline/index.html']) {
    expect(readFileSync(join(OUT, live), 'utf8'), live).not.toEqual(readFileSync(join(ROOT, 'dist', live), 'utf8'));
    expect(readFileSync(join(OUT, live), 'utf8')).toContain(
      live.startsWith('fr') ? 'Une décision enregistrée pour la troisième version' : 'A move recorded for the third release',
    );
  }
});

test('the feeds gained one entry, the newest, for the new release', () => {
  const entries = (path: string) => [...readFileSync(path, 'utf8').matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  const items = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { items: { _h200: { version: string } }[] }).items.map((i) => i._h200.version);
  for (const prefix of ['', 'fr']) {
    const atomBefore = entries(join(ROOT, 'dist', prefix, 'data', 'changes.xml'));
    const atomAfter = entries(join(OUT, prefix, 'data', 'changes.xml'));
    expect(atomAfter).toHaveLength(atomBefore.length + 1);
    expect(atomAfter[0]).toContain(`#release-${NEXT}`);
    expect(atomAfter.slice(1)).toEqual(atomBefore);

    const jsonBefore = items(join(ROOT, 'dist', prefix, 'data', 'changes.json'));
    expect(items(join(OUT, prefix, 'data', 'changes.json'))).toEqual([NEXT, ...jsonBefore]);
    // The timeline's own feed has the release, which added one of its events; the figure charts' feeds do not.
    const timeline = join(prefix, 'embed', 'policy-timeline', 'changes.json');
    expect(items(join(OUT, timeline))).toEqual([NEXT, ...items(join(ROOT, 'dist', timeline))]);
    const figures = join(prefix, 'embed', 'orders-approvals-stock', 'changes.json');
    expect(items(join(OUT, figures))).toEqual(items(join(ROOT, 'dist', figures)));
  }
});

test('the changes page shows the new release first, with its event, with and without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${SITE}/data/changes/`);
    await expect(page.locator('section.release').first()).toHaveAttribute('id', `release-${NEXT}`);
    await expect(page.locator(`[id="change-${NEXT}-event-third-release-test-event"]`)).toContainText('A move recorded for the third release');
    await context.close();
  }
});

test('a pinned embed of an earlier release tells its reader that a newer release exists', async ({ page }) => {
  const folder = pinnedFolders(OUT).find((f) => f.startsWith('embed') && f.endsWith(releases.at(-1)!.version))!;
  await page.goto(`${SITE}/${folder}/`);
  await expect(page.locator('body')).toContainText(NEXT);
});
