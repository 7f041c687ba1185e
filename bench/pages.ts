/**
 * The pages the benchmark measures, and which of ours is set against which of the peer's. The
 * peer's pages draw the same chart from the same content/data (bench/peer/).
 */
export interface BenchPage {
  id: string;
  side: 'ours' | 'peer';
  /** What a reader finds there. */
  label: string;
  path: string;
}

export const PAGES: BenchPage[] = [
  { id: 'lead-embed', side: 'ours', label: 'Lead chart, embed page', path: '/embed/orders-approvals-stock/' },
  { id: 'lead-story', side: 'ours', label: 'Lead story (lead chart, a second chart, text, sources)', path: '/stories/h200-approvals-gap/' },
  { id: 'timeline-embed', side: 'ours', label: 'Policy timeline, embed page', path: '/embed/policy-timeline/' },
  { id: 'timeline-story', side: 'ours', label: 'Timeline story (timeline, a second chart, text, sources)', path: '/stories/how-we-got-here/' },
  { id: 'peer-lead', side: 'peer', label: 'Peer: lead chart (Observable Framework)', path: '/peer/orders-approvals-stock.html' },
  { id: 'peer-timeline', side: 'peer', label: 'Peer: policy timeline (Observable Framework)', path: '/peer/policy-timeline.html' },
];

/** Each of our pages and the peer page with the same chart. */
export const PAIRS: [ours: string, peer: string][] = [
  ['lead-embed', 'peer-lead'],
  ['lead-story', 'peer-lead'],
  ['timeline-embed', 'peer-timeline'],
  ['timeline-story', 'peer-timeline'],
];
