import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { jsonForScript } from './json-script.ts';

/** The JSON-LD a story writes, with a hostile `title`, `dek` and `byline`, as a browser's parser reads it back. */
function inPage(fields: { headline: string; description: string; author: string }) {
  const html = `<!doctype html><html><head><script type="application/ld+json">${jsonForScript({ '@type': 'NewsArticle', ...fields })}</script></head><body><p id="after">still here</p></body></html>`;
  const { document } = parseHTML(html);
  return {
    html,
    scripts: document.querySelectorAll('script').length,
    data: JSON.parse(document.querySelector('script')!.textContent!),
    after: document.getElementById('after')?.textContent,
  };
}

describe('jsonForScript(value)', () => {
  it.each([
    ['</script>', '</script><meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['<!--<script>', 'A careless <!--<script> in a dek'],
    ['U+2028 and U+2029', 'line\u2028and\u2029paragraph'],
    ['& and >', 'Q&A > summary'],
  ])('keeps %s inside the script: one script element, the page after it intact, every string read back as written', (_, text) => {
    const page = inPage({ headline: text, description: text, author: text });
    expect(page.html).not.toMatch(/<\/script>.*<\/script>/s);
    expect(page.html).not.toContain('<!--');
    expect(page.scripts).toBe(1);
    expect(page.after).toBe('still here');
    expect(page.data).toEqual({ '@type': 'NewsArticle', headline: text, description: text, author: text });
  });
});
