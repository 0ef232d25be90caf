/**
 * The test pages (test/pages, and routes a test adds) served on 127.0.0.1: no request made by a
 * test or by the extension leaves this machine.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGES = join(ROOT, 'test/pages');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
/** Page scripts may import these from /vendor/ (a framework page renders with Preact). */
const VENDOR: Record<string, string> = {
  'preact.mjs': join(ROOT, 'node_modules/preact/dist/preact.mjs'),
  'hooks.mjs': join(ROOT, 'node_modules/preact/hooks/dist/hooks.mjs'),
  'mark.js': join(ROOT, 'node_modules/mark.js/dist/mark.min.js'),
};

export interface PageServer {
  url: (path: string) => string;
  close: () => Promise<void>;
  /** Extra routes a test serves (generated pages). */
  routes: Map<string, string>;
}

export async function servePages(): Promise<PageServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: string | Buffer | undefined = routes.get(path);
    let file: string | undefined;
    if (body === undefined) {
      if (path.startsWith('/vendor/')) file = VENDOR[path.slice(8)];
      else {
        const p = normalize(join(PAGES, path === '/' ? 'index.html' : path));
        if (p.startsWith(PAGES) && existsSync(p)) file = p;
      }
      if (file) body = readFileSync(file);
    }
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    // Preact's hooks module imports 'preact' by name: point it at our copy.
    if (path === '/vendor/hooks.mjs') body = body.toString().replace(/from\s*["']preact["']/g, 'from "/vendor/preact.mjs"');
    res.writeHead(200, { 'content-type': TYPES[extname(file ?? path)] ?? 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: (p: string) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise((r) => server.close(() => r())),
    routes,
  };
}

