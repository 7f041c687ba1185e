/** The newsroom export's top README.txt: what is in the package, and how to host and check it. */

/** The README for a package built for `base` with the charts `ids`. */
export function packageReadme(base: string, ids: string[]): string {
  return `H200 Ledger: newsroom export
============================

Built for: ${base}
Every page, embed, image and embed code in this package uses that address. To host it
elsewhere, export again:  npm run export -- --base https://your.host/your/path/

What is here
------------
site/            The complete site (stories, charts, embeds, images, data). Upload the
                 contents of site/ so that site/index.html is served at ${base}
charts/<id>/     One folder per chart, which works on its own wherever you put it:
                 index.html   the chart's embed page, with its stylesheet and script in assets/
                 <id>.svg     the chart with its title, notes, sources and credit
                 <id>.png     the same as PNG; <id>@2x.png at twice the size
                 <id>-card.png  a 1200x675 share card
                 <id>.csv     the chart's data, one row per figure or event, with its sources
                 oembed.json  the chart's oEmbed document
                 README.txt   the credit line, licence, sources, "as of" date and embed code
manifest.json    Every file with its size and SHA-256.

Charts: ${ids.join(', ')}

Hosting
-------
Any static host or CDN serves site/ as it is: no server code, no database. site/_headers sets
caching on hosts that read it (Netlify, Cloudflare Pages): a year for the hashed files in
_astro/, five minutes for everything else. Elsewhere, set the same Cache-Control rules.

Checking the package
--------------------
From a clone of the H200 Ledger repository:  npm run export -- --verify path/to/this/folder
It names any file that is missing, changed or not in the manifest.
`;
}
