import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compressedFiles, writeBrotliCopies } from '../../src/server/compressed-files';

/**
 * `vite preview` (which the browser tests and the benchmark use) sends files uncompressed;
 * over a phone's slow link that more than doubles the time to the menu. This answers text files
 * compressed (brotli or gzip) when the browser asks, as `npm start` does
 * (src/server/compressed-files.ts), and leaves everything else to vite. It serves the folder
 * `vite preview` serves.
 */
export function compressedPreview(): Plugin {
  return {
    name: 'compressed-preview',
    configurePreviewServer(server) {
      const compressed = compressedFiles(resolve(server.config.root, server.config.build.outDir));
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
        } catch {
          next();
          return;
        }
        if (!compressed(req, res, pathname)) next();
      });
    },
  };
}

/**
 * Writes the build's brotli copies (`<file>.br`) once its files are written, for `npm start`,
 * `vite preview` and any static server that sends precompressed files.
 */
export function brotliCopies(): Plugin {
  let outDir = '';
  return {
    name: 'brotli-copies',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      async handler() {
        await writeBrotliCopies(outDir);
      },
    },
  };
}
