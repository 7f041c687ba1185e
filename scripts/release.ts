#!/usr/bin/env node
/**
 * Records a data release: `npm run release -- --notes "What changed" --notes-fr "Ce qui a changé"`,
 * or `--notes-file notes.yaml` holding `en: …` and `fr: …`. The content is checked first, and the
 * release is refused when the check fails or when nothing changed since the last release. The new
 * release goes to content/releases/<version>/ (version: today's date, `-2` for a second that day).
 *   --date YYYY-MM-DD   the day of the release (default: today, in UTC)
 *   H200_CONTENT=folder where the content is (default content)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkContent } from '../src/data/content-check.ts';
import { DataError } from '../src/data/errors.ts';
import { releasesDir, loadReleases } from '../src/data/release.ts';
import { recordRelease } from '../src/data/release-record.ts';
import { diffData } from '../src/data/release-diff.ts';
import { isRealDate, localized } from '../src/data/schema.ts';

const { values } = parseArgs({
  options: {
    notes: { type: 'string' },
    'notes-fr': { type: 'string' },
    'notes-file': { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'npm run release -- --notes "What changed, in English" --notes-fr "Ce qui a changé, en français" [--date YYYY-MM-DD]\nnpm run release -- --notes-file notes.yaml   (en: … and fr: …)',
  );
  process.exit(0);
}

const content = resolve(process.env.H200_CONTENT ?? 'content');
try {
  const notes = readNotes();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !isRealDate(values.date)) {
    throw new DataError({ file: '--date' }, `got "${values.date}", expected a day written YYYY-MM-DD that exists on the calendar`);
  }
  checkContent(content);
  const version = recordRelease(join(content, 'data'), releasesDir(content), { date: values.date, notes });
  const releases = loadReleases(releasesDir(content));
  const changes = diffData(releases.at(-2)?.data, releases.at(-1)!.data);
  const count = (kind: Record<string, unknown[]>) =>
    Object.entries(kind)
      .map(([what, list]) => `${list.length} ${what}`)
      .join(', ');
  console.log(`Recorded release ${version} in ${join(releasesDir(content), version)}/.`);
  console.log(`  figures: ${count(changes.figures)}\n  events: ${count(changes.events)}\n  sources: ${count(changes.sources)}`);
  console.log('Commit the folder: a release, once recorded, never changes.');
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`${error.message}\n\nNo release recorded: content/releases/ is unchanged.`);
  process.exit(1);
}

/** The notes in every language, from the flags or the notes file. */
function readNotes() {
  let raw: unknown;
  let file = '--notes';
  if (values['notes-file'] !== undefined) {
    file = values['notes-file'];
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new DataError({ file }, `cannot be read as YAML (${(error as Error).message.split('\n')[0]}), expected en: … and fr: …`);
    }
  } else raw = { en: values.notes, fr: values['notes-fr'] };
  const result = localized.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const language = issue.path[0] === 'fr' ? 'French' : 'English';
  if (file === '--notes') {
    const flag = issue.path[0] === 'fr' ? '--notes-fr' : '--notes';
    throw new DataError({ file: flag }, `got nothing, expected the release notes in ${language} (${flag} "…"): release notes are published in both languages`);
  }
  throw new DataError(
    { file, field: String(issue.path[0] ?? '') },
    `got nothing, expected the release notes in ${language} (${String(issue.path[0] ?? 'en')}: …): release notes are published in both languages`,
  );
}
