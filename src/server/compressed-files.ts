import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Fingerprinted files never change; the pages, the worker and the manifest must be checked. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Answers a request with a gzip-compressed text file; false when it is not one to answer. */
export type GzipFiles = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

/**
 * Text files of the built game under `dir`, gzip-compressed when the browser asks (over a
 * phone's slow link that more than halves the time to the first screen), each compressed once
 * per change. Used by `npm start` (src/server) and by `vite preview` (scripts/lib/gzip-preview).
 */
export function gzipFiles(dir: string): GzipFiles {
  const root = normalize(resolve(dir));
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  return (req, res, pathname) => {
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
  };
}
