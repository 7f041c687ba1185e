/**
 * The recorded releases, oldest first, as `[{ "version", "date" }]`: /data/releases.json. A pinned
 * embed's script reads it to say that a newer release exists, so the pinned page itself never
 * changes when one is added.
 */
import { getModel } from '../../site/model.ts';

export async function GET() {
  const { releases } = await getModel();
  const list = releases.map(({ version, date }) => ({ version, date }));
  return new Response(`${JSON.stringify(list, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
