import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCounts, gradeRule } from './grades.ts';

const README = (version: string) => readFileSync(join(import.meta.dirname, '..', '..', 'content', 'releases', version, 'data', 'README.md'), 'utf8');

describe('gradeRule(readme, file)', () => {
  it('quotes the December rule from its own section, up to the next heading', () => {
    const rule = gradeRule(README('2026-12-02'), 'README.md');
    expect(rule.split('\n')[0]).toBe('> The methodology story gives the same rule to readers. Grade the page the URL points to, not the');
    expect(rule).toContain('> - **`unverified`**: a page we could not read, kept for the record.');
    expect(rule).not.toContain('figures.csv');
    expect(rule.split('\n').every((l) => l.startsWith('>'))).toBe(true);
  });

  it("quotes the first release's rule from its sources table, written before the rule had a section", () => {
    expect(gradeRule(README('2026-11-29'), 'README.md')).toBe(
      '> `H` official, law-firm or major-outlet text; `M` republication of a named wire report; `L` blog-like or aggregator',
    );
  });

  it('names the file when the README states no rule', () => {
    expect(() => gradeRule('# Data\n\nNo grades here.\n', 'content/releases/x/data/README.md')).toThrow(
      'content/releases/x/data/README.md: states no grading rule: expected a "### Grades" section or a `confidence` row in the sources table',
    );
  });
});

describe('gradeCounts(sources)', () => {
  it('counts the sources of each grade, strongest first', () => {
    expect(gradeCounts([{ confidence: 'L' }, { confidence: 'H' }, { confidence: 'unverified' }, { confidence: 'H' }])).toBe(
      '- `H` (2 sources)\n- `L` (1 source)\n- `unverified` (1 source)',
    );
  });
});
