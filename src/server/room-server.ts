import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import * as v from 'valibot';
import {
  check,
  EV,
  HOST_MESSAGE_MAX_BYTES,
  HostOpen,
  PHONE_MESSAGE_MAX_BYTES,
  PhoneBuzz,
  PhoneJoin,
  PhoneVote,
  TRANSPORT_MAX_BYTES,
  View,
  type HostOpenReply,
  type Intent,
  type Ok,
  type PhoneJoinReply,
  type Refusal,
} from '../shared/room/protocol';
import { Buckets, Rooms, viewAge, type Room } from './rooms';

/**
 * The realtime room on socket.io: phones join a team, buzz and vote; the projector opens the
 * room, says what phones show and receives their intents with the server's receive time. Every
 * message is checked (size, schema, who sends it) before it has any effect; a refused one has
 * none. Connection-state recovery replays what a phone or the projector missed in a short drop.
 */

const HostDone = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(1))),
  v.minLength(1),
  v.maxLength(500),
);

export interface RoomLimits {
  /** Joins (room codes tried) per address: per second, and at once. */
  readonly joinRate: number;
  readonly joinBurst: number;
  /** Buzzes and votes per phone: per second, and at once. */
  readonly phoneRate: number;
  readonly phoneBurst: number;
}

export const LIMITS: RoomLimits = { joinRate: 3, joinBurst: 6, phoneRate: 4, phoneBurst: 8 };

interface PhoneData {
  role: 'phone';
  room: string;
  phone: string;
  team: string;
}
interface HostData {
  role: 'host';
  room: string;
}
type Data = PhoneData | HostData | { role: null };

type Ack<T> = (reply: T) => void;

/** Calls a client's acknowledgement only when it sent one (a forged message may not). */
function reply(ack: unknown, value: PhoneJoinReply | HostOpenReply | Ok): void {
  if (typeof ack === 'function') (ack as Ack<typeof value>)(value);
}

const no = (reason: Refusal): { ok: false; reason: Refusal } => ({ ok: false, reason });

export interface RoomServer {
  readonly io: Server;
  readonly rooms: Rooms;
  close(): Promise<void>;
}

