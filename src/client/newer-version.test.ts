import { describe, expect, it } from 'vitest';
import { newerVersion } from './newer-version.ts';

const list = [
  { version: '2026-11-29', date: '2026-11-29' },
  { version: '2026-12-02', date: '2026-12-02' },
  { version: '2026-12-02-2', date: '2026-12-02' },
];

describe('newerVersion(list, version)', () => {
  it('names the latest release when the pinned one has been followed', () => {
    expect(newerVersion(list, '2026-11-29')).toBe('2026-12-02-2');
    expect(newerVersion(list, '2026-12-02')).toBe('2026-12-02-2');
  });
  it('names none for the latest release', () => {
    expect(newerVersion(list, '2026-12-02-2')).toBeUndefined();
  });
  it('names none for a release the list does not hold, or a list that is not one', () => {
    expect(newerVersion(list, '2026-12-01')).toBeUndefined();
    expect(newerVersion({ releases: list }, '2026-11-29')).toBeUndefined();
    expect(newerVersion([null, 'x', ...list.slice(1)], '2026-12-02')).toBe('2026-12-02-2');
    expect(newerVersion([{ version: '2026-11-29' }, { version: 7 }], '2026-11-29')).toBeUndefined();
  });
});
