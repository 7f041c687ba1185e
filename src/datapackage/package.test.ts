import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { siteSchema } from '../data/content-schema.ts';
import { loadYamlRecord } from '../data/load.ts';
import { loadReleases, releasesDir, type Release } from '../data/release.ts';
import { recordRelease } from '../data/release-record.ts';
import { parseSha256Sums, sha256Hex } from '../lib/sha256sums.ts';
import type { Descriptor } from './descriptor.ts';
import { loadPackageInput } from './load.ts';
import { releasePackage, type DataPackage } from './package.ts';
import { profileErrors } from './profile.ts';
import { checkTables } from './table-check.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const site = loadYamlRecord({ path: join(CONTENT, 'site.yaml'), name: 'content/site.yaml' }, siteSchema).row;
const releases = loadReleases(releasesDir(CONTENT), ROOT);
const packageOf = (release: Release, root = ROOT, content = CONTENT) => releasePackage(loadPackageInput(release, site, content, root));
const packages = new Map(releases.map((r) => [r.version, packageOf(r)]));

const text = (pkg: DataPackage, name: string) => new TextDecoder().decode(pkg.files.find((f) => f.name === name)!.bytes);
const descriptorOf = (pkg: DataPackage): Descriptor => JSON.parse(text(pkg, 'datapackage.json'));
const rowsOf = (pkg: DataPackage, name: string): Record<string, string>[] => parse(text(pkg, name), { columns: true });

