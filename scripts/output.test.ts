/**
 * Output folders are ours alone: the build and the export refuse to replace a folder that holds
 * someone else's files, or one that is or holds the project, the current folder or the home
 * folder; and a build killed at any moment leaves a whole output, its half-done swap finished
 * by the next run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildManifest } from '../src/export/manifest.ts';

const ROOT = join(import.meta.dirname, '..');
let work: string;
let content: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'h200-output-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
});

const env = (more: Record<string, string> = {}) => ({ ...process.env, H200_CONTENT: content, ASTRO_CACHE_DIR: join(work, 'cache'), ...more });
const build = (out: string, more: Record<string, string> = {}) =>
  spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', env: env({ BUILD_OUT: out, ...more }) });
const exportTo = (out: string) => spawnSync('node', ['scripts/export.ts', '--out', out], { cwd: ROOT, encoding: 'utf8', env: env() });
const digest = (dir: string) => buildManifest(dir, { name: '', base: '', created: '' }).files;
/** Someone's folder, with a file of theirs in it. */
function theirs(dir: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'thesis.tex'), 'two years of work');
  return dir;
}
/** Content the check refuses: a run stops right after it has finished any half-done swap. */
const breakContent = () => writeFileSync(join(content, 'data', 'figures.csv'), 'id\n');

describe('an output folder that is not ours', { timeout: 60_000 }, () => {
  it('the build refuses a folder holding other files, and leaves them as they were', () => {
    const out = theirs(join(work, 'papers'));
    const result = build(out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${out} holds files that are not from an earlier build`);
    expect(result.stderr).toContain('we will not delete what we did not write');
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('two years of work');
  });

  it('the export refuses a folder holding other files, and a zip with no export beside it', () => {
    const out = theirs(join(work, 'papers'));
    let result = exportTo(out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/holds files that are not from an earlier export/);
    expect(readdirSync(out)).toEqual(['thesis.tex']);
    const lone = join(work, 'fresh');
    writeFileSync(`${lone}.zip`, 'their zip');
    result = exportTo(lone);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is there without the export it was zipped from');
    expect(readFileSync(`${lone}.zip`, 'utf8')).toBe('their zip');
  });

  it.each([
    ['the project', () => ROOT],
    ['the project, from above', () => join(ROOT, '..')],
    ['the current folder', () => '.'],
    ['the home folder', () => homedir()],
  ])('refuses %s as the export and as the build', (what, folder) => {
    const result = exportTo(folder());
    expect(result.status, what).toBe(1);
    expect(result.stderr, what).toMatch(/is or holds (the project|the current folder|your home folder)/);
    const built = build(folder());
    expect(built.status, what).toBe(1);
    expect(built.stderr, what).toMatch(/is or holds (the project|the current folder|your home folder)/);
    expect(existsSync(join(ROOT, 'package.json'))).toBe(true);
  });

  it('accepts an empty folder, and a folder that does not exist yet', () => {
    breakContent();
    const empty = join(work, 'empty');
    mkdirSync(empty);
    // The content check runs after the folder is claimed: a refusal of the folder would come first.
    for (const out of [empty, join(work, 'new')]) expect(build(out).stderr).toMatch(/content\/data\/figures\.csv/);
  });
});

describe('a build killed at any moment leaves a whole output', { timeout: 180_000 }, () => {
  /** A first build, whose output the next ones replace. */
  function firstBuild() {
    const out = join(work, 'dist');
    const result = build(out);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    return { out, before: digest(out) };
  }

  it('killed while Astro builds: the previous output stays as it was', async () => {
    const { out, before } = firstBuild();
    const child = spawn('node', ['scripts/build.mjs'], { cwd: ROOT, env: env({ BUILD_OUT: out }), detached: true });
    await new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Content checked') && done()));
    await new Promise((wait) => setTimeout(wait, 1500));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.on('exit', done));
    expect(digest(out)).toEqual(before);
  });

  it('killed after setting the previous output aside: the next run puts it back', () => {
    const { out, before } = firstBuild();
    const killed = build(out, { H200_SWAP_STOP: 'aside' });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    breakContent();
    expect(build(out).status).toBe(1);
    expect(digest(out)).toEqual(before);
    expect(existsSync(join(work, '.dist-previous'))).toBe(false);
  });

  it('killed after the new output took its place: the next run keeps it and removes the old one', () => {
    const { out } = firstBuild();
    writeFileSync(join(content, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace('name: H200 Ledger', 'name: H200 Ledger Two'));
    const killed = build(out, { H200_SWAP_STOP: 'moved' });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(work, '.dist-previous'))).toBe(true);
    breakContent();
    expect(build(out).status).toBe(1);
    expect(existsSync(join(work, '.dist-previous'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('H200 Ledger Two');
  });
});
