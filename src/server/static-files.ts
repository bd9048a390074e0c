import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import sirv from 'sirv';
import { cacheControl, compressedFiles } from './compressed-files';
import { contentSecurityPolicy, securityHeaders } from './headers';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The built game: text files compressed when the browser asks (brotli or gzip, over a phone's
 * slow link that more than halves the time to the first screen, as `vite preview` does with
 * scripts/lib/compressed-preview.ts), everything else by sirv; security headers on every answer.
 * `extra` answers a few generated files (the addresses, whether the room is here).
 */
export function staticFiles(dir: string, extra: Readonly<Record<string, () => unknown>>): Handler {
  const root = normalize(resolve(dir));
  // Each page's policy allows its own inline scripts by their hashes, read once at start.
  const page = (name: string): string => {
    const file = join(root, name);
    return contentSecurityPolicy(existsSync(file) ? readFileSync(file, 'utf8') : '');
  };
  const policies = { game: page('index.html'), join: page('join.html') };
  const compressed = compressedFiles(root);
  const files = sirv(root, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControl(pathname));
    },
  });

  return (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const policy = pathname.startsWith('/join') ? policies.join : policies.game;
    for (const [name, value] of Object.entries(securityHeaders(policy))) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.end();
      return;
    }
    const make = extra[pathname];
    if (make) {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(make()));
      return;
    }
    if (compressed(req, res, pathname)) return;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  };
}
