import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { releaseDownloads } = await import('./data-downloads.ts');
const { getDataPackage } = await import('./data-packages.ts');

describe('releaseDownloads(version)', () => {
  it("lists the release's zip first, then each file, with its address, size, media type and SHA-256", async () => {
    const downloads = await releaseDownloads('2026-12-02');
    expect(downloads.map((d) => [d.name, d.kind, d.href, d.mediaType])).toEqual([
      ['h200-ledger-data-2026-12-02.zip', 'zip', '/data/2026-12-02/h200-ledger-data-2026-12-02.zip', 'application/zip'],
      ['datapackage.json', 'descriptor', '/data/2026-12-02/datapackage.json', 'application/json'],
      ['README.md', 'readme', '/data/2026-12-02/README.md', 'text/markdown'],
      ['figures.csv', 'table', '/data/2026-12-02/figures.csv', 'text/csv'],
      ['sources.csv', 'table', '/data/2026-12-02/sources.csv', 'text/csv'],
      ['events.csv', 'table', '/data/2026-12-02/events.csv', 'text/csv'],
      ['figure_sources.csv', 'table', '/data/2026-12-02/figure_sources.csv', 'text/csv'],
      ['event_sources.csv', 'table', '/data/2026-12-02/event_sources.csv', 'text/csv'],
      ['event_figures.csv', 'table', '/data/2026-12-02/event_figures.csv', 'text/csv'],
      ['SHA256SUMS', 'checksums', '/data/2026-12-02/SHA256SUMS', 'text/plain'],
    ]);
    const pkg = await getDataPackage('2026-12-02');
    expect(downloads[0].bytes).toBe(pkg.zip.bytes.length);
    expect(downloads[0].sha256).toBe(createHash('sha256').update(pkg.zip.bytes).digest('hex'));
  });

  it('names the releases there are when asked for one that is not', async () => {
    await expect(releaseDownloads('2020-01-01')).rejects.toThrow('no data release "2020-01-01"; expected one of 2026-11-29, 2026-12-02');
  });
});
