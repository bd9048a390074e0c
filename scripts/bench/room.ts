/**
 * `npm run bench:room`: 200 simulated phones on this machine's loopback (127.0.0.1 only) join a
 * room, buzz in rounds (all at once: the worst moment of a meeting) and vote, some changing their
 * vote. Prints buzz-to-projector latency p50/p95 (from a phone's send to the projector's
 * receipt, one clock), whether every buzz and vote arrived exactly once as the core counts
 * them, and the server's memory (its own process). Bounded: a fixed number of messages, and
 * it stops by itself after 60 s at most. Not part of `npm test`: figures are reported.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import {
  ballotsCast,
  castVote,
  NO_PHONES,
  tally,
  type PhonesState,
} from '../../src/core/meeting/phones';
import type { SkitState } from '../../src/core/skit';
import { EV, type Intent, type Ok } from '../../src/shared/room/events';
import type { HostOpenReply, PhoneJoinReply } from '../../src/shared/room/protocol';

const PHONES = Number(process.env.PHONES ?? 200);
const ROUNDS = 5;
const PORT = Number(process.env.ROOM_BENCH_PORT ?? 4320);
const DEADLINE_MS = 60_000;
const TEAMS = ['t1', 't2', 't3', 't4', 't5', 't6'].map((id, i) => ({
  id,
  name: `Đội ${i + 1}`,
  color: '#336699',
}));

const deadline = setTimeout(() => {
  console.error(`bench:room stopped after ${DEADLINE_MS / 1000} s`);
  process.exit(2);
}, DEADLINE_MS);

const child = fork(fileURLToPath(new URL('./room-server-child.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, PORT: String(PORT) },
});
const fromChild = <T>(key: string): Promise<T> =>
  new Promise((resolve) => {
    const on = (m: unknown): void => {
      if (m !== null && typeof m === 'object' && key in m) {
        child.off('message', on);
        resolve((m as Record<string, T>)[key] as T);
      }
    };
    child.on('message', on);
  });

function connect(): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${PORT}`, { transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      resolve(socket);
    });
    socket.once('connect_error', reject);
  });
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

await fromChild<number>('ready');
const idle = await (child.send('memory?'), fromChild<NodeJS.MemoryUsage>('memory'));

const host = await connect();
const opened = (await host.emitWithAck(EV.open, { teams: TEAMS })) as HostOpenReply;
if (!opened.ok) throw new Error(`open refused: ${opened.reason}`);

// The projector's side: every intent timed on arrival, confirmed in batches.
const sentAt = new Map<string, number>();
const latencies: number[] = [];
const buzzKeys = new Set<string>();
let buzzIntents = 0;
let phonesState: PhonesState = NO_PHONES;
const skit: SkitState = {
  nodeId: 'c1',
  consequence: null,
  vars: {},
  visits: {},
  background: null,
  trail: [],
  votes: [],
  ending: null,
};
const done: number[] = [];
let flush: ReturnType<typeof setTimeout> | null = null;
host.on(EV.intent, (n: number, intent: Intent) => {
  done.push(n);
  flush ??= setTimeout(() => {
    flush = null;
    while (done.length > 0) host.emit(EV.done, done.splice(0, 500));
  }, 30);
  if (intent.kind === 'buzz') {
    const key = `${intent.phone}.${intent.seq}`;
    const at = sentAt.get(key);
    if (at !== undefined) latencies.push(performance.now() - at);
    buzzKeys.add(key);
    buzzIntents++;
  } else {
    const step = castVote(phonesState, skit, [0, 1, 2], {
      type: 'phone-vote',
      phone: intent.phone,
      nodeId: intent.node,
      option: intent.option,
      at: n,
    });
    if (step.ok) phonesState = step.state;
  }
});

const joinStart = performance.now();
const phones = await Promise.all(
  Array.from({ length: PHONES }, async (_, i) => {
    const socket = await connect();
    const team = TEAMS[i % TEAMS.length]?.id ?? 't1';
    const reply = (await socket.emitWithAck(EV.join, {
      room: opened.room,
      team,
    })) as PhoneJoinReply;
    if (!reply.ok || reply.phone === null)
      throw new Error(`join refused: ${JSON.stringify(reply)}`);
    return { socket, phone: reply.phone };
  }),
);
const joinMs = performance.now() - joinStart;

/**
 * Buzz rounds. "burst": every phone sends in the same instant (this one process sends all 200,
 * so its own sending is in the figure). "spread": each phone buzzes at its own moment within
 * half a second (a fixed pattern), as a hall of people reacting to a picture does.
 */
