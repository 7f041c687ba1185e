/** What a page check is: a small function run on a page the sweep (e2e/pages.spec.ts) has loaded once. */
import type { APIRequestContext, BrowserContext, Page, Response } from '@playwright/test';
import type { SitePage } from '../site.ts';

/** How a page is visited: with scripts, in the light or the dark theme, or with JavaScript off. */
export type Mode = 'light' | 'dark' | 'no-js';

/** What was seen while the page was used, from before it was requested. */
export interface Watched {
  /** Every request of the page's context: its frames', workers' and other pages' included. */
  requests: string[];
  /** Console errors, console messages about the Content Security Policy, script errors, failed requests and HTTP errors. */
  problems: string[];
  /** Every document loaded, frames included, with its Content-Security-Policy header. */
  documents: [url: string, policy: string | undefined][];
}

/** A page as a check finds it: loaded (network idle), with what was seen on the way. */
export interface Visit {
  page: Page;
  request: APIRequestContext;
  /** The page visited. */
  target: SitePage;
  mode: Mode;
  /** The response to the page's request. */
  response: Response;
  watched: Watched;
}

/** One visit's measure from a check, for the sweep's summary. */
export interface Measure<T> {
  target: SitePage;
  mode: Mode;
  value: T;
}

/**
 * A check of a page: what it asserts on a visit, on which pages, and (optionally) what it asserts
 * over every visit's measure once the sweep is done (e2e/pages-summary.spec.ts).
 */
export interface PageCheck<T = unknown> {
  name: string;
  /** The pages it has something to say about; every page when left out. */
  appliesTo?: (target: SitePage) => boolean;
  /** Sets up the browser context the sweep's pages open in, before any page is requested (an init script, say). */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Asserts on the page; what it returns is kept as its measure for the summary. */
  run: (visit: Visit) => Promise<T>;
  summary?: {
    title: string;
    run: (measures: Measure<T>[]) => void | Promise<void>;
  };
}

/** A check, with its measure's type forgotten, as the sweep runs it. */
// biome-ignore lint/suspicious/noExplicitAny: a list holds checks of many measure types.
export type AnyCheck = PageCheck<any>;

/** A story's page in its edition: /stories/<slug>/ or /fr/stories/<slug>/. */
export const isStory = (target: SitePage) => target.kind === 'page' && /^(\/[a-z]{2})?\/stories\/[^/]+\/$/.test(target.path);
