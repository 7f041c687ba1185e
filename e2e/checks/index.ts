/**
 * The page checks, in the order a visit runs them: those that only read the page first, then
 * those that resize it, scroll it, load its frames and use its scripts, and last those that
 * judge everything seen since the page was requested.
 */
import { axe } from './axe.ts';
import type { AnyCheck } from './check.ts';
import { consoleClean } from './console.ts';
import { cspPolicy, cspViolations } from './csp.ts';
import { embedBudget } from './embed-budget.ts';
import { embedMetadata } from './embed-metadata.ts';
import { frenchEmbed } from './french-embed.ts';
import { home } from './home.ts';
import { interfaceLanguage } from './interface-language.ts';
import { languages } from './languages.ts';
import { links } from './links.ts';
import { noJsCharts } from './no-js-charts.ts';
import { noJsEmbed } from './no-js-embed.ts';
import { overflow } from './overflow.ts';
import { requests } from './requests.ts';
import { scriptBudget } from './script-budget.ts';
import { storyMetadata } from './story-metadata.ts';

/** Run on each page with scripts, once in the light theme and once in the dark. */
export const withScripts: AnyCheck[] = [
  cspPolicy,
  storyMetadata,
  embedMetadata,
  home,
  languages,
  interfaceLanguage,
  frenchEmbed,
  links,
  scriptBudget,
  axe,
  overflow,
  embedBudget,
  cspViolations,
  requests,
  consoleClean,
];

/** Run on each page with JavaScript off. */
export const withoutScripts: AnyCheck[] = [noJsCharts, noJsEmbed];
