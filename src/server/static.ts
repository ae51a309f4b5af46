// The web app's files, read once at start from the built folder (dist/web): only those files are served, by exact
// name, so no request path ever reaches the file system.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from './context.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** What src/web/build.ts writes (the compiled modules tsc also leaves in dist/web are not served). */
const WEB_FILES = ['index.html', 'app.js', 'app.css'];

/**
 * Built, this module is dist/server/static.js and the app is dist/web. Run from source (tsx), it is
 * src/server/static.ts and the app is the repository's dist/web, made by `npm run build`.
 */
export function defaultWebRoot(): string | null {
  for (const rel of ['../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'app.js'))) return dir;
  }
  return null;
}

export function staticRoutes(app: App, root: string | null): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  if (root) {
    for (const name of WEB_FILES) {
      if (existsSync(join(root, name))) files.set(`/${name}`, { body: readFileSync(join(root, name)), type: TYPES[extname(name)] });
    }
  }
  app.get('/', (c) => {
    const index = files.get('/index.html');
    if (!index) return c.text('The web app is not built. Run "npm run build", then start the server again; the API is at /api/v1 and described at /openapi.json.\n', 503);
    return c.body(new Uint8Array(index.body), 200, { 'content-type': index.type, 'cache-control': 'no-cache' });
  });
  for (const [path, file] of files) {
    if (path === '/index.html') continue;
    app.get(path, (c) => c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, 'cache-control': 'no-cache' }));
  }
}
