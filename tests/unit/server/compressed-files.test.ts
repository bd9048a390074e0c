import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedFiles, writeBrotliCopies } from '../../../src/server/compressed-files';

const GAME = `console.log(${JSON.stringify('Đuổi hình bắt chữ '.repeat(200))});\n`;
let dir: string;
let server: Server;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compressed-files-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dir, 'assets', 'game-1.js'), GAME);
  writeFileSync(join(dir, 'assets', 'photo.png'), 'not text');
  await writeBrotliCopies(dir);
  // A file the build wrote no copy for (the bench's own pages, a file added by hand).
  writeFileSync(join(dir, 'assets', 'later.js'), GAME);
  const answer = compressedFiles(dir);
  server = createServer((req, res) => {
    if (!answer(req, res, new URL(req.url ?? '/', 'http://host').pathname)) {
      res.statusCode = 404;
      res.end();
    }
  });
  // A port of the system's choosing: no other test file's server is in the way.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, encodings: string) {
  return new Promise<{ status: number; encoding: unknown; body: Buffer }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': encodings } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers['content-encoding'],
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the built game, compressed for a slow line', () => {
  it('sends the build’s brotli copy to a browser that reads brotli, smaller than gzip', async () => {
    const br = await get('/assets/game-1.js', 'gzip, deflate, br, zstd');
    const gz = await get('/assets/game-1.js', 'gzip, deflate');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(GAME);
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(GAME);
    expect(br.body.length).toBeLessThan(gz.body.length);
    const page = await get('/', 'br');
    expect(page.encoding).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>game</title>');
  });

  it('falls back to gzip where the build wrote no copy, or the copy is older than its file', async () => {
    expect((await get('/assets/later.js', 'gzip, br')).encoding).toBe('gzip');
    // A browser that reads only brotli gets the file from the static server instead.
    expect((await get('/assets/later.js', 'br')).status).toBe(404);
    const file = join(dir, 'assets', 'game-1.js');
    const future = new Date(Date.now() + 60_000);
    writeFileSync(file, `${GAME}// changed\n`);
    utimesSync(file, future, future);
    const stale = await get('/assets/game-1.js', 'gzip, br');
    expect(stale.encoding).toBe('gzip');
    expect(gunzipSync(stale.body).toString()).toContain('// changed');
  });

  it('leaves pictures other than SVG, and paths outside the folder, to the static server', async () => {
    expect((await get('/assets/photo.png', 'gzip, br')).status).toBe(404);
    expect((await get('/../../etc/passwd', 'gzip, br')).status).toBe(404);
  });
});
