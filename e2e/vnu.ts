/**
 * The W3C Nu HTML checker (the `vnu-jar` package, run with `java`) over many files in one run: its
 * errors, each with the file, line and message, less the few known to be wrong about valid markup.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** A message the checker gives on markup that is valid after all, matched whole, and why it is valid. */
export interface Allowance {
  message: RegExp;
  why: string;
}

/**
 * Errors vnu reports on valid markup. vnu checks SVG against SVG 1.1, where `font-variant` takes
 * only normal or small-caps; SVG 2 makes it a presentation attribute with the CSS property's
 * values (https://www.w3.org/TR/SVG2/text.html#FontVariantProperty), which browsers follow.
 * Observable Plot writes it on its axes' tick labels, so numbers line up; unlike a style
 * attribute, the Content Security Policy (`style-src 'self'`) leaves it alone.
 */
export const ALLOWED: Allowance[] = [
  { message: /^Bad value “tabular-nums” for attribute “font-variant” on element “g”\.$/, why: 'SVG 2 font-variant="tabular-nums" (Plot axes)' },
];

/** What a run found: the errors, and those the allowances let through, counted by reason. */
export interface VnuReport {
  errors: VnuError[];
  allowed: Map<string, number>;
}

/** Checks `files` (HTML, and SVG with `svg`) in one run of vnu; reports every error not in `allowed`. */
export function validate(files: string[], { svg = true, allowed = ALLOWED }: { svg?: boolean; allowed?: Allowance[] } = {}): VnuReport {
  if (files.length === 0) throw new Error('validate: no files to check');
  // vnu needs a thread stack of 512k or more (it says so on a StackOverflowError); a short-lived JVM starts faster without its top JIT tier.
  const args = ['-Xss2m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', '--exit-zero-always', ...(svg ? ['--also-check-svg'] : []), ...files];
  const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not run java (the checker needs a JRE on the PATH): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`vnu failed (exit ${run.status}):\n${run.stderr}`);
  const { messages } = JSON.parse(run.stdout) as { messages: { type: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[] };
  const report: VnuReport = { errors: [], allowed: new Map() };
  for (const m of messages) {
    // --errors-only leaves errors, and "non-document-error"s (a file it could not read).
    if (m.type === 'info') continue;
    const allowance = allowed.find((a) => a.message.test(m.message));
    if (allowance) {
      report.allowed.set(allowance.why, (report.allowed.get(allowance.why) ?? 0) + 1);
      continue;
    }
    const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '(no file)');
    report.errors.push({ file, line: m.lastLine, column: m.firstColumn, message: m.message, extract: m.extract });
  }
  return report;
}

/** One error a line: `file:line:column: message`, then the markup it quotes. */
export function formatErrors(errors: VnuError[]): string {
  return errors.map((e) => `${e.file}:${e.line ?? '?'}:${e.column ?? '?'}: ${e.message}${e.extract ? `\n    ${e.extract.replace(/\s+/g, ' ').trim()}` : ''}`).join('\n');
}

/** The HTML and SVG files under `dir`, sorted. */
export function markupFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ['.html', '.svg'].includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