let refused = 0;
const burst: number[] = [];
async function buzzRound(round: number, spreadMs: number): Promise<void> {
  const acks = await Promise.all(
    phones.map(async ({ socket, phone }, i) => {
      if (spreadMs > 0)
        await new Promise((r) => setTimeout(r, ((i * 7919) % PHONES) * (spreadMs / PHONES)));
      sentAt.set(`${phone}.${round}`, performance.now());
      return socket.emitWithAck(EV.buzz, { seq: round, question: round }) as Promise<Ok>;
    }),
  );
  refused += acks.filter((a) => !a.ok).length;
}
for (let round = 0; round < ROUNDS; round++) {
  await buzzRound(round, 0);
  // Wait (bounded) for the round to arrive before the next, so rounds do not pile up.
  const until = performance.now() + 3000;
  while (latencies.length < (round + 1) * PHONES && performance.now() < until)
    await new Promise((r) => setTimeout(r, 5));
}
burst.push(...latencies.splice(0));
for (let round = ROUNDS; round < 2 * ROUNDS; round++) await buzzRound(round, 500);
// Votes: every phone votes; every fourth changes its mind; every fifth sends its vote twice.
const expected = [0, 0, 0];
await Promise.all(
  phones.map(async ({ socket }, i) => {
    await socket.emitWithAck(EV.vote, { node: 'c1', option: i % 3 });
    let last = i % 3;
    if (i % 4 === 0) {
      last = (i + 1) % 3;
      await socket.emitWithAck(EV.vote, { node: 'c1', option: last });
    }
    if (i % 5 === 0) await socket.emitWithAck(EV.vote, { node: 'c1', option: last });
    expected[last] = (expected[last] ?? 0) + 1;
  }),
);
const wanted = PHONES * ROUNDS * 2;
const settle = performance.now();
while (
  (buzzIntents < wanted || ballotsCast(phonesState, 'c1') < PHONES) &&
  performance.now() - settle < 5000
)
  await new Promise((r) => setTimeout(r, 10));
const busy = await (child.send('memory?'), fromChild<NodeJS.MemoryUsage>('memory'));

latencies.sort((a, b) => a - b);
burst.sort((a, b) => a - b);
const counts = tally(phonesState, 'c1', 3);
const exact = counts.every((c, i) => c === expected[i]);
console.log(`phones: ${PHONES} joined in ${joinMs.toFixed(0)} ms (one room, six teams)`);
console.log(
  `buzzes: ${wanted} sent in ${2 * ROUNDS} rounds (${ROUNDS} all at once, ${ROUNDS} spread over 0.5 s); ${buzzKeys.size} distinct arrived, ${buzzIntents - buzzKeys.size} doubled, ${wanted - buzzKeys.size} lost, ${refused} refused`,
);
const line = (name: string, l: number[]): string =>
  `buzz to projector, ${name}: p50 ${pct(l, 50).toFixed(1)} ms, p95 ${pct(l, 95).toFixed(1)} ms, max ${(l.at(-1) ?? NaN).toFixed(1)} ms`;
console.log(line('spread', latencies) + ' (goal p95 ≤ 100 ms)');
console.log(line('all at once', burst));
console.log(
  `votes: ${ballotsCast(phonesState, 'c1')} phones, counts [${counts.join(', ')}], expected [${expected.join(', ')}]: ${exact ? 'exact' : 'WRONG'}`,
);
console.log(
  `server memory: rss ${mb(idle.rss)} idle → ${mb(busy.rss)} with ${PHONES} phones; heap ${mb(idle.heapUsed)} → ${mb(busy.heapUsed)}`,
);

for (const { socket } of phones) socket.disconnect();
host.disconnect();
child.send('stop');
clearTimeout(deadline);
const ok = exact && buzzKeys.size === wanted && refused === 0;
child.on('exit', () => process.exit(ok ? 0 : 1));
