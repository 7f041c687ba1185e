import { describe, expect, it } from 'vitest';
import { embedCode } from './code.ts';

describe('embedCode(options)', () => {
  const code = embedCode({
    src: 'https://site.example/embed/chart/',
    script: 'https://site.example/embed.js',
    title: 'Orders & "approvals" <2026>',
    height: 612.4,
  });
  it('is an iframe with a title, a fixed fallback height, lazy loading and a sandbox, then the host script', () => {
    expect(code).toMatch(
      /^<iframe src="https:\/\/site\.example\/embed\/chart\/" title="[^"]+" height="612" loading="lazy" sandbox="[^"]+" style="[^"]*border:0[^"]*"><\/iframe>\n<script src="https:\/\/site\.example\/embed\.js" async><\/script>$/,
    );
  });
  it("sandboxes the iframe so it can never navigate the partner's page", () => {
    const sandbox = /sandbox="([^"]+)"/.exec(code)![1].split(' ');
    expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']));
    expect(sandbox.filter((token) => token.startsWith('allow-top-navigation'))).toEqual([]);
  });
  it('escapes the title so it cannot break out of its attribute', () => {
    expect(code).toContain('title="Orders &amp; &quot;approvals&quot; &lt;2026&gt;"');
  });
  it('leaves out the style attribute with styled: false, for pages under our Content Security Policy', () => {
    const unstyled = embedCode({
      src: 'https://site.example/embed/chart/',
      script: 'https://site.example/embed.js',
      title: 'Chart',
      height: 600,
      styled: false,
    });
    expect(unstyled).toMatch(/^<iframe [^>]*sandbox="[^"]+"><\/iframe>\n<script /);
    expect(unstyled).not.toContain('style=');
  });
  it('leaves out the sandbox with sandboxed: false, for our previewer, which frames its own origin', () => {
    const unsandboxed = embedCode({ src: '/embed/chart/', script: '/embed.js', title: 'Chart', height: 600, sandboxed: false });
    expect(unsandboxed).toMatch(/^<iframe src="\/embed\/chart\/" title="Chart" height="600" loading="lazy" style="[^"]+"><\/iframe>\n/);
  });
  it('gives no width attribute, which takes pixels only: its style makes it full width', () => {
    expect(code).not.toMatch(/ width=/);
    expect(code).toContain('style="width:100%;');
  });
});
