/** The recorded data releases, oldest first, as a JSON array of `{ version, date }`: /data/releases.json, which pinned embeds read to say a newer one exists. */
import { getModel } from '../../site/model.ts';

export async function GET() {
  const releases = (await getModel()).releases.map(({ version, date }) => ({ version, date }));
  return new Response(JSON.stringify(releases), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
