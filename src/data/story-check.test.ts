import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataset } from './load.ts';
import { checkStory, usedIds, usedPlacements } from './story-check.ts';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'valid');
const { figures, sources } = loadDataset(FIXTURE, FIXTURE);
const charts = ['orders-approvals-stock'];
const story = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

describe('checkStory(mdx, file, data)', () => {
  it('passes a story whose facts and charts exist', () => {
    expect(() =>
      checkStory(story('China approved <Fact id="h200-approved-by-china" />.\n\n<Chart id="orders-approvals-stock" />'), 's.mdx', { figures, sources, charts }),
    ).not.toThrow();
  });
  it('names the line of a fact id the data lacks', () => {
    expect(() => checkStory(story('Shipped <Fact id="h200-sold" />.'), 's.mdx', { figures, sources, charts })).toThrow(
      's.mdx:5: field "<Fact id>": got "h200-sold", expected the id of a row of content/data/figures.csv',
    );
  });
  it('names the line of a chart id that does not exist', () => {
    expect(() => checkStory(story('\n<Chart id="orders" />'), 's.mdx', { figures, sources, charts })).toThrow(
      /s\.mdx:6: field "<Chart id>": got "orders", expected the id of a row of content\/data\/charts\.yaml \(orders-approvals-stock\)/,
    );
  });
  it('names the line of a cited source the data lacks', () => {
    expect(() => checkStory(story('As <Cite id="wire-z" /> reported.'), 's.mdx', { figures, sources, charts })).toThrow(
      's.mdx:5: field "<Cite id>": got "wire-z", expected the id of a row of content/data/sources.csv',
    );
  });
  it('names the line of a prop the component does not take', () => {
    expect(() => checkStory(story('Firms ordered <Fact id="h200-ordered" compat />.'), 's.mdx', { figures, sources, charts })).toThrow(
      's.mdx:5: field "<Fact compat>": got an unknown prop "compat", expected only id and compact',
    );
  });
  it("lets a component's own props through", () => {
    expect(() => checkStory(story('Firms ordered <Fact id="h200-ordered" compact />.'), 's.mdx', { figures, sources, charts })).not.toThrow();
  });
  it('checks a component written over several lines, at the line it starts', () => {
    expect(() => checkStory(story('Text\n<Fact\n  id="h200-sold" />'), 's.mdx', { figures, sources, charts })).toThrow(
      /^s\.mdx:6: field "<Fact id>": got "h200-sold"/,
    );
  });
  it('reads an id written as an expression', () => {
    expect(() => checkStory(story('<Fact id={"h200-sold"} />'), 's.mdx', { figures, sources, charts })).toThrow(/got "h200-sold"/);
  });
  it('leaves components in code spans alone', () => {
    expect(() => checkStory(story('Write `<Fact id="figure-id" />` in prose.'), 's.mdx', { figures, sources, charts })).not.toThrow();
  });
  it('refuses a component with no id', () => {
    expect(() => checkStory(story('<Fact />'), 's.mdx', { figures, sources, charts })).toThrow(/s\.mdx:5: field "<Fact id>": got no id/);
  });
  it('counts lines from the top of the file, frontmatter included', () => {
    expect(() => checkStory(story('China approved 400,000 chips.'), 's.mdx', { figures, sources, charts })).toThrow(
      /^s\.mdx:5: field "prose": states "400,000" by hand/,
    );
  });
  it('names the line of MDX that does not parse', () => {
    expect(() => checkStory(story('Text\n\nApproved <Fact id="h200-approved-by-china" \n\nmore'), 's.mdx', { figures, sources, charts })).toThrow(
      /^s\.mdx:7: field "MDX": not valid MDX: .*expected/,
    );
  });
  it('refuses a component the stories do not have', () => {
    expect(() => checkStory(story('\n<Chrat id="orders-approvals-stock" />'), 's.mdx', { figures, sources, charts })).toThrow(
      's.mdx:6: field "<Chrat>": got an unknown component <Chrat>, expected one of <Fact>, <Chart>, <Cite>, <AllSources>',
    );
  });
  it('refuses a value given to compact, and props given to <AllSources>', () => {
    expect(() => checkStory(story('<Fact id="h200-ordered" compact="no" />'), 's.mdx', { figures, sources, charts })).toThrow(
      /field "<Fact compact>": got a value, expected compact written alone/,
    );
    expect(() => checkStory(story('<AllSources lang="fr" />'), 's.mdx', { figures, sources, charts })).toThrow(
      /field "<AllSources lang>": got an unknown prop "lang", expected no props/,
    );
  });
  it('refuses an id the build cannot read', () => {
    expect(() => checkStory(story('<Fact id={figureId} />'), 's.mdx', { figures, sources, charts })).toThrow(
      /field "<Fact id>": got an expression, expected id="…"/,
    );
  });
});

describe('usedIds(mdx, component)', () => {
  it('lists the ids passed to one component, each once, in order', () => {
    expect(usedIds('<Fact id="b" /> <Fact id="a" /> <Cite id="c" /> <Fact id="b" compact />', 'Fact')).toEqual(['b', 'a']);
  });
});

describe('a chart placed with a window', () => {
  const all = { figures, sources, charts: ['orders-approvals-stock', 'policy-timeline', 'figures-over-time'] };
  it('passes months, a year and actors, and gives the placement its id', () => {
    const mdx = story('<Chart id="policy-timeline" from="2025-12" to="2026" actors="nvidia us-government" />\n\n<Chart id="figures-over-time" />');
    expect(() => checkStory(mdx, 's.mdx', all)).not.toThrow();
    expect(usedPlacements(mdx).map((p) => p.id)).toEqual(['policy-timeline.from-2025-12.to-2026-12.actors-us-government-nvidia', 'figures-over-time']);
  });
  it.each([
    ['from="2025-13"', 'field "<Chart from>": got "2025-13", expected a month written YYYY-MM (such as 2025-12) or a year (2025)'],
    ['from="2026-03" to="2026-01"', 'field "<Chart to>": got to="2026-01" before from="2026-03", expected a month on or after it'],
    ['actors="nvidia beijing"', 'field "<Chart actors>": got "beijing", expected actors separated by spaces'],
    ['from', 'field "<Chart from>": got no value, expected from="…" written as text'],
  ])('names the line and prop of a bad window: %s', (props, message) => {
    expect(() => checkStory(story(`\n<Chart id="policy-timeline" ${props} />`), 's.mdx', all)).toThrow(`s.mdx:6: ${message}`);
  });
  it('refuses a window on a chart that takes none', () => {
    expect(() => checkStory(story('<Chart id="orders-approvals-stock" to="2026" />'), 's.mdx', all)).toThrow(
      's.mdx:5: field "<Chart to>": got to= on the chart "orders-approvals-stock", expected a window only on policy-timeline or figures-over-time',
    );
  });
  it('refuses a chart placed twice in one story, naming both lines', () => {
    expect(() => checkStory(story('<Chart id="policy-timeline" to="2025" />\n\n<Chart id="policy-timeline" from="2026" />'), 's.mdx', all)).toThrow(
      's.mdx:7: field "<Chart id>": got the chart "policy-timeline" a second time (first on line 5), expected each chart once per story',
    );
  });
});
