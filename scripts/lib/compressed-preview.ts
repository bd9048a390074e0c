import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { gzipFiles } from '../../src/server/gzip-files';

/**
 * `vite preview` (which the browser tests and the benchmark use) sends files uncompressed;
 * over a phone's slow link that more than doubles the time to the menu. This answers text files
 * gzip-compressed when the browser asks, as `npm start` does (src/server/gzip-files.ts), and
 * leaves everything else to vite. It serves the folder `vite preview` serves.
 */
export function gzipPreview(): Plugin {
  return {
    name: 'gzip-preview',
    configurePreviewServer(server) {
      const gzipped = gzipFiles(resolve(server.config.root, server.config.build.outDir));
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
        } catch {
          next();
          return;
        }
        if (!gzipped(req, res, pathname)) next();
      });
    },
  };
}
