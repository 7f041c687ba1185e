// The peer: the lead chart and the policy timeline as an Observable Framework project, written the
// way Framework's documentation writes a page (Plot and Inputs in the browser, data from loaders).
// Changed from Framework's defaults only where our rules require it: no Google Fonts (no third
// party), and no sidebar, search, pager or footer, which our chart pages do not have either.
export default {
  root: 'src',
  output: 'dist',
  title: 'H200 Ledger peer',
  globalStylesheets: [],
  sidebar: false,
  toc: false,
  pager: false,
  search: false,
  footer: '',
};
