/**
 * `<newer-release data-releases="/data/releases.json" data-version="2026-11-29" data-text="… {version}.">`
 * on a pinned embed: asks the site for its list of releases (a JSON array of `{ version, date }`,
 * oldest first) and, when a release newer than the pinned one exists, says so in a paragraph of
 * its own. Without JavaScript, or when the list cannot be read, the page says nothing more: its
 * links to the latest version and to what changed are always there.
 */
import { newerVersion } from './newer-version.ts';

class NewerRelease extends HTMLElement {
  async connectedCallback() {
    const { releases, version, text } = this.dataset;
    if (!releases || !version || !text) return;
    let newer: string | undefined;
    try {
      const response = await fetch(releases);
      if (!response.ok) return;
      newer = newerVersion(await response.json(), version);
    } catch {
      // Offline, or the list moved: the links beside it still lead to the latest version.
      return;
    }
    if (!newer || this.querySelector('p')) return;
    const line = document.createElement('p');
    line.className = 'embed-newer';
    line.textContent = text.replace('{version}', newer);
    this.append(line);
  }
}

if (!customElements.get('newer-release')) customElements.define('newer-release', NewerRelease);
