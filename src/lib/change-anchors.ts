/**
 * Where a row's entry on the changes page is: its anchor and the page's path in each language.
 * Here rather than in the site model so that the charts' tables can link a revised figure to it.
 */
import { inLang, type Lang } from '../i18n/ui.ts';

/** The anchor of a release's entry on the changes page: `release-2026-12-02`. */
export const releaseAnchor = (version: string) => `release-${version}`;

/** The anchor of a row's entry in a release: `change-2026-12-02-figure-h200-inventory`. */
export const changeAnchor = (version: string, kind: 'figure' | 'event' | 'source', id: string) => `change-${version}-${kind}-${id}`;

/** The changes page in `lang`, with a fragment. */
export const changesPath = (lang: Lang, anchor?: string) => `${inLang(lang, '/data/changes/')}${anchor ? `#${anchor}` : ''}`;
