import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  MAX_PHONES_PER_ROOM,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  type Intent,
  type Roster,
  type TeamEntry,
  type View,
} from '../shared/room/protocol';

/**
 * The rooms the server keeps: who is in which team and how to reach the projector. It decides
 * nothing about the meeting; it checks who may say what and remembers what the projector has not
 * confirmed yet. Phone tokens are signed with the room's secret, so after a server restart (the
 * projector brings its room back with the same code and secret) every phone's token still
 * proves its team.
 */

/** Intents kept for a projector that has not confirmed them (a reload, a sleeping laptop). */
export const MAX_PENDING = 2000;

export interface Room {
  readonly code: string;
  readonly secret: string;
  teams: readonly TeamEntry[];
  view: View;
  /** When the server received `view` (its clock): a phone joining later is told its age. */
  viewAt: number;
  /** Phone id → team id, every phone that ever joined. */
  readonly phones: Map<string, string>;
  /** Phone id → sockets connected now. */
  readonly connected: Map<string, number>;
  /** Intents sent to the projector and not confirmed yet, by their number. */
  readonly pending: Map<number, Intent>;
  nextIntent: number;
}

const b64 = (bytes: Buffer): string => bytes.toString('base64url');

/**
 * How long ago (ms, by the server's clock) the server had the room's view at `now`: a phone
 * sent the view later (a join, a recovered connection) runs a countdown in it on by as much,
 * with no need for its clock to match the laptop's.
 */
export function viewAge(room: Pick<Room, 'viewAt'>, now: number): number {
  return Math.max(0, now - room.viewAt);
}

function sign(secret: string, body: string): string {
  return b64(createHmac('sha256', secret).update(body).digest()).slice(0, 22);
}

/** A phone's token: its id, its team and a signature only this room's secret makes. */
export function makeToken(room: Room, phone: string, team: string): string {
  const body = `${phone}.${team}`;
  return `${body}.${sign(room.secret, `${room.code}.${body}`)}`;
}

/** The phone and team a token proves in this room, or null. */
export function readToken(room: Room, token: string): { phone: string; team: string } | null {
  const [phone, team, mac, ...rest] = token.split('.');
  if (!phone || !team || !mac || rest.length > 0) return null;
  const want = Buffer.from(sign(room.secret, `${room.code}.${phone}.${team}`));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  if (!room.teams.some((t) => t.id === team)) return null;
  return { phone, team };
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Rooms {
  private readonly rooms = new Map<string, Room>();

  get(code: string): Room | undefined {
    return this.rooms.get(code);
  }

  get size(): number {
    return this.rooms.size;
  }

  /**
   * Opens a room, or gives the projector its room back. With a code and secret the server does
   * not know (it restarted), the room is made again under them; a known code with another
   * secret is refused.
   */
  open(teams: readonly TeamEntry[], code?: string, secret?: string): Room | null {
    if (code !== undefined && secret !== undefined) {
      const known = this.rooms.get(code);
      if (known) {
        if (!sameSecret(known.secret, secret)) return null;
        known.teams = teams;
        return known;
      }
      return this.make(code, secret, teams);
    }
    const draw = (): string =>
      Array.from(
        { length: ROOM_CODE_LENGTH },
        () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
      ).join('');
    let fresh = draw();
    while (this.rooms.has(fresh)) fresh = draw();
    return this.make(fresh, b64(randomBytes(32)), teams);
  }

  private make(code: string, secret: string, teams: readonly TeamEntry[]): Room {
    const room: Room = {
      code,
      secret,
      teams,
      view: { kind: 'lobby' },
      viewAt: Date.now(),
      phones: new Map(),
      connected: new Map(),
      pending: new Map(),
      nextIntent: 1,
    };
    this.rooms.set(code, room);
    return room;
  }

  /** A new phone in a team; null when the room is full or the team is not on the list. */
  addPhone(room: Room, team: string): { phone: string; token: string } | null {
    if (!room.teams.some((t) => t.id === team)) return null;
    if (room.phones.size >= MAX_PHONES_PER_ROOM) return null;
    const phone = b64(randomBytes(9));
    room.phones.set(phone, team);
    return { phone, token: makeToken(room, phone, team) };
  }

  /** A phone back with its token (it may be new to a restarted server). */
  returnPhone(room: Room, token: string): { phone: string; team: string } | null {
    const who = readToken(room, token);
    if (!who) return null;
    if (!room.phones.has(who.phone)) {
      if (room.phones.size >= MAX_PHONES_PER_ROOM) return null;
      room.phones.set(who.phone, who.team);
    }
    return who;
  }

  connect(room: Room, phone: string): void {
    room.connected.set(phone, (room.connected.get(phone) ?? 0) + 1);
  }

  disconnect(room: Room, phone: string): void {
    const n = (room.connected.get(phone) ?? 0) - 1;
    if (n > 0) room.connected.set(phone, n);
    else room.connected.delete(phone);
  }

  roster(room: Room): Roster {
    const connected: Record<string, number> = {};
    for (const t of room.teams) connected[t.id] = 0;
    for (const phone of room.connected.keys()) {
      const team = room.phones.get(phone);
      if (team !== undefined) connected[team] = (connected[team] ?? 0) + 1;
    }
    return { connected, joined: room.phones.size };
  }

  /** Keeps an intent until the projector confirms it; returns its number. */
  hold(room: Room, intent: Intent): number {
    const n = room.nextIntent++;
    room.pending.set(n, intent);
    if (room.pending.size > MAX_PENDING) {
      const oldest = room.pending.keys().next().value;
      if (oldest !== undefined) room.pending.delete(oldest);
    }
    return n;
  }
}

/**
 * A token bucket: `rate` tries a second, `burst` at once. Used per phone (buzzes, votes) and
 * per address (room codes tried).
 */
export class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Whether a try is allowed now, without spending it. */
  has(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    return this.tokens >= 1;
  }

  take(now: number): boolean {
    if (!this.has(now)) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Buckets by key (an address), forgetting keys unused for a minute so the map stays small. */
export class Buckets {
  private readonly map = new Map<string, { bucket: Bucket; used: number }>();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}

  private bucket(key: string, now: number): Bucket {
    if (this.map.size > 10_000) {
      for (const [k, e] of this.map) if (now - e.used > 60_000) this.map.delete(k);
    }
    let entry = this.map.get(key);
    if (!entry) {
      entry = { bucket: new Bucket(this.rate, this.burst, now), used: now };
      this.map.set(key, entry);
    }
    entry.used = now;
    return entry.bucket;
  }

  /** Whether `key` may try now (a try is spent only by `take`). */
  has(key: string, now: number): boolean {
    return this.bucket(key, now).has(now);
  }

  take(key: string, now: number): boolean {
    return this.bucket(key, now).take(now);
  }
}
