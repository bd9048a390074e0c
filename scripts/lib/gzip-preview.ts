import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * `vite preview` (which `npm start` and the tests use) sends files uncompressed; over a phone's
 * slow link that more than doubles the time to the menu. This answers text files gzip-compressed
 * when the browser asks for it, and leaves everything else to vite. It serves the folder
 * `vite preview` serves (`build.outDir`, or `--outDir`).
 */
export function gzipPreview(): Plugin {
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  return {
    name: 'gzip-preview',
    configurePreviewServer(server) {
      const root = normalize(resolve(server.config.root, server.config.build.outDir));
      server.middlewares.use((req, res, next) => {
        const accepts = req.headers['accept-encoding'] ?? '';
        if (req.method !== 'GET' || !/\bgzip\b/.test(accepts)) {
          next();
          return;
        }
        let path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const type = TYPES[extname(path)];
        const file = normalize(join(root, path));
        if (!type || !file.startsWith(root + sep) || !existsSync(file)) {
          next();
          return;
        }
        const mtime = statSync(file).mtimeMs;
        let entry = cache.get(file);
        if (entry?.mtime !== mtime) {
          entry = { mtime, body: gzipSync(readFileSync(file), { level: 9 }) };
          cache.set(file, entry);
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        // Fingerprinted files never change; the page, the worker and the manifest must be checked.
        res.setHeader(
          'Cache-Control',
          path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.end(entry.body);
      });
    },
  };
}
