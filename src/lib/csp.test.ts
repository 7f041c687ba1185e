import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyHeader } from './csp.ts';

/** The policy's directives: name → sources. */
const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing inline or evaluated, and no origin but our own', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-|'nonce-|'sha\d+-|https?:|data:|\*/);
    const sources = Object.values(directives(CONTENT_SECURITY_POLICY)).flat();
    expect(new Set(sources)).toEqual(new Set(["'self'", "'none'"]));
  });
  it('starts from nothing and names what pages load', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toMatchObject({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
    });
  });
  it('leaves frame-ancestors to the header, since browsers ignore it in a <meta>', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
});

describe('policyHeader(kind)', () => {
  it('lets any site frame an embed page, and only the site frame its other pages', () => {
    expect(directives(policyHeader('embed'))['frame-ancestors']).toEqual(['*']);
    expect(directives(policyHeader('page'))['frame-ancestors']).toEqual(["'self'"]);
  });
});
