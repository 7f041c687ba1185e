import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageReadme } from './readme.ts';

describe('packageReadme(base, ids, lang, content)', () => {
  it("writes an address and ids holding $' or $& as they are, not as String.replace patterns", () => {
    const content = mkdtempSync(join(tmpdir(), 'h200-readme-'));
    mkdirSync(join(content, 'export'));
    writeFileSync(join(content, 'export', 'README.en.txt'), 'Serve it at {base}. Charts: {charts}.\n');
    const base = "https://partner.example/$'graphics/$&/";
    expect(packageReadme(base, ['a-$1', 'b'], 'en', content)).toContain("Serve it at https://partner.example/$'graphics/$&/. Charts: a-$1, b.");
  });
});
