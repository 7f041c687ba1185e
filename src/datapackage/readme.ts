/**
 * A package's README.md: the templates of `content/datapackage/` (README.<lang>.md), each filled
 * from the release (its counts, coverage dates, notes and grades) and the site's settings, one
 * language after the other. Dates are written as the data writes them (YYYY-MM-DD or YYYY-MM).
 */
import { fillReadme, type ReadmePlaceholder } from '../data/package-readme.ts';
import { LANGUAGES, type Lang } from '../data/schema.ts';
import type { Site } from '../data/content-schema.ts';
import type { ReleaseData } from '../data/release.ts';
import { gradeCounts } from './grades.ts';

/** What the README tells beside the release's data. */
export interface ReadmeFacts {
  version: string;
  date: string;
  notes: Record<Lang, string>;
  data: ReleaseData;
  site: Site;
  /** The package's title, such as "H200 Ledger data". */
  title: string;
  /** The grading rule, quoted from the release's own data README (./grades.ts). */
  grades: string;
  /** The zip's file name. */
  zip: string;
}

/** The first and last of some dates (`YYYY-MM-DD` or `YYYY-MM`); throws when there are none. */
function span(dates: string[], what: string): [string, string] {
  if (dates.length === 0) throw new Error(`README.md: no ${what} to compute the coverage from`);
  const sorted = [...dates].sort();
  return [sorted[0], sorted.at(-1)!];
}

/** The README.md of a package, in every language, from `templates` by language. */
export function packageReadme(templates: Record<Lang, string>, facts: ReadmeFacts): string {
  return `${LANGUAGES.map((lang) => fillReadme(templates[lang], readmeValues(facts, lang)).trimEnd()).join('\n\n---\n\n')}\n`;
}

/** The first paragraph of the English README: what the package holds, as its descriptor describes it. */
export function readmeSummary(templates: Record<Lang, string>, facts: ReadmeFacts): string {
  const text = fillReadme(templates.en, readmeValues(facts, 'en'));
  const paragraph = text.split(/\n\s*\n/).find((p) => p.trim() !== '' && !p.trimStart().startsWith('#'));
  if (!paragraph) throw new Error('README.en.md: expected a paragraph under its heading saying what the package holds');
  return paragraph.replace(/\s*\n\s*/g, ' ').trim();
}

function readmeValues({ version, date, notes, data, site, title, grades, zip }: ReadmeFacts, lang: Lang): Record<ReadmePlaceholder, string> {
  const [asOfFrom, asOfTo] = span(
    data.figures.map((f) => f.asOf),
    'figures',
  );
  const [eventsFrom, eventsTo] = span(
    data.events.map((e) => e.date),
    'events',
  );
  const [publishedFrom, publishedTo] = span(
    data.sources.map((s) => s.published),
    'sources',
  );
  return {
    name: site.name,
    title,
    version,
    date,
    year: date.slice(0, 4),
    figures: String(data.figures.length),
    sources: String(data.sources.length),
    events: String(data.events.length),
    as_of_from: asOfFrom,
    as_of_to: asOfTo,
    events_from: eventsFrom,
    events_to: eventsTo,
    published_from: publishedFrom,
    published_to: publishedTo,
    notes: notes[lang],
    grade_counts: gradeCounts(data.sources),
    grades,
    licence_name: site.licence.name,
    licence_url: site.licence.url,
    licence_terms: site.licence.terms[lang],
    credit: site.credit[lang],
    zip,
  };
}
