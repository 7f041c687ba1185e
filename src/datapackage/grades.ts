/**
 * The grading rule a release used, in its own words: taken from the release's `data/README.md`,
 * which it recorded with its data, so a package describes its grades as that release gave them
 * (the rule of December 2026 is not the first release's). The README's "Grades" section, or, in
 * a README written before there was one, its `confidence` row of the sources table.
 */
import type { Source } from '../data/schema.ts';

/** The rule, as Markdown quoted line by line (`> …`); throws naming `file` when the README states none. */
export function gradeRule(readme: string, file: string): string {
  const lines = readme.replaceAll('\r\n', '\n').split('\n');
  const start = lines.findIndex((l) => /^#{2,4}\s+Grades\b/i.test(l));
  let rule: string[];
  if (start >= 0) {
    const level = /^#+/.exec(lines[start])![0].length;
    const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l) && /^#+/.exec(l)![0].length <= level);
    rule = lines.slice(start + 1, end < 0 ? undefined : end);
  } else {
    const row = lines.find((l) => /^\|\s*`confidence`\s*\|/.test(l));
    if (!row) throw new Error(`${file}: states no grading rule: expected a "### Grades" section or a \`confidence\` row in the sources table`);
    rule = [row.split('|')[2].trim()];
  }
  while (rule[0]?.trim() === '') rule.shift();
  while (rule.at(-1)?.trim() === '') rule.pop();
  return rule.map((l) => (l.trim() === '' ? '>' : `> ${l}`)).join('\n');
}

/** How many sources carry each grade, as Markdown list lines with no punctuation to translate: "- `H` (31 sources)". */
export function gradeCounts(sources: Pick<Source, 'confidence'>[]): string {
  const order = ['H', 'M', 'L', 'unverified'];
  const counts = new Map<string, number>();
  for (const { confidence } of sources) counts.set(confidence, (counts.get(confidence) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([grade, n]) => `- \`${grade}\` (${n} ${n === 1 ? 'source' : 'sources'})`)
    .join('\n');
}
