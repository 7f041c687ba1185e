import { describe, expect, it } from 'vitest';
import { headersFile } from './headers.ts';

const entries = [
  { name: '_astro', directory: true },
  { name: 'embed', directory: true },
  { name: 'embed.js', directory: false },
  { name: 'index.html', directory: false },
];

/** The rules of a _headers file: path → Cache-Control. */
const rules = (text: string) => Object.fromEntries([...text.matchAll(/^(\/\S*)\n {2}Cache-Control: (.+)$/gm)].map((m) => [m[1], m[2]]));

describe('headersFile(entries, base)', () => {
  it('caches hashed assets for a year and everything else for five minutes, under the base', () => {
    expect(rules(headersFile(entries, '/graphics/h200/'))).toEqual({
      '/graphics/h200/_astro/*': 'public, max-age=31536000, immutable',
      '/graphics/h200/': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed/*': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed.js': 'public, max-age=300, must-revalidate',
      '/graphics/h200/index.html': 'public, max-age=300, must-revalidate',
    });
  });
  it('has no rule matching everything, which would add a second Cache-Control to the assets', () => {
    expect(headersFile(entries, '/')).not.toMatch(/^\/\*$/m);
  });
});
