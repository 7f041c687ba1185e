import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataset } from './load.ts';
import { checkStory } from './story-check.ts';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'valid');
const { figures } = loadDataset(FIXTURE, FIXTURE);
const charts = ['orders-approvals-stock'];
const story = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

describe('checkStory(mdx, file, data)', () => {
  it('passes a story whose facts and charts exist', () => {
    expect(() => checkStory(story('China approved <Fact id="h200-approved-by-china" />.\n\n<Chart id="orders-approvals-stock" />'), 's.mdx', { figures, charts })).not.toThrow();
  });
  it('names the line of a fact id the data lacks', () => {
    expect(() => checkStory(story('Shipped <Fact id="h200-sold" />.'), 's.mdx', { figures, charts })).toThrow(
      's.mdx:5: field "<Fact id>": got "h200-sold", expected the id of a row of content/data/figures.csv',
    );
  });
  it('names the line of a chart id that does not exist', () => {
    expect(() => checkStory(story('\n<Chart id="orders" />'), 's.mdx', { figures, charts })).toThrow(/s\.mdx:6: field "<Chart id>": got "orders", expected the id of a row of content\/data\/charts\.yaml \(orders-approvals-stock\)/);
  });
  it('refuses a component with no id', () => {
    expect(() => checkStory(story('<Fact value="400000" />'), 's.mdx', { figures, charts })).toThrow(/s\.mdx:5: field "<Fact id>": got no id/);
  });
  it('counts lines from the top of the file, frontmatter included', () => {
    expect(() => checkStory(story('China approved 400,000 chips.'), 's.mdx', { figures, charts })).toThrow(/^s\.mdx:5: field "prose": states "400,000" by hand/);
  });
});
