import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { DEFAULT_PACK_PATH, prevalidateDefaultPack } from './scripts/lib/default-pack-module';
import { brotliCopies, compressedPreview } from './scripts/lib/compressed-preview';
import { securityHeaders, singleFilePolicy } from './scripts/lib/security-headers';
import { packGlyphCodes } from './scripts/lib/pack-glyphs';

/**
 * Phaser's build-time feature flags (its own webpack config sets the same ones). Canvas only:
 * measured on this machine, the WebGL build is 57 KB gzip larger and draws the game's first
 * frame no faster, and cheap phones' GPUs are often the slower path (README, "Speed").
 */
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
  const patches = PHASER_FLAGS.WEBGL_RENDERER ? [] : CANVAS_START_UP;
  return {
    name: 'phaser-flags',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]phaser[\\/]src[\\/]/, code: 'typeof ' },
      handler(code, id) {
        let out = code.replace(pattern, (_, flag: string) => String(PHASER_FLAGS[flag]));
        for (const patch of patches) {
          if (!patch.file.test(id)) continue;
          if (!out.includes(patch.from)) throw new Error(`Phaser no longer has: ${patch.from}`);
          out = out.replace(patch.from, patch.to);
        }
        return { code: out, map: null };
      },
    },
  };
}

/**
 * Probes Phaser runs as its code loads, each drawing into a canvas and reading it back: on a
 * phone with a 4× slower CPU they cost about 250 ms before the first frame, for answers a
 * Canvas-only build of the game knows already.
 */
const CANVAS_START_UP: readonly { file: RegExp; from: string; to: string }[] = [
  {
    // Makes a WebGL context only to choose a renderer that is not built in: AUTO means Canvas.
    file: /[\\/]device[\\/]Features\.js$/,
    from: 'Features.webGL = testWebGL();',
    to: "Features.webGL = false; isUint8 = typeof Uint8ClampedArray !== 'undefined';",
  },
  {
    // Every browser that runs the game has the Canvas blend modes; the other answer is unused.
    file: /[\\/]device[\\/]CanvasFeatures\.js$/,
    from: 'CanvasFeatures.supportNewBlendModes = checkBlendMode();',
    to: 'CanvasFeatures.supportNewBlendModes = true;',
  },
  {
    file: /[\\/]device[\\/]CanvasFeatures\.js$/,
    from: 'CanvasFeatures.supportInverseAlpha = checkInverseAlpha();',
    to: 'CanvasFeatures.supportInverseAlpha = true;',
  },
];

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * `virtual:default-pack`: the default pack, validated while building, loaded after the menu
 * shows; `virtual:default-pack-summary`: what the menu shows of it (src/shared/packs/default-pack.ts).
 */
function defaultPack(): Plugin {
  return {
    name: 'default-pack',
    resolveId: {
      filter: { id: /^virtual:default-pack(-summary)?$/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:default-pack(-summary)?$/ },
      async handler(id) {
        this.addWatchFile(DEFAULT_PACK_PATH);
        const prevalidated = await prevalidateDefaultPack();
        if (id.endsWith('-summary')) {
          const { pack } = prevalidated;
          const summary = {
            id: pack.id,
            version: pack.version,
            hash: pack.hash,
            title: pack.title,
            hasQuiz: pack.quiz !== null,
            skitTitle: pack.skit?.title ?? null,
          };
          return `export default ${JSON.stringify(summary)};`;
        }
        // A JSON string read by JSON.parse: engines read that faster than the same object
        // written as JavaScript, and this one is over 100 kB.
        const json = JSON.stringify(prevalidated);
        return `export default JSON.parse(${JSON.stringify(json)});`;
      },
    },
  };
}

/**
 * `virtual:facilitator-guide`: docs/facilitator-guide.md as HTML, made while building (the game
 * shows and prints it; nothing parses Markdown on the device). The guide is the project's own
 * text, so its HTML is trusted as the game's own.
 */
function facilitatorGuide(): Plugin {
  const path = fromRoot('docs/facilitator-guide.md');
  return {
    name: 'facilitator-guide',
    resolveId: {
      filter: { id: /^virtual:facilitator-guide$/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:facilitator-guide$/ },
      async handler() {
        this.addWatchFile(path);
        const { marked } = await import('marked');
        const html = await marked.parse(readFileSync(path, 'utf8'), { gfm: true });
        return `export default ${JSON.stringify(html)};`;
      },
    },
  };
}

/** Bundled emoji keep their own folder in the build, so the offline cache can pick them out. */
function assetFileName(info: { originalFileNames: readonly string[] }): string {
  const from = info.originalFileNames[0] ?? '';
  return from.includes('assets/emoji/svg/')
    ? 'assets/emoji/[name]-[hash][extname]'
    : 'assets/[name]-[hash][extname]';
}

/** The web app manifest: installable, Vietnamese first, the game's navy. */
const MANIFEST = {
  name: 'Đuổi hình bắt chữ · Sắc màu cuộc sống',
  short_name: 'Đuổi hình bắt chữ',
  description:
    'Đuổi hình bắt chữ và tiểu phẩm tương tác: trò chơi cho buổi sinh hoạt phòng, chống mua bán người.',
  lang: 'vi',
  dir: 'ltr' as const,
  start_url: './',
  scope: './',
  display: 'standalone' as const,
  orientation: 'any' as const,
  background_color: '#1b2a4a',
  theme_color: '#1b2a4a',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: 'icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
};

