import { describe, expect, it } from 'vitest';
import { withBase } from './urls.ts';

describe('withBase(href, base)', () => {
  it('puts the base in front of a path from the site root', () => expect(withBase('/stories/x/', '/graphics/h200/')).toBe('/graphics/h200/stories/x/'));
  it.each(['https://www.reuters.com/x', '//cdn.example/x', '#sources', 'other/', '/graphics/h200/stories/x/', 'mailto:a@b.example'])(
    'leaves %s as it is',
    (href) => expect(withBase(href, '/graphics/h200/')).toBe(href),
  );
  it('changes nothing when the site is at the root', () => expect(withBase('/stories/x/', '/')).toBe('/stories/x/'));
});
