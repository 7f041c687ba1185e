import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadYamlRecord } from '../data/load.ts';
import { siteSchema } from '../data/content-schema.ts';
import { loadReleases } from '../data/release.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { pinReleases } = await import('./pinned.ts');
const { embedReadme } = await import('./embed-readme.ts');
const { chartFiles } = await import('./embeds.ts');
type ChartEmbed = import('./embeds.ts').ChartEmbed;

const ROOT = join(import.meta.dirname, '..', '..');
const [first] = pinReleases(loadReleases(join(ROOT, 'content', 'releases'), ROOT));
const site = loadYamlRecord({ path: join(ROOT, 'content', 'site.yaml'), name: 'content/site.yaml' }, siteSchema).row;
const SITE = 'https://site.example';
const ID = 'orders-approvals-stock';

/** The chart's embed pinned to the first release, as getEmbed makes it (without a story to look up). */
function pinnedEmbed(lang: 'en' | 'fr'): ChartEmbed {
  const embedUrl = `${SITE}${chartFiles(ID, lang, first.version).page}`;
  return {
    id: ID,
    lang,
    chart: first.charts.get(ID)!,
    site,
    home: undefined as unknown as ChartEmbed['home'],
    storyUrl: `${SITE}/stories/s/#chart-${ID}`,
    embedUrl,
    title: 'T',
    height: 900,
    code: `<iframe src="${embedUrl}"></iframe>`,
    pinned: { version: first.version, live: `${SITE}${chartFiles(ID, lang).page}`, changes: `${SITE}/data/changes/#release-${first.version}` },
  };
}

describe('chartFiles(id, lang, version)', () => {
  it("puts a pinned embed's page and downloads in a folder of its own under the chart's", () => {
    expect(chartFiles(ID, 'en', '2026-11-29')).toMatchObject({
      page: `/embed/${ID}/v/2026-11-29/`,
      csv: `/embed/${ID}/v/2026-11-29/${ID}.csv`,
      card: `/embed/${ID}/v/2026-11-29/${ID}-card.png`,
    });
    expect(chartFiles(ID, 'fr', '2026-11-29').readme).toBe(`/fr/embed/${ID}/v/2026-11-29/README.txt`);
    expect(chartFiles(ID, 'en').page).toBe(`/embed/${ID}/`);
  });
});

describe('embedReadme(embed)', () => {
  it('names the release a pinned embed shows, where the latest version is and what changed since', () => {
    const text = embedReadme(pinnedEmbed('en'));
    // Paragraphs are wrapped at 100 characters.
    expect(text.replace(/\n/g, ' ')).toContain(`Data of release ${first.version}: this chart shows the data as recorded in that release, and never changes.`);
    expect(text).toContain(`Latest version: ${SITE}/embed/${ID}/`);
    expect(text).toContain(`What changed since: ${SITE}/data/changes/#release-${first.version}`);
    expect(text).toContain(`<iframe src="${SITE}/embed/${ID}/v/${first.version}/"></iframe>`);
  });
  it("gives the release's chart notes, in French for a French embed", () => {
    const text = embedReadme(pinnedEmbed('fr'));
    expect(text).toContain(`Données de la version ${first.version}\u00a0:`);
    for (const note of first.charts.get(ID)!.meta.notes) expect(text).toContain(`- ${note.fr}`);
  });
});
