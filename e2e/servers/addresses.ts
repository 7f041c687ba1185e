/** Where the browser tests' servers listen: the site, the newsroom export under a deep path, and partner host pages. */

/** dist/, as a static host serves it. Not 4321, so the tests can run beside `npm start`. */
export const SITE_PORT = 4329;
export const SITE = `http://127.0.0.1:${SITE_PORT}`;

/** The newsroom export, built for and served under a deep path on another port. */
export const EXPORT_PORT = 4330;
export const EXPORT_BASE = `http://127.0.0.1:${EXPORT_PORT}/deep/path/for/h200/`;
/** Where the test export is written (ignored by git). */
export const EXPORT_DIR = '.e2e/export';

/** Partner pages that embed our charts: a second origin. */
export const HOST_PORT = 4331;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The same server under another name: a third origin, for forged messages. */
export const EVIL = `http://localhost:${HOST_PORT}`;