describe('releasePackage(input), for every recorded release', () => {
  it('has releases to package: the data as first published and after the December audit', () => {
    expect(releases.map((r) => r.version)).toEqual(expect.arrayContaining(['2026-11-29', '2026-12-02']));
  });

  describe.each(releases.map((r) => [r.version, r] as const))('release %s', (version, release) => {
    const pkg = packages.get(version)!;
    const descriptor = descriptorOf(pkg);

    it('writes datapackage.json that validates against the Data Package v2 profile', () => {
      expect(profileErrors(descriptor)).toEqual([]);
      expect(descriptor.version).toBe(version);
      expect(descriptor.resources.map((r) => r.path)).toEqual([
        'figures.csv',
        'sources.csv',
        'events.csv',
        'figure_sources.csv',
        'event_sources.csv',
        'event_figures.csv',
      ]);
    });

    it('gives each CSV its true size and SHA-256 in the descriptor', () => {
      for (const resource of descriptor.resources) {
        const file = pkg.files.find((f) => f.name === resource.path)!;
        expect(resource.bytes, resource.path).toBe(file.bytes.length);
        expect(resource.hash, resource.path).toBe(`sha256:${sha256Hex(file.bytes)}`);
      }
    });

    it('writes CSVs that match their own Table Schemas: every value typed and within its constraints, keys unique, every foreign key found', () => {
      expect(checkTables(descriptor.resources, (path) => text(pkg, path))).toEqual([]);
    });

    it("carries the release's own numbers, sources and links", () => {
      const figures = rowsOf(pkg, 'figures.csv');
      expect(figures.map((f) => f.id)).toEqual(release.data.figures.map((f) => f.id));
      for (const [i, f] of release.data.figures.entries()) {
        expect([figures[i].value, figures[i].low, figures[i].high, figures[i].as_of, figures[i].bound], f.id).toEqual([
          f.value === undefined ? '' : String(f.value),
          f.low === undefined ? '' : String(f.low),
          f.high === undefined ? '' : String(f.high),
          f.asOf,
          f.bound,
        ]);
        expect(figures[i].sources.split(';')).toEqual(f.sources);
      }
      expect(rowsOf(pkg, 'sources.csv').map((s) => [s.id, s.url, s.confidence])).toEqual(release.data.sources.map((s) => [s.id, s.url, s.confidence]));
      const links = rowsOf(pkg, 'event_figures.csv').map((l) => `${l.event_id} ${l.figure_id}`);
      expect(links).toEqual([...new Set(release.data.events.flatMap((e) => e.figures.map((f) => `${e.id} ${f}`)))]);
    });

    it('writes SHA256SUMS listing every other file with its SHA-256, in the form sha256sum -c reads', () => {
      const sums = parseSha256Sums(text(pkg, 'SHA256SUMS'));
      expect(sums.map((s) => s.path).sort()).toEqual(
        pkg.files
          .map((f) => f.name)
          .filter((n) => n !== 'SHA256SUMS')
          .sort(),
      );
      for (const { path, sha256 } of sums) expect(sha256, path).toBe(sha256Hex(pkg.files.find((f) => f.name === path)!.bytes));
    });

    it('zips every file with SHA256SUMS, under one folder, each entry dated the day of the release', () => {
      const top = `h200-ledger-data-${version}`;
      expect(pkg.zip.name).toBe(`${top}.zip`);
      const entries = unzipSync(pkg.zip.bytes);
      expect(Object.keys(entries).sort()).toEqual(pkg.files.map((f) => `${top}/${f.name}`).sort());
      for (const f of pkg.files) expect(sha256Hex(entries[`${top}/${f.name}`]), f.name).toBe(sha256Hex(f.bytes));
      // The first entry's DOS date (local header, bytes 12-13): days since 1980, as the zip's clock reads it.
      const dosDate = pkg.zip.bytes[12] | (pkg.zip.bytes[13] << 8);
      const [y, m, d] = release.date.split('-').map(Number);
      expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([y, m, d]);
    });

    it("writes a README with the release's notes in both languages, its coverage computed from the data, its grades, licence, citation and how to check it", () => {
      const readme = text(pkg, 'README.md');
      expect(readme).toContain(release.notes.en);
      expect(readme).toContain(release.notes.fr);
      const first = (dates: string[]) => [...dates].sort()[0];
      const last = (dates: string[]) => [...dates].sort().at(-1)!;
      const events = release.data.events.map((e) => e.date);
      expect(readme).toContain(`Events run from ${first(events)} to ${last(events)}.`);
      expect(readme).toContain(`Les événements vont du ${first(events)} au ${last(events)}.`);
      const asOf = release.data.figures.map((f) => f.asOf);
      expect(readme).toContain(`Figures describe ${first(asOf)} to ${last(asOf)}`);
      const graded = release.data.sources.filter((s) => s.confidence === 'H').length;
      expect(readme).toContain(`- \`H\` (${graded} sources)`);
      expect(readme).toMatch(/The rule, in the words this version recorded it in:\n\n> \S/);
      expect(readme).toContain(`${site.licence.name}: ${site.licence.url}`);
      expect(readme).toContain(`H200 Ledger (${version.slice(0, 4)}). H200 Ledger data, version ${version} [data set].`);
      expect(readme).toContain('sha256sum -c SHA256SUMS');
      expect(readme).toContain('shasum -a 256 -c SHA256SUMS');
      expect(descriptor.description).toContain(`${release.data.figures.length} figures`);
    });

    it("keeps the bytes readers have downloaded and checked: a package, once published, never changes (if this fails, the code changed a published package's bytes)", async () => {
      const line = `${sha256Hex(pkg.zip.bytes)}  ${pkg.zip.name}\n`;
      await expect(`${text(pkg, 'SHA256SUMS')}${line}`).toMatchFileSnapshot(`__snapshots__/h200-ledger-data-${version}.SHA256SUMS`);
    });
  });

  it('says in the first release that its figures had no quotes yet, rather than inventing them', () => {
    const pkg = packages.get('2026-11-29')!;
    const fields = descriptorOf(pkg).resources[0].schema.fields;
    const quote = fields.find((f) => f.name === 'quote')!;
    expect(quote.description).toContain('This release was recorded before every figure carried its source\u2019s own words: the column is empty in every row.');
    expect(quote.constraints?.required).toBeUndefined();
    expect(rowsOf(pkg, 'figures.csv').every((f) => f.quote === '' && f.quote_source === '')).toBe(true);
    const later = descriptorOf(packages.get('2026-12-02')!).resources[0].schema.fields.find((f) => f.name === 'quote')!;
    expect(later.constraints?.required).toBe(true);
    expect(later.description).not.toContain('empty');
  });

  it('writes the same bytes in every time zone', () => {
    const tz = process.env.TZ;
    try {
      const zips = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((zone) => {
        process.env.TZ = zone;
        return sha256Hex(packageOf(releases[0]).zip.bytes);
      });
      expect(new Set(zips).size).toBe(1);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('releasePackage(input), when a later release is recorded', () => {
  const work = mkdtempSync(join(tmpdir(), 'h200-package-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("leaves every earlier release's package byte for byte the same, and packages the new one", () => {
    const content = join(work, 'content');
    cpSync(CONTENT, content, { recursive: true, filter: (src) => !src.includes('/stories') });
    const figures = join(content, 'data', 'figures.csv');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace(',Ordered by Chinese firms,', ',Ordered by Chinese tech firms,'));
    const version = recordRelease(join(content, 'data'), releasesDir(content), { date: '2099-01-01', notes: { en: 'A test.', fr: 'Un essai.' } }, work);
    const later = loadReleases(releasesDir(content), work);
    expect(later.map((r) => r.version)).toEqual([...releases.map((r) => r.version), version]);
    for (const release of later.slice(0, -1)) {
      expect(sha256Hex(packageOf(release, work, content).zip.bytes), release.version).toBe(sha256Hex(packages.get(release.version)!.zip.bytes));
    }
    const added = packageOf(later.at(-1)!, work, content);
    expect(rowsOf(added, 'figures.csv').find((f) => f.id === 'h200-ordered')?.label_en).toBe('Ordered by Chinese tech firms');
    expect(profileErrors(descriptorOf(added))).toEqual([]);
  });
});
