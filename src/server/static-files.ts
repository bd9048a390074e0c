import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { contentSecurityPolicy, securityHeaders } from './headers';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Fingerprinted files never change; the pages, the worker and the manifest must be checked. */
function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The built game: text files gzip-compressed when the browser asks (over a phone's slow link
 * that more than halves the time to the first screen, as `vite preview` did with
 * scripts/lib/gzip-preview.ts), everything else by sirv; security headers on every answer.
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
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  const files = sirv(root, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControl(pathname));
    },
  });

  function gzipped(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const accepts = req.headers['accept-encoding'] ?? '';
    if (req.method !== 'GET' || !/\bgzip\b/.test(accepts)) return false;
    let path = pathname;
    if (path.endsWith('/')) path += 'index.html';
    const type = TYPES[extname(path)];
    const file = normalize(join(root, path));
    if (!type || !file.startsWith(root + sep) || !existsSync(file)) return false;
    const mtime = statSync(file).mtimeMs;
    let entry = cache.get(file);
    if (entry?.mtime !== mtime) {
      entry = { mtime, body: gzipSync(readFileSync(file), { level: 9 }) };
      cache.set(file, entry);
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl(path));
    res.end(entry.body);
    return true;
  }

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
    if (gzipped(req, res, pathname)) return;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  };
}
