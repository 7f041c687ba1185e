import { describe, expect, it } from 'vitest';
import { embedCode } from './code.ts';

describe('embedCode(options)', () => {
  const code = embedCode({ src: 'https://site.example/embed/chart/', script: 'https://site.example/embed.js', title: 'Orders & "approvals" <2026>', height: 612.4 });
  it('is an iframe with a title, a fixed fallback height, lazy loading and a sandbox, then the host script', () => {
    expect(code).toMatch(/^<iframe src="https:\/\/site\.example\/embed\/chart\/" title="[^"]+" width="100%" height="612" loading="lazy" sandbox="[^"]+" style="[^"]*border:0[^"]*"><\/iframe>\n<script src="https:\/\/site\.example\/embed\.js" async><\/script>$/);
  });
  it("sandboxes the iframe so it can never navigate the partner's page", () => {
    const sandbox = /sandbox="([^"]+)"/.exec(code)![1].split(' ');
    expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']));
    expect(sandbox.filter((token) => token.startsWith('allow-top-navigation'))).toEqual([]);
  });
  it('escapes the title so it cannot break out of its attribute', () => {
    expect(code).toContain('title="Orders &amp; &quot;approvals&quot; &lt;2026&gt;"');
  });
});
