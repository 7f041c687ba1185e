/**
 * The Content Security Policy on a page, before and while its scripts work: the strict policy in
 * its `<meta>` (before anything the page loads) and in the host's header, with who may frame the
 * page; and once the page's frames have loaded and its scripts have been used a little, no
 * violation in any frame and the right policy on every document (the previewer's frames included).
 */
import { expect, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, policyHeader } from '../../src/lib/csp.ts';
import type { PageCheck } from './check.ts';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Keeps every Content Security Policy violation in the frame on `window.cspViolations`, from before its first script. */
export function recordViolations() {
  const violations: string[] = [];
  window.cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(
      `${location.href}: ${e.effectiveDirective} refused ${e.blockedURI || 'an inline resource'} (${e.sourceFile || 'the page'}:${e.lineNumber}) ${e.sample}`,
    ),
  );
}

/** The violations recorded in every frame of `page`. */
export async function violationsIn(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const recorded = await frame.evaluate(() => window.cspViolations).catch((e: Error) => [`${frame.url()}: could not be read (${e.message})`]);
    all.push(...(recorded ?? [`${frame.url()}: no record (the frame ran no init script)`]));
  }
  return all;
}

/** Problems with a policy's text: anything inline or evaluated allowed, any source but the page's own origin. */
export function looseness(policy: string): string[] {
  const problems: string[] = [];
  for (const directive of policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    for (const source of sources) {
      if (name === 'frame-ancestors' && source === '*') continue;
      if (source !== "'self'" && source !== "'none'") problems.push(`${name} allows ${source}`);
    }
  }
  for (const required of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    if (!policy.split(/;\s*/).includes(required)) problems.push(`no ${required}`);
  }
  return problems;
}

/** An embed page (any partner may frame it) rather than a page of the site. */
export const isEmbed = (url: string) => /\/embed\/[^/]+\/(v\/[^/]+\/)?$/.test(new URL(url).pathname);

/** Waits for every iframe on `page` to show its embed, scrolling each into view (they load lazily). */
export async function loadFrames(page: Page) {
  for (const iframe of await page.locator('iframe').all()) {
    await iframe.scrollIntoViewIfNeeded();
    await expect(iframe.contentFrame().locator('main.embed')).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
}

/** Uses the page's scripts a little, so what they style at run time is covered: a tooltip placed over a mark, the timeline's event panel. */
export async function exercise(page: Page): Promise<number> {
  // A bar or dot: a vertical line's box has no width, which Playwright calls invisible.
  const marks = page.locator('chart-marks .artboard:visible :is(rect, circle)[data-tip]');
  if ((await marks.count()) === 0) return 0;
  await marks.first().hover();
  await expect(page.locator('.chart-tip').first()).toBeVisible();
  // Focus moves the tooltip from the hovered mark to another, where there are two.
  await marks.nth((await marks.count()) > 1 ? 1 : 0).focus();
  if ((await page.locator('timeline-explorer').count()) > 0) {
    await page.keyboard.press('Escape');
    await page.locator('timeline-explorer .artboard:visible [data-tip]').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.event-panel').first()).toBeVisible();
  }
  return 1;
}

/** The strict policy, in the page's `<meta>` before anything it loads, and in the host's header. */
export const cspPolicy: PageCheck<void> = {
  name: 'csp-policy',
  async run({ page, target, response }) {
    const meta = await page.evaluate(() => {
      const tag = document.head.querySelector('meta[http-equiv="Content-Security-Policy" i]');
      const first = document.head.querySelector('link[rel="stylesheet"], script, style, link[rel="icon"]');
      return { content: tag?.getAttribute('content'), early: !!tag && !!first && !!(tag.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(meta, target.path).toEqual({ content: CONTENT_SECURITY_POLICY, early: true });
    // And in the host's header, with who may frame the page.
    expect(response.headers()['content-security-policy'], target.path).toBe(policyHeader(isEmbed(page.url()) ? 'embed' : 'page'));
    expect(looseness(response.headers()['content-security-policy']), target.path).toEqual([]);
  },
  summary: {
    title: 'the policy was checked on both editions, French pages and embeds included',
    run(measures) {
      for (const mode of ['light', 'dark'] as const)
        expect(measures.filter((m) => m.mode === mode && m.target.path.startsWith('/fr/')).length, mode).toBeGreaterThan(5);
    },
  },
};

/** No violation while the page's frames load and its scripts are used; each document, frames included, with its policy. Measures 1 where scripts were used. */
export const cspViolations: PageCheck<number> = {
  name: 'csp-violations',
  async prepare(context) {
    await context.addInitScript(recordViolations);
  },
  async run({ page, target, watched }) {
    await loadFrames(page);
    const exercised = await exercise(page);
    expect(await violationsIn(page), target.path).toEqual([]);
    // The previewer's frames carry the embed's policy too.
    for (const [url, header] of watched.documents) expect(header, url).toBe(policyHeader(isEmbed(url) ? 'embed' : 'page'));
    return exercised;
  },
  summary: {
    title: "the pages' scripts were used on six pages or more in each theme, with no violation",
    run(measures) {
      for (const mode of ['light', 'dark'] as const) {
        const visits = measures.filter((m) => m.mode === mode);
        const exercised = visits.reduce((sum, m) => sum + m.value, 0);
        expect(exercised, mode).toBeGreaterThanOrEqual(6);
        console.log(`CSP (${mode}): ${visits.length} pages and embeds, ${exercised} pages' scripts used: 0 violations`);
      }
    },
  },
};
