/**
 * Where the browser tests' servers listen: the site, the newsroom export under a deep path, and
 * partner host pages. E2E_PORT moves all three (default 4329, 4330, 4331), so two runs can go side by side.
 */
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4329);

/** dist/, as a static host serves it. Not 4321, so the tests can run beside `npm start`. */
export const SITE_PORT = FIRST_PORT;
export const SITE = `http://127.0.0.1:${SITE_PORT}`;

/** The newsroom export, built for and served under a deep path on another port. */
export const EXPORT_PORT = FIRST_PORT + 1;
export const EXPORT_BASE = `http://127.0.0.1:${EXPORT_PORT}/deep/path/for/h200/`;
/** Where the test export is written (ignored by git); one folder per port, for runs side by side. */
export const EXPORT_DIR = FIRST_PORT === 4329 ? '.e2e/export' : `.e2e/export-${FIRST_PORT}`;

/** Partner pages that embed our charts: a second origin. */
export const HOST_PORT = FIRST_PORT + 2;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The same server under another name: a third origin, for forged messages. */
export const EVIL = `http://localhost:${HOST_PORT}`;

/** `npm run dev` on a copy of content/, for the test that edits content while the server runs. */
export const DEV_PORT = FIRST_PORT + 3;
export const DEV = `http://127.0.0.1:${DEV_PORT}`;
