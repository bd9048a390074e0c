import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startServer, type Running } from '../../../src/server/server';
import type { RoomLimits } from '../../../src/server/room-server';
import {
  EV,
  type HostOpenReply,
  type Intent,
  type PhoneJoinReply,
  type TeamEntry,
  type View,
} from '../../../src/shared/room/protocol';

/** The room server on the loopback only, serving a tiny page, on a port of this test file's own. */
export async function loopbackServer(port: number, limits?: RoomLimits): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'room-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dir, 'join.html'), '<!doctype html><title>join</title>');
  return startServer({ dir, port, host: '127.0.0.1', ...(limits ? { limits } : {}) });
}

export const TEAMS: TeamEntry[] = [
  { id: 't1', name: 'Đội Sen', color: '#e91e63' },
  { id: 't2', name: 'Đội Mai', color: '#ffc107' },
  { id: 't3', name: 'Đội Tre', color: '#4caf50' },
];

/** A vote of one option whose countdown the facilitator has just started (`leftMs` left). */
export function voteView(leftMs: number): View {
  return {
    kind: 'vote',
    node: 'c1',
    prompt: '',
    options: [{ index: 0, text: 'A' }],
    open: true,
    timer: { leftMs, running: true },
  };
}

const sockets: Socket[] = [];

export function client(port: number): Socket {
  const socket = io(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnection: false,
    timeout: 3000,
  });
  sockets.push(socket);
  return socket;
}

export function closeClients(): void {
  for (const s of sockets.splice(0)) s.disconnect();
}

export async function ask<T>(socket: Socket, event: string, message: unknown): Promise<T> {
  return (await socket.timeout(3000).emitWithAck(event, message)) as T;
}

export interface Host {
  socket: Socket;
  room: string;
  secret: string;
  intents: { n: number; intent: Intent }[];
}

export async function openHost(
  port: number,
  again?: { room: string; secret: string },
  teams: TeamEntry[] = TEAMS,
) {
  const socket = client(port);
  const intents: { n: number; intent: Intent }[] = [];
  socket.on(EV.intent, (n: number, intent: Intent) => intents.push({ n, intent }));
  const reply = await ask<HostOpenReply>(socket, EV.open, { teams, ...again });
  if (!reply.ok) throw new Error(`open refused: ${reply.reason}`);
  const host: Host = { socket, room: reply.room, secret: reply.secret, intents };
  return host;
}

export async function joinPhone(
  port: number,
  room: string,
  how: { team?: string; token?: string },
) {
  const socket = client(port);
  const reply = await ask<PhoneJoinReply>(socket, EV.join, { room, ...how });
  return { socket, reply };
}

/** Waits (bounded) until `ready` holds, checking every few ms. */
export async function until(ready: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
