import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDIT_MARK, editOneEvent, syntheticContent } from './synthetic.ts';
import { checkContent } from '../src/data/content-check.ts';
import { loadFrontmatter } from '../src/data/load.ts';
import { storySchema } from '../src/data/content-schema.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');
const work = mkdtempSync(join(tmpdir(), 'h200-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, by its path inside it, with its bytes. */
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]),
  );

// Each test writes and checks whole content folders: seconds each, more on a busy machine.
describe('syntheticContent', { timeout: 30_000 }, () => {
  const original = checkContent(CONTENT);

  it('makes content at 10× that passes the site’s content check, with exactly 10× the stories, figures and events', () => {
    const to = join(work, 'content-10x');
    const counts = syntheticContent(CONTENT, to, 10);
    const checked = checkContent(to);
    expect(checked).toEqual({ ...original, stories: original.stories * 10, figures: original.figures * 10, events: original.events * 10 });
    expect(counts).toEqual({ stories: (original.stories / 2) * 10, storyFiles: checked.stories, figures: checked.figures, events: checked.events });
  });

  it('keeps the original stories first on the home page, the lead story leading', () => {
    const to = join(work, 'content-order');
    syntheticContent(CONTENT, to, 3);
    const order = (dir: string, name: string) => loadFrontmatter({ path: join(dir, 'stories', name), name }, storySchema).row.order;
    const originals = readdirSync(join(CONTENT, 'stories')).map((name) => order(CONTENT, name));
    const copies = readdirSync(join(to, 'stories'))
      .filter((name) => /-s\d+\./.test(name))
      .map((name) => order(to, name));
    expect(Math.min(...copies)).toBeGreaterThan(Math.max(...originals));
    expect(order(to, 'h200-approvals-gap-s1.en.mdx')).toBeLessThan(order(to, 'how-we-got-here-s1.en.mdx'));
  });

  it('copies the content folder byte for byte at 1×', () => {
    const to = join(work, 'content-1x');
    syntheticContent(CONTENT, to, 1);
    expect(files(to)).toEqual(files(CONTENT));
  });
});

describe('editOneEvent', { timeout: 30_000 }, () => {
  const events = (dir: string) => parse(readFileSync(join(dir, 'data', 'events.yaml'), 'utf8')) as { id: string; title: { en: string } }[];

  it('adds EDIT_MARK to the first event’s English title and changes nothing else, at 1× and 3×', () => {
    for (const factor of [1, 3]) {
      const to = join(work, `content-edit-${factor}x`);
      syntheticContent(CONTENT, to, factor);
      const [before, filesBefore, eventsText] = [events(to), files(to), readFileSync(join(to, 'data', 'events.yaml'), 'utf8')];
      const edit = editOneEvent(to);
      const after = events(to);
      expect(edit).toEqual({ id: before[0].id, before: before[0].title.en, after: before[0].title.en + EDIT_MARK });
      expect(after[0].title.en).toBe(edit.after);
      expect(after.slice(1)).toEqual(before.slice(1));
      expect({ ...after[0], title: before[0].title }).toEqual(before[0]);
      expect(readFileSync(join(to, 'data', 'events.yaml'), 'utf8')).toBe(eventsText.replace(JSON.stringify(edit.before), JSON.stringify(edit.after)));
      const filesAfter = files(to);
      for (const all of [filesBefore, filesAfter]) delete all['/data/events.yaml'];
      expect(filesAfter).toEqual(filesBefore);
    }
  });

  it('leaves content that passes the site’s content check, with as many of everything', () => {
    const to = join(work, 'content-edit-check');
    syntheticContent(CONTENT, to, 3);
    const counted = checkContent(to);
    editOneEvent(to);
    expect(checkContent(to)).toEqual(counted);
  });

  it('refuses an events file whose first event has no English title, naming the file', () => {
    const to = join(work, 'content-edit-bad');
    syntheticContent(CONTENT, to, 1);
    writeFileSync(join(to, 'data', 'events.yaml'), '- id: a\n  title: { fr: "Un titre" }\n');
    expect(() => editOneEvent(to)).toThrow(/events\.yaml: expected the first event to have an English title, got undefined/);
  });
});
