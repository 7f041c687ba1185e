/** The host script partners load beside an embed's iframe: /embed.js (src/embed/host.ts, bundled). */
import { bundleScript } from '../embed/bundle.ts';

export async function GET() {
  return new Response(await bundleScript('host'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
