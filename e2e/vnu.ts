/**
 * The W3C Nu HTML checker (the `vnu-jar` package, run with `java`) over many files in one run: its
 * errors, each with the file, line and message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../src/export/manifest.ts';

/** The path of vnu.jar: `require('vnu-jar')` gives it (as a String object). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One error: where, and what the checker said. */
export interface VnuError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The markup around it, as the checker quotes it. */
  extract?: string;
}

/** What a run found: the errors. */
export interface VnuReport {
  errors: VnuError[];
}

/** Checks `files` (HTML, and SVG with `svg`) in one run of vnu; reports every error. */
export function validate(files: string[], { svg = true }: { svg?: boolean } = {}): VnuReport {
  if (files.length === 0) throw new Error('validate: no files to check');
  // vnu needs a thread stack of 512k or more (it says so on a StackOverflowError); a short-lived JVM starts faster without its top JIT tier.
  const args = [
    '-Xss2m',
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-jar',
    VNU_JAR,
    '--format',
    'json',
    '--errors-only',
    '--stdout',
    '--exit-zero-always',
    ...(svg ? ['--also-check-svg'] : []),
    ...files,
  ];
  const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not run java (the checker needs a JRE on the PATH): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`vnu failed (exit ${run.status}):\n${run.stderr}`);
  const { messages } = JSON.parse(run.stdout) as {
    messages: { type: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[];
  };
  const report: VnuReport = { errors: [] };
  for (const m of messages) {
    // --errors-only leaves errors, and "non-document-error"s (a file it could not read).
    if (m.type === 'info') continue;
    const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '(no file)');
    report.errors.push({ file, line: m.lastLine, column: m.firstColumn, message: m.message, extract: m.extract });
  }
  return report;
}

/** One error a line: `file:line:column: message`, then the markup it quotes. */
export function formatErrors(errors: VnuError[]): string {
  return errors
    .map((e) => `${e.file}:${e.line ?? '?'}:${e.column ?? '?'}: ${e.message}${e.extract ? `\n    ${e.extract.replace(/\s+/g, ' ').trim()}` : ''}`)
    .join('\n');
}

/** The HTML and SVG files under `dir`, sorted. */
export function markupFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((path) => ['.html', '.svg'].includes(extname(path)))
    .map((path) => join(dir, path));
}
