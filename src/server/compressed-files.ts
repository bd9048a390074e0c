import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The brotli copy of a built file, written beside it by the build (`writeBrotliCopies`). */
const BROTLI_SUFFIX = '.br';

/** Fingerprinted files never change; the pages, the worker and the manifest must be checked. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Answers a request with a compressed text file; false when it is not one to answer. */
export type CompressedFiles = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
) => boolean;

/**
 * Text files of the built game under `dir`, compressed when the browser asks (over a phone's
 * slow link that more than halves the time to the first screen): the build's brotli copy where
 * there is one and the browser reads brotli (the game's code about a sixth smaller than gzip),
 * else gzip, made once per change of the file. Used by `npm start` (src/server) and by
 * `vite preview` (scripts/lib/compressed-preview).
 */
export function compressedFiles(dir: string): CompressedFiles {
  const root = normalize(resolve(dir));
  // Each file's answer in each encoding, kept until the file changes.
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  return (req, res, pathname) => {
    const accepts = req.headers['accept-encoding'] ?? '';
    const gzip = /\bgzip\b/.test(accepts);
    const brotli = /\bbr\b/.test(accepts);
    if (req.method !== 'GET' || (!gzip && !brotli)) return false;
    let path = pathname;
    if (path.endsWith('/')) path += 'index.html';
    const type = TYPES[extname(path)];
    const file = normalize(join(root, path));
    if (!type || !file.startsWith(root + sep) || !existsSync(file)) return false;
    const mtime = statSync(file).mtimeMs;
    const copy = file + BROTLI_SUFFIX;
    // A copy older than its file is one of an earlier build: not sent.
    const encoding =
      brotli && existsSync(copy) && statSync(copy).mtimeMs >= mtime ? 'br' : gzip ? 'gzip' : null;
    if (encoding === null) return false;
    const key = `${encoding} ${file}`;
    let entry = cache.get(key);
    if (entry?.mtime !== mtime) {
      const body =
        encoding === 'br' ? readFileSync(copy) : gzipSync(readFileSync(file), { level: 9 });
      entry = { mtime, body };
      cache.set(key, entry);
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl(path));
    res.end(entry.body);
    return true;
  };
}

const compressBrotli = promisify(brotliCompress);

/**
 * Writes a brotli copy (`<file>.br`, the highest quality: done once, at build time) beside every
 * text file under `dir` that the servers above compress.
 */
export async function writeBrotliCopies(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && extname(e.name) in TYPES)
    .map((e) => join(e.parentPath, e.name));
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      const body = await compressBrotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      });
      await writeFile(file + BROTLI_SUFFIX, body);
    }),
  );
}
