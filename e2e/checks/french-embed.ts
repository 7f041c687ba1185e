/** A French embed page is in French, and so are its README, its SVG and its CSV. */
import { expect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { embedIds, shownData } from '../site.ts';
import type { PageCheck } from './check.ts';
import { alternates } from './languages.ts';

export const frenchEmbed: PageCheck<void> = {
  name: 'french-embed',
  appliesTo: (target) => target.kind === 'embed' && target.lang === 'fr',
  async run({ page, request, target }) {
    const id = target.chart!;
    const dir = `/fr/embed/${id}/${target.version === undefined ? '' : `v/${target.version}/`}`;
    const { data } = shownData(target);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(Object.keys(await alternates(page)).sort()).toEqual(['en', 'fr']);
    await expect(page.locator('.embed-links')).toContainText("Lire l'article sur");
    await expect(page.locator('.embed-lang')).toHaveText('Read in English');
    const readme = await (await request.get(`${dir}README.txt`)).text();
    expect(readme).toMatch(/Données (au|de) /);
    expect(readme).toContain("Code d'intégration");
    expect(readme).toContain(dir);
    if (target.version) expect(readme).toContain(`Données de la version ${target.version}`);
    const svg = await (await request.get(`${dir}${id}.svg`)).text();
    expect(svg).toContain('xml:lang="fr"');
    expect(svg).toContain('Sources\u00a0:');
    const rows = parse(await (await request.get(`${dir}${id}.csv`)).text(), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const f = data.figures.find((x) => x.id === row.id);
      const e = data.events.find((x) => x.id === row.id);
      expect(row.label ?? row.title).toBe(f ? f.label.fr : e!.title.fr);
    }
  },
  summary: {
    title: 'every chart has a French embed page, in each theme',
    run(measures) {
      for (const mode of ['light', 'dark'] as const)
        expect(
          measures
            .filter((m) => m.mode === mode && m.target.version === undefined)
            .map((m) => m.target.chart)
            .sort(),
        ).toEqual([...embedIds].sort());
    },
  },
};
