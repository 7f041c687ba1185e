/**
 * The corpus of malformed content (scripts/__fixtures__/malformed-content.yaml): for each case,
 * `npm run build` and `npm run export` stop with one message that names the file, the line and
 * the field and says what was expected, and leave the previous output, and content/releases/,
 * exactly as they were.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../src/export/manifest.ts';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);

interface Case {
  name: string;
  /** A folder copied, or moved, before the file is changed: a release folder copied or renamed by hand. */
  copy?: { from: string; to: string };
  move?: { from: string; to: string };
  file: string;
  find?: string;
  replace?: string;
  write?: string;
  delete?: boolean;
  error: { file?: string; line?: number | 'none'; field: string; says: string };
}

const CASES = parse(readFileSync(join(import.meta.dirname, '__fixtures__', 'malformed-content.yaml'), 'utf8')) as Case[];

/** Copies content/ into a fresh folder and applies the case; returns the folder and the line the error must name. */
function prepare(c: Case): { work: string; content: string; line?: number } {
  const work = mkdtempSync(join(tmpdir(), 'h200-malformed-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  if (c.copy) cpSync(join(content, c.copy.from), join(content, c.copy.to), { recursive: true });
  if (c.move) renameSync(join(content, c.move.from), join(content, c.move.to));
  const path = join(content, c.file);
  const offset = c.error.line === 'none' ? undefined : (c.error.line ?? 0);
  if (c.find === undefined && c.write === undefined && !c.delete) {
    if (!c.copy && !c.move) throw new Error(`${c.name}: the case changes nothing; give find and replace, write, delete, copy or move`);
    return { work, content, line: offset === undefined ? undefined : 1 + offset };
  }
  if (c.delete) {
    rmSync(path);
    return { work, content };
  }
  if (c.write !== undefined) {
    writeFileSync(path, c.write);
    return { work, content, line: offset === undefined ? undefined : 1 + offset };
  }
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(c.find!);
  if (at < 0 || text.indexOf(c.find!, at + 1) >= 0)
    throw new Error(`${c.name}: "${c.find}" must occur exactly once in content/${c.file}; the corpus needs updating`);
  writeFileSync(path, text.slice(0, at) + c.replace + text.slice(at + c.find!.length));
  const line = text.slice(0, at).split('\n').length;
  return { work, content, line: offset === undefined ? undefined : line + offset };
}

/** Every file under `dir` with its size and SHA-256, as the export's manifest lists them: to tell whether a folder changed at all. */
const digest = (dir: string) => buildManifest(dir, { name: '', base: '', created: '' }).files;

/**
 * A previous output: a small site with a page, a stylesheet and a nested embed, marked as the
 * build and the export mark theirs (the _headers they write, the manifest's name), since they
 * replace only an output of their own.
 */
function previousOutput(dir: string) {
  mkdirSync(join(dir, 'embed', 'chart'), { recursive: true });
  writeFileSync(join(dir, '_headers'), '# Written by the build (src/integrations/headers.ts): the previous one.\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'H200 Ledger newsroom export', base: 'https://partner.example/', created: '', files: [] }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>The previous site</title>');
  writeFileSync(join(dir, 'style.css'), 'body { color: black }');
  writeFileSync(join(dir, 'embed', 'chart', 'index.html'), '<!doctype html><title>The previous embed</title>');
}

/** Runs a script with this Node, as npm does, and returns its exit code and everything it printed. */
async function script(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, output: e.stdout + e.stderr };
  }
}

/** The one line of `output` that is the error for `c`, checked for the file, line and field it must name. */
function expectOneMessage(output: string, c: Case, line: number | undefined, prefix = '') {
  const file = `content/${c.error.file ?? c.file}`;
  const where = line === undefined ? `${file}:` : `${file}:${line}:`;
  const field = c.error.field === 'none' ? '' : ` field "${c.error.field}":`;
  const messages = output.split('\n').filter((l) => l.includes(file));
  expect(messages, output).toHaveLength(1);
  expect(messages[0].startsWith(`${prefix}${where}${field} `), `expected "${prefix}${where}${field} …", got:\n${output}`).toBe(true);
  expect(messages[0]).toContain('expected');
  expect(messages[0]).toContain(c.error.says);
  // One message, not a stack trace.
  expect(output).not.toMatch(/^\s+at /m);
}

describe('malformed content (scripts/__fixtures__/malformed-content.yaml)', { timeout: 60_000 }, () => {
  it('has at least 30 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.concurrent.each(CASES.map((c) => [c.name, c] as const))(
    '%s: the build and the export stop with one clear message and keep the previous output',
    async (_, c) => {
      const { work, content, line } = prepare(c);
      const env = { H200_CONTENT: content, ASTRO_CACHE_DIR: join(work, 'cache') };
      const releases = digest(join(content, 'releases'));

      const dist = join(work, 'dist');
      previousOutput(dist);
      const before = digest(dist);
      const build = await script(['scripts/build.mjs'], { ...env, BUILD_OUT: dist });
      expect(build.status, build.output).not.toBe(0);
      expectOneMessage(build.output, c, line);
      expect(build.output).toContain(`Build failed: ${dist}/ is unchanged.`);
      expect(digest(dist)).toEqual(before);
      expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
      expect(digest(join(content, 'releases'))).toEqual(releases);

      const out = join(work, 'export');
      previousOutput(out);
      writeFileSync(`${out}.zip`, 'the previous zip');
      const exportBefore = digest(out);
      const exported = await script(['scripts/export.ts', '--base', 'https://partner.example/graphics/h200/', '--out', out], env);
      expect(exported.status, exported.output).not.toBe(0);
      expectOneMessage(exported.output, c, line, 'Export failed: ');
      expect(exported.output).toContain('export/ and export.zip are unchanged.');
      expect(digest(out)).toEqual(exportBefore);
      expect(readFileSync(`${out}.zip`, 'utf8')).toBe('the previous zip');
      expect(readdirSync(work).sort()).toEqual(['content', 'dist', 'export', 'export.zip']);
      expect(digest(join(content, 'releases'))).toEqual(releases);
      rmSync(work, { recursive: true, force: true });
    },
  );
});
