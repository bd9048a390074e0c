import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MEETING } from '../../../src/core/activities';
import { dispatch } from '../../../src/core/session/action-log';
import { intentAction } from '../../../src/host/phones/phone-meeting';
import type { Running } from '../../../src/server/server';
import { io } from 'socket.io-client';
import { EV, type Ok, type View } from '../../../src/shared/room/protocol';
import { countdownLeftMs, phoneCountdown } from '../../../src/join/phone-state';
import { TEAMS as CORE_TEAMS } from '../../scenario/fixtures';
import { RULES, begin, type Session } from '../../scenario/whole-meeting';
import {
  ask,
  closeClients,
  joinPhone,
  loopbackServer,
  openHost,
  until,
  voteView,
  type Host,
} from './room-helpers';

const PORT = 4302;
let server: Running | null = null;
afterEach(closeClients);
afterAll(async () => {
  await server?.close();
});

/** The projector's side: each intent into the meeting's log, then confirmed to the server. */
function take(host: Host, s: Session): Session {
  let session = s;
  const done: number[] = [];
  for (const { n, intent } of host.intents) {
    const action = intentAction(intent, 10_000 + n);
    const r = dispatch(MEETING, RULES, session.log, session.state, action, 'phone');
    if (r.step.ok) session = { log: r.log, state: r.step.state };
    done.push(n);
  }
  if (done.length > 0) host.socket.emit(EV.done, done);
  return session;
}

const teams = CORE_TEAMS.map((t) => ({ ...t }));

describe('phones and the projector come back, nothing lost or doubled', () => {
  it('through a phone drop, a projector reload and a server restart', async () => {
    server = await loopbackServer(PORT);
    let meeting = begin();
    let host = await openHost(PORT, undefined, teams);
    const { room, secret } = host;

    // Phone A joins Sen and buzzes; the server's acknowledgement is lost with the Wi-Fi.
    const a = await joinPhone(PORT, room, { team: 'sen' });
    if (!a.reply.ok || a.reply.token === null) throw new Error('A did not join');
    const tokenA = a.reply.token;
    expect(await ask<Ok>(a.socket, EV.buzz, { seq: 0, question: 0 })).toEqual({ ok: true });
    a.socket.disconnect();
    // A comes back with its token: same team, same phone, no question; it sends the buzz again.
    const a2 = await joinPhone(PORT, room, { token: tokenA });
    expect(a2.reply).toMatchObject({ ok: true, team: 'sen', phone: a.reply.phone });
    expect(await ask<Ok>(a2.socket, EV.buzz, { seq: 0, question: 0 })).toEqual({ ok: true });
    await until(() => host.intents.length === 2);
    meeting = take(host, meeting);
    expect(meeting.state.phones.buzzes).toHaveLength(1);

    // The projector reloads: phone B buzzes for Mai meanwhile.
    host.socket.disconnect();
    const b = await joinPhone(PORT, room, { team: 'mai' });
    if (!b.reply.ok || b.reply.token === null) throw new Error('B did not join');
    expect(await ask<Ok>(b.socket, EV.buzz, { seq: 0, question: 0 })).toEqual({ ok: true });
    // The projector went before its confirmation of A's buzzes reached the server: the new page
    // gets them again with B's, and its log counts each buzz once.
    host = await openHost(PORT, { room, secret }, teams);
    await until(() => host.intents.some((i) => i.intent.team === 'mai'));
    meeting = take(host, meeting);
    expect(meeting.state.phones.buzzes.map((x) => x.team)).toEqual(['sen', 'mai']);
    // Confirmed intents are not sent again to the next projector page.
    await until(() => server?.rooms.rooms.get(room)?.pending.size === 0);

    // The server restarts: the projector brings the room back, phones come back by their tokens.
    await server.close();
    server = await loopbackServer(PORT);
    host = await openHost(PORT, { room, secret }, teams);
    const a3 = await joinPhone(PORT, room, { token: tokenA });
    expect(a3.reply).toMatchObject({ ok: true, team: 'sen', phone: a.reply.phone });
    const b3 = await joinPhone(PORT, room, { token: b.reply.token });
    expect(b3.reply).toMatchObject({ ok: true, team: 'mai', phone: b.reply.phone });
    // B's buzz is sent again once more (its acknowledgement lost in the restart): counted once.
    expect(await ask<Ok>(b3.socket, EV.buzz, { seq: 0, question: 0 })).toEqual({ ok: true });
    await until(() => host.intents.length === 1);
    meeting = take(host, meeting);

    expect(meeting.state.phones.buzzes.map((x) => [x.phone, x.seq, x.team])).toEqual([
      [a.reply.phone, 0, 'sen'],
      [b.reply.phone, 0, 'mai'],
    ]);
    expect(meeting.state.quiz?.answering).toBe('sen');
    expect(meeting.state.quiz?.queue).toEqual(['mai']);
  });

  it("a phone whose connection is recovered gets the vote's countdown as it stands now", async () => {
    await server?.close();
    server = await loopbackServer(PORT);
    const host = await openHost(PORT, undefined, teams);
    const joined = await joinPhone(PORT, host.room, { team: 'sen' });
    if (!joined.reply.ok || joined.reply.token === null) throw new Error('no token');
    joined.socket.disconnect();
    // The phone as the join page keeps it: it reconnects by itself, a second after a drop.
    const phone = io(`http://127.0.0.1:${String(PORT)}`, {
      transports: ['websocket'],
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 1_000,
      randomizationFactor: 0,
    });
    const shown: { view: View; age: number | undefined; at: number }[] = [];
    // With recovery on, socket.io adds its offset (a string) after a broadcast's arguments.
    phone.on(EV.show, (view: View, age?: unknown) => {
      shown.push({ view, age: typeof age === 'number' ? age : undefined, at: performance.now() });
    });
    try {
      await new Promise<void>((resolve) =>
        phone.once('connect', () => {
          resolve();
        }),
      );
      await ask(phone, EV.join, { room: host.room, token: joined.reply.token });
      const room = server.rooms.rooms.get(host.room);
      if (!room) throw new Error('no room');
      // The story goes on while the phone is in (recovery picks up after the last view it had).
      expect(await ask<Ok>(host.socket, EV.view, { kind: 'skit' })).toEqual({ ok: true });
      await until(() => shown.length === 1);
      shown.length = 0;
      // The Wi-Fi drops; while the phone is away the facilitator starts a 30 s countdown.
      phone.io.engine.close();
      await until(() => [...room.connected.values()].every((n) => n === 0));
      const vote = voteView(30_000);
      const sentAt = performance.now();
      expect(await ask<Ok>(host.socket, EV.view, vote)).toEqual({ ok: true });
      await until(() => phone.connected && shown.some((s) => s.age !== undefined), 5_000);
      expect(phone.recovered).toBe(true);
      // First the view replayed as it was sent, then the view as it stands, with its age.
      expect(shown.map((s) => s.age)).toEqual([undefined, expect.any(Number)]);
      const last = shown.at(-1);
      if (!last) throw new Error('nothing shown');
      const countdown = phoneCountdown(last.view, last.age ?? 0, last.at);
      if (!countdown) throw new Error('no countdown');
      // The projector's time left at the moment the phone got it, give or take the delivery.
      const truth = 30_000 - (last.at - sentAt);
      expect(last.at - sentAt).toBeGreaterThan(900);
      expect(Math.abs(countdownLeftMs(countdown, last.at) - truth)).toBeLessThan(250);
    } finally {
      phone.disconnect();
    }
  });
});
