import { defineConfig, devices } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Several checkouts can run their browser tests side by side on different ports. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The phones' room test runs `npm start`'s server itself (it restarts it) on a port of its own. */
const ROOM_PORT = Number(process.env.E2E_ROOM_PORT ?? PORT + 10);

/** Debian's Chromium, flags that keep it off the network it cannot reach. */
export const launchOptions = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions },
      testMatch: /(phone|common)\.spec\.ts/,
    },
    {
      // Needs both builds: `npm run build` (service worker) and `npm run build:single`.
      name: 'offline',
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions },
      testMatch: /offline\.spec\.ts/,
    },
    {
      name: 'projector',
      use: { viewport: { width: 1920, height: 1080 }, browserName: 'chromium', launchOptions },
      testMatch: /(projector|common)\.spec\.ts/,
    },
    {
      // Needs `npm run build`. room.spec.ts starts, stops and restarts `tsx src/server/main.ts`.
      name: 'room',
      use: {
        viewport: { width: 1920, height: 1080 },
        browserName: 'chromium',
        launchOptions,
        baseURL: `http://127.0.0.1:${ROOM_PORT}`,
      },
      testMatch: /room\.spec\.ts/,
    },
    {
      name: 'projector-4x3',
      use: { viewport: { width: 1024, height: 768 }, browserName: 'chromium', launchOptions },
      testMatch: /projector\.spec\.ts/,
    },
  ],
});
