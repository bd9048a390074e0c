import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the game is served with: only what it uses. Its code and files
 * come from its own origin; pictures, sounds and fonts also as data: and blob: URLs (pack files
 * are shown from object URLs, textures from data URLs); styles are set by the code (inline);
 * the one inline script (the font warm-up in index.html) is allowed by its hash. Nothing may
 * embed the game, and it embeds nothing.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `vite preview` (`npm start`, the browser tests) sends the policy and nosniff with every file. */
export function securityHeaders(outDir = 'dist'): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      const page = join(server.config.root, outDir, 'index.html');
      const policy = contentSecurityPolicy(existsSync(page) ? readFileSync(page, 'utf8') : '');
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        next();
      });
    },
  };
}

/**
 * The single-file build (opened from a USB stick, where no server sends headers) carries the
 * policy in the page: written once the page's scripts are inlined, so their hashes are right.
 * `frame-ancestors` is left out, as browsers ignore it in a page.
 */
export function singleFilePolicy(): Plugin {
  return {
    name: 'single-file-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') return;
        const policy = contentSecurityPolicy(page.source)
          .split('; ')
          .filter((d) => !d.startsWith('frame-ancestors'))
          .join('; ');
        page.source = page.source.replace(
          /<meta charset="utf-8" \/>/i,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
