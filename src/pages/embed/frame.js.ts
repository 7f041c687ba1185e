/** The embed pages' own script: /embed/frame.js (src/embed/frame.ts, bundled), for the ?theme and ?plain flags and resizing. */
import { bundleScript } from '../../embed/bundle.ts';

export async function GET() {
  return new Response(await bundleScript('frame'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
