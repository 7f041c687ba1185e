/**
 * The direction of the code's layers, checked in `npm test` (`npm run deps`). Data flows one way:
 * content → validated model (src/data) → words (src/i18n) and pure helpers (src/lib) → chart
 * functions (src/charts) → the site model and its assembly (src/site) → components, layouts and
 * pages. The data packages (src/datapackage) rest on src/data and src/lib alone. Browser code
 * (src/client, src/embed's scripts) and the export stand beside them.
 */
const layer = (name, path, mayNotUse, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path, pathNot: '\\.test\\.ts$' },
  to: { path: mayNotUse },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties modules together so that neither can change or load alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer(
      'data-is-the-bottom',
      '^src/data/',
      '^src/(?!data/)',
      'src/data reads and checks content; it imports nothing above it (no formatting, words or pages).',
    ),
    layer('i18n-uses-only-data', '^src/i18n/', '^src/(?!data/|i18n/)', 'The words of the interface rest on the content alone.'),
    layer(
      'lib-is-pure-helpers',
      '^src/lib/',
      '^src/(?!data/|i18n/|lib/)',
      'src/lib holds pure helpers (format, urls, csp, props): nothing Astro-bound, no charts or pages.',
    ),
    layer(
      'charts-draw-rows',
      '^src/charts/',
      '^src/(site|components|layouts|pages|client|embed|export|integrations)/',
      'Chart functions draw rows they are given; they do not look up the site.',
    ),
    layer(
      'datapackage-uses-data-and-lib',
      '^src/datapackage/',
      '^src/(?!data/|lib/|datapackage/)',
      "A release's data package is made from the release, the site's settings and pure helpers: no words, charts or site model, so the pages, the tests and any tool can make it alike.",
    ),
    layer('site-is-below-pages', '^src/site/', '^src/(components|layouts|pages)/', 'The site model serves the pages; it never imports them.'),
    layer('client-stays-in-the-browser', '^src/client/', '^src/(?!client/)', 'Browser scripts ship to readers: they import no server code, data or words.'),
    {
      name: 'no-astro-content-below-site',
      comment: "Only the site model and the story page talk to Astro's content layer.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(site/model\\.ts|content\\.config\\.ts|pages/)' },
      to: { path: '^astro:content$' },
    },
    {
      name: 'nothing-imports-pages',
      severity: 'error',
      from: {},
      to: { path: '^src/pages/' },
    },
    {
      name: 'tools-do-not-import-the-site',
      comment:
        'Scripts, tests and the benchmark run outside Astro: they may use src/data, src/i18n, src/lib, src/charts and src/export, never the Astro-bound src/site.',
      severity: 'error',
      from: { path: '^(scripts|e2e|bench)/' },
      to: { path: '^src/(site|components|layouts|pages)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro|\\.dist-next|bench/\\.work|bench/peer)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
