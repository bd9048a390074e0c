import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { chromium, devices } from '@playwright/test';

/** The conditions: Fast 3G (1.6 Mbps down, 750 Kbps up, 150 ms latency) and 4× CPU. */
export const FAST_3G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
} as const;

export const CPU_SLOWDOWN = 4;

/** A cheap Android phone's screen: Playwright's Pixel 7 (touch, 412×839 CSS pixels). */
export const PHONE = devices['Pixel 7'];

export async function throttleNetwork(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
}

export async function throttleCpu(cdp: CDPSession, rate = CPU_SLOWDOWN): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export async function openPhonePage(
  context: BrowserContext,
): Promise<{ page: Page; cdp: CDPSession }> {
  // tsx compiles this script keeping function names, through a `__name` helper that functions
  // sent to the page (page.evaluate) then call; the page needs it too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** Debian's Chromium (or CHROMIUM_PATH), as the benchmark scripts run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
}
