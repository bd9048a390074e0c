import type { KeyValueStore } from '../../shared/storage/safe-storage';
import { EV } from '../../shared/room/events';
import type { HostOpenReply, Intent, Roster, TeamEntry, View } from '../../shared/room/protocol';

/**
 * The projector's end of the phones' room. It opens the room on the `npm start` server (or
 * takes it back with the secret it kept, after a reload or a server restart), shows phones what
 * the meeting shows (`show`), and hands each phone's intent to the scene, which turns it into
 * a meeting action. An intent is confirmed to the server only once the scene has taken it, so
 * one that arrives while the projector reloads is sent again (the core counts it once).
 */

/** Where the projector keeps its room's code and secret. */
export const ROOM_KEY = 'dhbc.room';

export type RoomStatus =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'open'; readonly room: string; readonly joinUrl: string }
  | { readonly kind: 'lost' }
  /** No room server here: the single-file build, or the game not started with `npm start`. */
  | { readonly kind: 'unavailable' }
  /** A meeting without the team quiz: phones join teams, so there is nothing to join. */
  | { readonly kind: 'no-teams' };

export interface PhoneRoomHandlers {
  /** A phone's intent; answer true once it is in the log or refused for good (it is confirmed). */
  onIntent(intent: Intent): boolean;
  onRoster(roster: Roster): void;
  onStatus(status: RoomStatus): void;
  /**
   * What phones show now, built as it is sent: a vote's countdown carries the time left at that
   * moment, so a view sent again after a reconnection is not stale.
   */
  view(): View;
}

export interface PhoneRoom {
  /** What phones show now (just built); built again and sent after any reconnection. */
  show(view: View): void;
  /** Asks the server again for the intents not confirmed yet (a scene can take them now). */
  resend(): void;
  close(): void;
}

/** The room kept for this meeting (`meeting`: when it started); another meeting's is not reused. */
export function storedRoom(
  store: KeyValueStore,
  meeting: number,
): { room: string; secret: string } | undefined {
  try {
    const raw = JSON.parse(store.get(ROOM_KEY) ?? 'null') as unknown;
    if (
      raw !== null &&
      typeof raw === 'object' &&
      'room' in raw &&
      'secret' in raw &&
      'meeting' in raw &&
      typeof raw.room === 'string' &&
      typeof raw.secret === 'string' &&
      raw.meeting === meeting
    )
      return { room: raw.room, secret: raw.secret };
  } catch {
    // A damaged entry: a new room is opened.
  }
  return undefined;
}

/** The join page's address phones can reach (the LAN address `npm start` gives, not localhost). */
export async function joinAddress(
  room: string,
  page: string = window.location.href,
): Promise<string> {
  let base = new URL('./', page);
  if (['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
    try {
      const lan = (await (await fetch(new URL('lan.json', base))).json()) as { urls?: unknown };
      const first = Array.isArray(lan.urls) ? (lan.urls as unknown[])[0] : undefined;
      if (typeof first === 'string') base = new URL(first);
    } catch {
      // Only this computer can open it; the address shown says so by itself.
    }
  }
  const url = new URL('join.html', base);
  url.searchParams.set('room', room);
  return url.toString();
}

/** Whether the room server is here (it answers room.json; `vite preview` and file:// do not). */
export async function roomServerHere(page: string = window.location.href): Promise<boolean> {
  if (!page.startsWith('http')) return false;
  try {
    const res = await fetch(new URL('room.json', new URL('./', page)), { cache: 'no-store' });
    if (!res.ok) return false;
    const body = (await res.json()) as { room?: unknown };
    return body.room === true;
  } catch {
    return false;
  }
}

export async function openPhoneRoom(
  teams: readonly TeamEntry[],
  store: KeyValueStore,
  meeting: number,
  handlers: PhoneRoomHandlers,
): Promise<PhoneRoom | null> {
  if (!(await roomServerHere())) {
    handlers.onStatus({ kind: 'unavailable' });
    return null;
  }
  handlers.onStatus({ kind: 'connecting' });
  const { io } = await import('socket.io-client');
  const path = new URL('socket.io/', new URL('./', window.location.href)).pathname;
  const socket = io({ path, transports: ['websocket', 'polling'] });
  const done: number[] = [];
  let flush: ReturnType<typeof setTimeout> | null = null;

  const sendView = (): void => {
    socket.emit(EV.view, handlers.view());
  };

  const openRoom = (): void => {
    const again = storedRoom(store, meeting);
    socket.emit(EV.open, { teams, ...again }, (reply: HostOpenReply) => {
      if (!reply.ok) {
        // The code is another projector's now (a new room is opened), or the server is busy.
        if (reply.reason === 'not-host') store.remove(ROOM_KEY);
        setTimeout(() => {
          if (socket.connected) openRoom();
        }, 1000);
        return;
      }
      store.set(ROOM_KEY, JSON.stringify({ room: reply.room, secret: reply.secret, meeting }));
      sendView();
      void joinAddress(reply.room).then((joinUrl) => {
        handlers.onStatus({ kind: 'open', room: reply.room, joinUrl });
      });
    });
  };

  socket.on('connect', () => {
    if (socket.recovered) sendView();
    else openRoom();
  });
  socket.on('disconnect', () => {
    handlers.onStatus({ kind: 'lost' });
  });
  socket.on(EV.roster, (roster: Roster) => {
    handlers.onRoster(roster);
  });
  socket.on(EV.intent, (n: number, intent: Intent) => {
    if (!handlers.onIntent(intent)) return;
    done.push(n);
    flush ??= setTimeout(() => {
      flush = null;
      while (done.length > 0) socket.emit(EV.done, done.splice(0, 500));
    }, 30);
  });

  return {
    show(next) {
      if (socket.connected) socket.emit(EV.view, next);
    },
    resend() {
      if (socket.connected) openRoom();
    },
    close() {
      socket.disconnect();
    },
  };
}
