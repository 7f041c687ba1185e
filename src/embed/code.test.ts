import { describe, expect, it } from 'vitest';
import { embedCode } from './code.ts';

describe('embedCode(options)', () => {
  const code = embedCode({ src: 'https://site.example/embed/chart/', script: 'https://site.example/embed.js', title: 'Orders & "approvals" <2026>', height: 612.4 });
  it('is an iframe with a title, a fixed fallback height and lazy loading, then the host script', () => {
    expect(code).toMatch(/^<iframe src="https:\/\/site\.example\/embed\/chart\/" title="[^"]+" width="100%" height="612" loading="lazy" style="[^"]*border:0[^"]*"><\/iframe>\n<script src="https:\/\/site\.example\/embed\.js" async><\/script>$/);
  });
  it('escapes the title so it cannot break out of its attribute', () => {
    expect(code).toContain('title="Orders &amp; &quot;approvals&quot; &lt;2026&gt;"');
  });
});
