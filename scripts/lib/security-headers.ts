import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

import { contentSecurityPolicy } from '../../src/server/headers';

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
