/** Whether a pinned embed's release has been followed by another, read from the site's list of releases. */

/** The newest version after `version` in `list`, or undefined when there is none (or the list is not one). */
export function newerVersion(list: unknown, version: string): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const versions = list.map((r) => (r && typeof r === 'object' && typeof r.version === 'string' ? (r.version as string) : undefined));
  const at = versions.indexOf(version);
  const latest = versions.at(-1);
  return at >= 0 && at < versions.length - 1 && latest !== undefined ? latest : undefined;
}