export function attachRooms(http: HttpServer, limits: RoomLimits = LIMITS): RoomServer {
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  const rooms = new Rooms();
  const joins = new Buckets(limits.joinRate, limits.joinBurst);
  const intents = new Buckets(limits.phoneRate, limits.phoneBurst);
  const rosterTimers = new Map<string, NodeJS.Timeout>();

  const phonesOf = (room: Room): string => `phones:${room.code}`;
  const hostOf = (room: Room): string => `host:${room.code}`;

  /** Sends the projector its per-team counts, a few times a second at most. */
  function sendRoster(room: Room): void {
    if (rosterTimers.has(room.code)) return;
    rosterTimers.set(
      room.code,
      setTimeout(() => {
        rosterTimers.delete(room.code);
        io.to(hostOf(room)).emit(EV.roster, rooms.roster(room));
      }, 100),
    );
  }

  function relay(room: Room, intent: Intent): void {
    const n = rooms.hold(room, intent);
    io.to(hostOf(room)).emit(EV.intent, n, intent);
  }

  function leave(socket: Socket, data: Data): void {
    if (data.role !== 'phone') return;
    const room = rooms.get(data.room);
    if (!room) return;
    rooms.disconnect(room, data.phone);
    void socket.leave(phonesOf(room));
    sendRoster(room);
  }

  io.on('connection', (socket) => {
    const data = socket.data as Data;
    if (socket.recovered && data.role === 'phone') {
      const room = rooms.get(data.room);
      if (room) {
        rooms.connect(room, data.phone);
        sendRoster(room);
        // The views replayed on recovery carry the time left as it was when they were sent: the
        // view as it stands, with its age, comes after them and sets the phone's countdown right.
        socket.emit(EV.show, room.view, viewAge(room, Date.now()));
      }
    } else if (!socket.recovered) {
      socket.data = { role: null };
    }
    const address = socket.handshake.address;

    socket.on(EV.join, (message: unknown, ack: unknown) => {
      // Only wrong tries are counted: a room code cannot be guessed faster than a few a second.
      const now = Date.now();
      if (!joins.has(address, now)) {
        reply(ack, no('too-fast'));
        return;
      }
      const msg = check(PhoneJoin, message, PHONE_MESSAGE_MAX_BYTES);
      if (!msg.ok) {
        joins.take(address, now);
        reply(ack, no(msg.reason));
        return;
      }
      const room = rooms.get(msg.value.room);
      if (!room) {
        joins.take(address, now);
        reply(ack, no('no-room'));
        return;
      }
      let who = msg.value.token ? rooms.returnPhone(room, msg.value.token) : null;
      let token = who ? (msg.value.token ?? null) : null;
      if (!who && msg.value.team !== undefined) {
        if (!room.teams.some((t) => t.id === msg.value.team)) {
          reply(ack, no('bad-team'));
          return;
        }
        const added = rooms.addPhone(room, msg.value.team);
        if (!added) {
          reply(ack, no('room-full'));
          return;
        }
        who = { phone: added.phone, team: msg.value.team };
        token = added.token;
      }
      const current = socket.data as Data;
      if (current.role === 'host') {
        reply(ack, no('bad-message'));
        return;
      }
      leave(socket, current);
      if (who) {
        socket.data = { role: 'phone', room: room.code, phone: who.phone, team: who.team };
        rooms.connect(room, who.phone);
        void socket.join(phonesOf(room));
        sendRoster(room);
      } else {
        socket.data = { role: null };
      }
      reply(ack, {
        ok: true,
        team: who?.team ?? null,
        phone: who?.phone ?? null,
        token,
        teams: room.teams,
        view: room.view,
        viewAge: viewAge(room, Date.now()),
      });
    });

    /** A phone's buzz or vote: its own team only (the server knows it), rate-limited. */
    function phoneIntent<S extends v.GenericSchema>(
      schema: S,
      message: unknown,
      ack: unknown,
      make: (value: v.InferOutput<S>, who: PhoneData, serverAt: number) => Intent,
    ): void {
      const who = socket.data as Data;
      const room = who.role === 'phone' ? rooms.get(who.room) : undefined;
      if (who.role !== 'phone' || !room) {
        reply(ack, no('not-joined'));
        return;
      }
      const now = Date.now();
      if (!intents.take(`${room.code}.${who.phone}`, now)) {
        reply(ack, no('too-fast'));
        return;
      }
      const msg = check(schema, message, PHONE_MESSAGE_MAX_BYTES);
      if (!msg.ok) {
        reply(ack, no(msg.reason));
        return;
      }
      relay(room, make(msg.value, who, now));
      reply(ack, { ok: true });
    }

    socket.on(EV.buzz, (message: unknown, ack: unknown) => {
      phoneIntent(PhoneBuzz, message, ack, (m, who, serverAt) => ({
        kind: 'buzz',
        phone: who.phone,
        team: who.team,
        seq: m.seq,
        question: m.question,
        serverAt,
      }));
    });

    socket.on(EV.vote, (message: unknown, ack: unknown) => {
      phoneIntent(PhoneVote, message, ack, (m, who, serverAt) => ({
        kind: 'vote',
        phone: who.phone,
        team: who.team,
        node: m.node,
        option: m.option,
        serverAt,
      }));
    });

    socket.on(EV.open, (message: unknown, ack: unknown) => {
      if (!joins.has(address, Date.now())) {
        reply(ack, no('too-fast'));
        return;
      }
      const msg = check(HostOpen, message, HOST_MESSAGE_MAX_BYTES);
      if (!msg.ok) {
        reply(ack, no(msg.reason));
        return;
      }
      const { room: code, secret, teams } = msg.value;
      const room = rooms.open(teams, code, secret);
      if (!room) {
        joins.take(address, Date.now());
        reply(ack, no('not-host'));
        return;
      }
      leave(socket, socket.data as Data);
      socket.data = { role: 'host', room: room.code };
      void socket.join(hostOf(room));
      reply(ack, { ok: true, room: room.code, secret: room.secret });
      socket.emit(EV.roster, rooms.roster(room));
      for (const [n, intent] of room.pending) socket.emit(EV.intent, n, intent);
    });

    /** Only the projector that opened the room (it proved the secret) says what phones show. */
    function hostRoom(ack: unknown): Room | null {
      const who = socket.data as Data;
      const room = who.role === 'host' ? rooms.get(who.room) : undefined;
      if (!room) {
        reply(ack, no('not-host'));
        return null;
      }
      return room;
    }

    socket.on(EV.view, (message: unknown, ack: unknown) => {
      const room = hostRoom(ack);
      if (!room) return;
      const msg = check(View, message, HOST_MESSAGE_MAX_BYTES);
      if (!msg.ok) {
        reply(ack, no(msg.reason));
        return;
      }
      room.view = msg.value;
      room.viewAt = Date.now();
      io.to(phonesOf(room)).emit(EV.show, msg.value);
      reply(ack, { ok: true });
    });

    socket.on(EV.done, (message: unknown, ack: unknown) => {
      const room = hostRoom(ack);
      if (!room) return;
      const msg = check(HostDone, message, HOST_MESSAGE_MAX_BYTES);
      if (!msg.ok) {
        reply(ack, no(msg.reason));
        return;
      }
      for (const n of msg.value) room.pending.delete(n);
      reply(ack, { ok: true });
    });

    socket.on('disconnect', () => {
      leave(socket, socket.data as Data);
    });
  });

  return {
    io,
    rooms,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of rosterTimers.values()) clearTimeout(t);
        void io.close(() => {
          resolve();
        });
      }),
  };
}
