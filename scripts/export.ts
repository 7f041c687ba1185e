#!/usr/bin/env node
/**
 * The newsroom export: `npm run export [-- --base URL] [--out DIR]` builds the site for the
 * address a partner will host it at and writes DIR/ (default export/) and DIR.zip beside it:
 *   site/          the complete static site, every URL under the base
 *   charts/<id>/   each chart's embed page with its own assets, SVG, PNGs, CSV, oEmbed and README.txt
 *   charts/fr/<id>/  the same in French
 *   README.txt     what is in the package and how to host it (README.fr.txt in French)
 *   manifest.json  every file with its size and SHA-256
 *   SHA256SUMS     every file's SHA-256 (manifest.json's too), for `sha256sum -c` and `shasum -a 256 -c`
 * The site carries every data release's package (site/data/<version>/, with its zip).
 * `npm run export -- --verify DIR` checks a package against its manifest and names any missing,
 * changed or extra file. A failed export leaves the previous DIR/ and DIR.zip as they were.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildManifest, MANIFEST, verifyManifest } from '../src/export/manifest.ts';
import { packChartFolder } from '../src/export/chart-folder.ts';
import { zipFolder } from '../src/export/zip.ts';
import { writeSha256Sums } from '../src/export/checksums.ts';
import { SHA256SUMS } from '../src/lib/sha256sums.ts';
import { progress } from '../src/export/progress.ts';
import { packageReadme } from '../src/export/readme.ts';
import { LANGUAGES, inLang } from '../src/i18n/ui.ts';
import { checkContent } from '../src/data/content-check.ts';
import { ASTRO_CLI, DEFAULT_SITE, claimOutput, lockCache, recoverSwap, swapFolder } from './astro.mjs';

const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string', default: 'export' }, verify: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log('npm run export [-- --base https://partner.example/graphics/h200/] [--out export]\nnpm run export -- --verify export/');
  process.exit(0);
}

if (values.verify !== undefined) {
  const problems = verifyManifest(values.verify);
  if (problems.length > 0) {
    console.error(
      `${values.verify}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} against ${MANIFEST}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`${values.verify}: every file matches ${MANIFEST}.`);
  process.exit(0);
}

/** The base as a URL ending in "/", or an error saying what was expected. */
function parseBase(text: string): URL {
  let base: URL;
  try {
    base = new URL(text);
  } catch {
    throw new Error(`--base: got "${text}", expected an absolute http(s) URL such as https://partner.example/graphics/h200/`);
  }
  if (!/^https?:$/.test(base.protocol)) throw new Error(`--base: got "${text}", expected an http(s) URL`);
  if (base.search || base.hash) throw new Error(`--base: got "${text}", expected no ?query or #fragment`);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** Runs `astro build` into `outDir` for `base`, counting the files it renders; rejects with its output on failure. */
function buildSite(outDir: string, base: URL, report: ReturnType<typeof progress>): Promise<void> {
  return new Promise((done, fail) => {
    // The export keeps a cache of its own, apart from the site's build: its pages have another base.
    const cache = join('node_modules', '.astro-export');
    lockCache(cache);
    const child = spawn(process.execPath, [ASTRO_CLI, 'build', '--outDir', outDir], {
      env: { ...process.env, SITE: base.origin, BASE_PATH: base.pathname, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cache },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let files = 0;
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (/[├└]─ \//.test(line)) report.count(++files, 'files rendered');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', fail);
    child.on('close', (code) => {
      report.endCount(files, 'files rendered');
      if (code === 0) done();
      else
        fail(
          new Error(
            `the site's build failed:\n${output
              .split('\n')
              .filter((l) => !l.includes('head-inject'))
              .slice(-40)
              .join('\n')}`,
          ),
        );
    });
  });
}

/** The name every export's manifest carries. */
const EXPORT_NAME = 'H200 Ledger newsroom export';

/** An earlier export's folder: a manifest.json naming itself ours. */
function isExport(dir: string): boolean {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).name === EXPORT_NAME;
  } catch {
    return false;
  }
}

async function main() {
  const base = parseBase(values.base ?? process.env.SITE ?? DEFAULT_SITE);
  const out = resolve(values.out!);
  const zip = `${out}.zip`;
  const next = join(dirname(out), `.${basename(out)}-next`);
  const nextZip = `${next}.zip`;
  const report = progress(6);
  try {
    recoverSwap(out);
    claimOutput(out, { isOurs: isExport, what: 'export' });
    if (existsSync(zip) && !(existsSync(out) && isExport(out))) {
      throw new Error(
        `${zip} is there without the export it was zipped from: expected it to be an earlier export.zip beside ${basename(out)}/, or nothing (move it away, and this command writes a new one)`,
      );
    }
    report.step('Checking the content');
    const counted = checkContent(resolve(process.env.H200_CONTENT ?? 'content'));
    console.error(
      `  ${Object.entries(counted)
        .map(([what, n]) => `${n} ${what}`)
        .join(', ')}`,
    );

    rmSync(next, { recursive: true, force: true });
    rmSync(nextZip, { force: true });
    report.step(`Building the site for ${base.href}`);
    await buildSite(join(next, 'site'), base, report);

    report.step('Packing a folder per chart');
    const ids = readdirSync(join(next, 'site', 'embed'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    for (const lang of LANGUAGES) {
      const edition = inLang(lang, '/').slice(1);
      for (const id of ids) packChartFolder(join(next, 'site'), `${edition}embed/${id}`, join(next, 'charts', edition, id), base.pathname);
    }
    console.error(`  ${ids.join(', ')}, in ${LANGUAGES.join(' and ')}`);

    report.step('Writing the READMEs, manifest.json and SHA256SUMS');
    for (const lang of LANGUAGES) writeFileSync(join(next, lang === 'en' ? 'README.txt' : `README.${lang}.txt`), packageReadme(base.href, ids, lang));
    const manifest = buildManifest(next, { name: EXPORT_NAME, base: base.href, created: new Date().toISOString() });
    writeFileSync(join(next, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    console.error(`  ${manifest.files.length} files listed`);
    // Last: it lists every other file, manifest.json included.
    writeSha256Sums(next);

    report.step(`Zipping into ${basename(zip)}`);
    zipFolder(next, nextZip, basename(out));

    report.step(`Replacing ${basename(out)}/ and ${basename(zip)}`);
    swapFolder(next, out);
    // The zip is replaced in one rename: the old one stays until the new one takes its name.
    renameSync(nextZip, zip);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, statSync(join(out, MANIFEST)).size + statSync(join(out, SHA256SUMS)).size);
    console.error(`Exported ${manifest.files.length + 2} files (${mb(bytes)}) to ${out}/ and ${zip} (${mb(statSync(zip).size)}) in ${report.seconds()} s.`);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    rmSync(nextZip, { force: true });
    console.error(`\nExport failed: ${(error as Error).message}\n${basename(out)}/ and ${basename(zip)} are unchanged.`);
    process.exit(1);
  }
}

try {
  mkdirSync(dirname(resolve(values.out!)), { recursive: true });
  await main();
} catch (error) {
  console.error(`Export failed: ${(error as Error).message}`);
  process.exit(1);
}
