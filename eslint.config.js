// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CORE_PURITY_MESSAGE =
  'src/core is pure: no Phaser, howler, i18next, DOM, clock or Math.random. Time and randomness come in on actions and in state.';

const LAYER_MESSAGE =
  'Imports go one way: core ← content ← shared ← features ← shell; a feature never imports another feature (docs/architecture.md).';

/**
 * Phaser is built from its source with only the parts the game uses
 * (src/shared/engine/phaser-lite.js); importing the full package would ship all of it again.
 * Types may still come from 'phaser'.
 */
const PHASER_PATH = {
  name: 'phaser',
  allowTypeImports: true,
  message: "Import Phaser from src/shared/engine/phaser-lite (types: `import type` from 'phaser').",
};

const FEATURES = ['menu', 'solo', 'skit', 'host', 'report', 'join', 'editor'];

/** What each part of src may not import. src/core has its own, stricter rule below. */
const LAYERS = [
  { files: ['src/content/**/*.ts'], forbidden: ['shared', 'shell', 'server', ...FEATURES] },
  { files: ['src/shared/**/*.ts'], forbidden: ['shell', 'server', ...FEATURES] },
  ...FEATURES.map((feature) => ({
    files: [`src/${feature}/**/*.ts`],
    forbidden: ['shell', 'server', ...FEATURES.filter((other) => other !== feature)],
  })),
  { files: ['src/shell/**/*.ts', 'src/*.ts'], forbidden: ['server'] },
  // The room server runs in Node (npm start): the pure core, the content rules and the room's
  // message schemas (src/shared/room), nothing of the page. The page never imports it.
  {
    files: ['src/server/**/*.ts'],
    forbidden: ['shell', ...FEATURES, 'shared/(?!room/)'],
    packages: ['howler', 'i18next', 'i18next/*', 'socket.io-client', 'uqr'],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A test states what it expects to exist; a failed `!` fails the test, which is the point.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Folders say what the parts are, and imports go one way (docs/architecture.md):
  // core ← content ← shared ← features (menu, solo, skit, host, report) ← shell.
  // A feature never imports another feature; nothing imports the shell or a feature from below.
  ...LAYERS.map(({ files, forbidden, packages = [] }) => ({
    files,
    ignores: ['src/shared/engine/phaser-lite.d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [PHASER_PATH],
          // A relative path that climbs to src/ and goes down into a forbidden part.
          patterns: [
            ...forbidden.map((area) => ({
              regex: `^(\\.\\./)+${area}${area.endsWith(')') ? '' : '(/|$)'}`,
              message: LAYER_MESSAGE,
            })),
            ...(packages.length > 0 ? [{ group: packages, message: LAYER_MESSAGE }] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/**/*.ts', 'src/**/*.js'],
    rules: { 'max-lines': ['error', { max: 500 }] },
  },
  {
    // Node only: no page globals, and nothing of the browser's libraries.
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'phaser/*', 'howler', 'i18next', 'i18next/*'],
              message: CORE_PURITY_MESSAGE,
            },
            {
              group: [
                '**/content/**',
                '**/scenes/**',
                '**/ui/**',
                '**/audio/**',
                '**/i18n/**',
                '**/storage/**',
              ],
              message: CORE_PURITY_MESSAGE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'performance',
          'setTimeout',
          'setInterval',
          'fetch',
          'requestAnimationFrame',
        ].map((name) => ({ name, message: CORE_PURITY_MESSAGE })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: CORE_PURITY_MESSAGE },
        { object: 'Date', property: 'now', message: CORE_PURITY_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: CORE_PURITY_MESSAGE },
        { selector: "CallExpression[callee.name='eval']", message: CORE_PURITY_MESSAGE },
      ],
    },
  },
);
