/**
 * `npm run bench:profile`: where a quiz frame's time goes. Plays the same three questions as the
 * frame benchmark (Pixel 7, 4× CPU) on the built game in dist/ (or BENCH_DIST), recording a
 * DevTools trace, and prints the renderer main thread's time by kind of work (script, canvas
 * raster, paint, layout…) and the script functions with the most self time. Writes the trace
 * to bench-results/frames-trace.json (open it in DevTools' Performance panel).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, openPhonePage, PHONE, throttleCpu } from './conditions';
import { answerQuestion, nextQuestion, tapButton, waitForScene } from './game-driver';
import { startPreview } from './serve';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4173);
const BASE = `http://127.0.0.1:${String(PORT)}/`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] }; name?: string };
}

interface CpuProfileChunk {
  nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
}

async function main(): Promise<void> {
  const server = await startPreview(PORT, process.env.BENCH_DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...PHONE });
    const { page, cdp } = await openPhonePage(context);
    await page.goto(BASE);
    await waitForScene(page, 'menu');
    await tapButton(page, 'play-quiz');
    await waitForScene(page, 'quiz');
    await throttleCpu(cdp);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => {
      cdp.once('Tracing.tracingComplete', () => {
        resolve();
      });
    });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'disabled-by-default-v8.cpu_profiler',
          'v8',
          'blink',
          'cc',
          'gpu',
          'skia',
        ],
      },
    });
    for (let q = 0; q < 3; q += 1) {
      await answerQuestion(page);
      await nextQuestion(page);
    }
    await cdp.send('Tracing.end');
    await done;
    await throttleCpu(cdp, 1);
    await context.close();
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/frames-trace.json', JSON.stringify({ traceEvents: events }));
    summarise(events);
  } finally {
    await browser.close();
    server.kill();
  }
}

function summarise(events: readonly TraceEvent[]): void {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    const table = byThread.get(thread) ?? new Map<string, number>();
    table.set(e.name, (table.get(e.name) ?? 0) + e.dur / 1000);
    byThread.set(thread, table);
  }
  for (const [thread, table] of byThread) {
    const top = [...table.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
    if ((top[0]?.[1] ?? 0) < 50) continue;
    console.log(`\n${thread} (inclusive ms by event; events nest)`);
    for (const [name, ms] of top) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
  }
  // Self time per JS function, from the sampled profile chunks.
  const nodes = new Map<number, string>();
  const self = new Map<string, number>();
  for (const e of events) {
    const chunk = e.args?.data?.cpuProfile;
    if (!chunk) continue;
    for (const n of chunk.nodes ?? []) {
      const file = (n.callFrame.url || '').split('/').pop() ?? '';
      nodes.set(
        n.id,
        `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`,
      );
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (chunk.samples ?? []).forEach((id, i) => {
      const name = nodes.get(id) ?? String(id);
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
    });
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log('\nScript self time (ms, sampled)');
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
}

if (process.argv.includes('--summary')) {
  // Summarises the last trace again without playing.
  const saved = JSON.parse(readFileSync('bench-results/frames-trace.json', 'utf8')) as {
    traceEvents: TraceEvent[];
  };
  summarise(saved.traceEvents);
} else await main();
