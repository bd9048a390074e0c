import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Phaser's build-time feature flags (its own webpack config sets the same ones). */
const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: process.env.PHASER_WEBGL === '1',
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * Phaser tests its flags as `if (typeof WEBGL_RENDERER)`; a plain `define` of the name cannot
 * express that (typeof of anything is a non-empty string), so the whole expression is replaced.
 */
function phaserFlags(): Plugin {
  const pattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      if (!code.includes('typeof ')) return null;
      return {
        code: code.replace(pattern, (_, flag: string) => String(PHASER_FLAGS[flag])),
        map: null,
      };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [phaserFlags()],
  resolve: {
    alias: { 'phaser-src': fileURLToPath(new URL('node_modules/phaser/src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)/ }],
        },
      },
    },
  },
  server: { host: true },
  preview: { host: true, port: 4173, strictPort: true },
});
