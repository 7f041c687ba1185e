/**
 * `/timeline/events.json`: the page of the full timeline each event is on, by event id
 * (`{ "h200-rule": "2026/" }`, after `/timeline/` in any language). A story shows only a window of
 * the timeline; when a reader follows an `#event-<id>` link to an event outside it, the page's
 * script looks the event up here and goes to its year's page. Fetched only then.
 */
import { eventPages } from '../../site/timeline.ts';

export async function GET() {
  return new Response(JSON.stringify(Object.fromEntries(await eventPages())), { headers: { 'Content-Type': 'application/json' } });
}
