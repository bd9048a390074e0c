/**
 * The join page on a cheap phone in the hall (part of `npm run bench:room`): `npm start`'s
 * server on the built game (dist/, 127.0.0.1 only), a room opened as the projector opens it,
 * then the QR code's address opened in Chromium on Fast 3G with a 4× slower CPU, a fresh
 * browser cache each run. The figure is when the team list can be tapped (the first team
 * button in the page), from the navigation's start. Goal: within 2 s.
 */
import { io } from 'socket.io-client';
import { startServer } from '../../src/server/server';
import { EV } from '../../src/shared/room/events';
import type { HostOpenReply } from '../../src/shared/room/protocol';
import { launchChromium, openPhonePage, PHONE, throttleCpu, throttleNetwork } from './conditions';
import { median } from './stats';

const RUNS = Number(process.env.JOIN_RUNS ?? 5);
const PORT = Number(process.env.JOIN_BENCH_PORT ?? 4321);
export const JOIN_GOAL_MS = 2000;

/** Records, in the page, when the first team button appears (ms since navigation start). */
const WATCH_TEAMS = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('button.team')) {
      window.__teamsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

export interface JoinLoad {
  readonly runs: readonly number[];
  readonly median: number | null;
  /** What the page fetched on the last run: URL path → bytes over the network. */
  readonly requests: readonly { path: string; bytes: number }[];
}

export async function measureJoinLoad(): Promise<JoinLoad> {
  const server = await startServer({ dir: 'dist', port: PORT, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${String(server.port)}/`;
  const host = io(base, { transports: ['websocket'] });
  const teams = ['Hoa Sen', 'Hoa Mai', 'Hoa Cúc'].map((name, i) => ({
    id: `t${String(i + 1)}`,
    name,
    color: '#336699',
  }));
  const opened = (await host.emitWithAck(EV.open, { teams })) as HostOpenReply;
  if (!opened.ok) throw new Error(`open refused: ${opened.reason}`);
  const browser = await launchChromium();
  const runs: number[] = [];
  let requests: { path: string; bytes: number }[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ ...PHONE });
      await context.addInitScript(WATCH_TEAMS);
      const { page, cdp } = await openPhonePage(context);
      await throttleNetwork(cdp);
      await throttleCpu(cdp);
      const sizes = new Map<string, number>();
      cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
        sizes.set(e.requestId, e.encodedDataLength);
      });
      const paths = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
        paths.set(e.requestId, new URL(e.request.url).pathname);
      });
      await page.goto(`${base}join.html?room=${opened.room}`);
      const at = await page.waitForFunction(
        () => (window as unknown as { __teamsAt?: number }).__teamsAt,
        undefined,
        { timeout: 30_000 },
      );
      runs.push(Number(await at.jsonValue()));
      requests = [...paths].map(([id, path]) => ({ path, bytes: sizes.get(id) ?? 0 }));
      await context.close();
    }
  } finally {
    await browser.close();
    host.disconnect();
    await server.close();
  }
  return { runs, median: median(runs), requests };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const result = await measureJoinLoad();
  const ms = (n: number | null): string => (n === null ? '–' : `${n.toFixed(0)} ms`);
  console.log(
    `join page, team list tappable (Fast 3G, CPU 4×): median ${ms(result.median)} of ${String(result.runs.length)} runs [${result.runs.map((r) => r.toFixed(0)).join(', ')}] (goal ≤ ${String(JOIN_GOAL_MS)} ms)`,
  );
  for (const r of result.requests) console.log(`  ${r.path}  ${String(r.bytes)} B`);
  process.exit(result.median !== null && result.median <= JOIN_GOAL_MS ? 0 : 1);
}