/**
 * The service worker precaches the game, the default pack's pictures, fonts, sounds, icons and
 * the emoji the default pack draws; other emoji (for packs loaded later) are kept on first use.
 * Packs the facilitator opens are stored by the game itself, not here.
 */
function offline(): Plugin[] {
  const glyphs = [
    ...packGlyphCodes(readFileSync(fromRoot('assets/packs/default/pack.json'), 'utf8')),
  ];
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: MANIFEST,
    workbox: {
      globPatterns: [
        '*.html',
        'assets/*.{js,css,woff2,mp3,svg}',
        'icons/*.png',
        ...glyphs.map((code) => `assets/emoji/${code}-*.svg`),
      ],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.includes('/assets/emoji/'),
          handler: 'CacheFirst',
          options: { cacheName: 'emoji', expiration: { maxEntries: 500 } },
        },
      ],
    },
  });
}

/**
 * The page's script loads at low priority: the first paint (the splash, real text) needs none
 * of it. Measured on the Fast 3G bench, this made no difference to `menu-ready` beyond its noise.
 */
/** The phones' join page (join.html), a page of its own beside the game's. */
const isJoinPage = (path: string): boolean => path.endsWith('/join.html');

function lowPriorityScripts(): Plugin {
  return {
    name: 'low-priority-scripts',
    transformIndexHtml: {
      order: 'post',
      // The join page has nothing to paint before its script: it fetches at normal priority.
      handler: (html, ctx) =>
        isJoinPage(ctx.path)
          ? html
          : html.replace(
              /<(script type="module"|link rel="modulepreload")/g,
              '<$1 fetchpriority="low"',
            ),
    },
  };
}

/** The modules that make the game engine and its scenes: fetched ahead, run when play starts. */
const GAME_MODULES = ['/src/shell/start-game.ts'];

/**
 * Lists in the page the files of the game engine and its scenes (`#game-files`), which the menu
 * does not run: once the menu shows, `src/shell/prefetch-game.ts` fetches them into the browser's
 * cache, so pressing "play" waits only for them to run, not for the download.
 */
function gameFileList(): Plugin {
  return {
    name: 'game-file-list',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (isJoinPage(ctx.path)) return html;
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        const add = (name: string): void => {
          const chunk = byName.get(name);
          if (!chunk || files.has(name) || chunk.isEntry) return;
          files.add(name);
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
          for (const dep of chunk.imports) add(dep);
        };
        for (const chunk of chunks)
          if (GAME_MODULES.some((m) => chunk.facadeModuleId?.endsWith(m))) add(chunk.fileName);
        const list = JSON.stringify([...files].map((f) => `./${f}`));
        return html.replace(
          '</head>',
          `  <script type="application/json" id="game-files">${list}</script>\n  </head>`,
        );
      },
    },
  };
}

/** The USB-stick build: the favicon goes inline too, and nothing points at missing files. */
function singleFileHtml(): Plugin {
  const favicon = readFileSync(fromRoot('public/icons/favicon-48.png')).toString('base64');
  return {
    name: 'single-file-html',
    transformIndexHtml: {
      // Before the build reads the page's links: a one-file copy has no icons beside it.
      order: 'pre',
      handler: (html) =>
        html
          .replace('./icons/favicon-48.png', `data:image/png;base64,${favicon}`)
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    publicDir: single ? false : 'public',
    plugins: [
      phaserFlags(),
      defaultPack(),
      facilitatorGuide(),
      securityHeaders(),
      compressedPreview(),
      ...(single
        ? [singleFileHtml(), viteSingleFile({ removeViteModuleLoader: true }), singleFilePolicy()]
        : [lowPriorityScripts(), gameFileList(), ...offline(), brotliCopies()]),
    ],
    resolve: { alias: { 'phaser-src': fromRoot('node_modules/phaser/src') } },
    build: {
      target: 'es2022',
      // Every browser that runs the game knows modulepreload: no polyfill to run before the menu.
      modulePreload: { polyfill: false },
      // Phaser, trimmed to what the game uses, is one chunk of about 500 kB before gzip.
      chunkSizeWarningLimit: single ? 8000 : 600,
      outDir: single ? 'dist-single' : 'dist',
      // dist/.vite/manifest.json: the chunk graph `npm run check:budgets` weighs.
      manifest: !single,
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 0,
      rolldownOptions: {
        // The phone's join page for meetings (src/join) is a page of its own, not in the one-file copy.
        ...(single
          ? {}
          : { input: { index: fromRoot('index.html'), join: fromRoot('join.html') } }),
        output: single
          ? {}
          : {
              assetFileNames: assetFileName,
              codeSplitting: {
                groups: [
                  { name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)/ },
                  // The built-in pack's data, fetched once the menu shows (not before it).
                  { name: 'default-pack', test: /virtual:default-pack$/ },
                  // The phones' realtime client: the join page and the projector's room share it.
                  {
                    name: 'socket-io',
                    test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/,
                  },
                ],
              },
            },
      },
    },
    server: { host: true },
    preview: { host: true, port: 4173, strictPort: true },
  };
});
