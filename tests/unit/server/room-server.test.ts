import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Running } from '../../../src/server/server';
import {
  EV,
  type Ok,
  type PhoneJoinReply,
  type Roster,
  type View,
} from '../../../src/shared/room/protocol';
import {
  ask,
  client,
  closeClients,
  joinPhone,
  loopbackServer,
  openHost,
  until,
  voteView,
} from './room-helpers';

const PORT = 4301;
let server: Running;

beforeAll(async () => {
  server = await loopbackServer(PORT);
});
afterEach(closeClients);
afterAll(async () => {
  await server.close();
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the room server serves the game', () => {
  it('with security headers, gzip when asked, and says the room is here', async () => {
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toContain('<title>game</title>');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const join = await get('/join.html');
    expect(join.body.toString()).toContain('<title>join</title>');
    expect(String(join.headers['content-security-policy'])).toContain("script-src 'self';");
    const room = await get('/room.json');
    expect(JSON.parse(room.body.toString())).toEqual({ room: true });
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/nothing-here.js')).status).toBe(404);
  });
});

describe('a meeting room', () => {
  it('relays a phone buzz to the projector with its own team and the server time', async () => {
    const host = await openHost(PORT);
    expect(host.room).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    const rosters: Roster[] = [];
    host.socket.on(EV.roster, (r: Roster) => rosters.push(r));
    const { socket, reply } = await joinPhone(PORT, host.room, { team: 't2' });
    expect(reply).toMatchObject({ ok: true, team: 't2', view: { kind: 'lobby' } });
    if (!reply.ok) return;
    expect(reply.teams.map((t) => t.name)).toEqual(['Đội Sen', 'Đội Mai', 'Đội Tre']);
    const before = Date.now();
    expect(await ask<Ok>(socket, EV.buzz, { seq: 1, question: 0 })).toEqual({ ok: true });
    await until(() => host.intents.length === 1);
    const intent = host.intents[0]!.intent;
    expect(intent).toMatchObject({ kind: 'buzz', phone: reply.phone, team: 't2', seq: 1 });
    expect(intent.serverAt).toBeGreaterThanOrEqual(before);
    await until(() => rosters.some((r) => r.connected.t2 === 1));
    expect(rosters.at(-1)).toEqual({ connected: { t1: 0, t2: 1, t3: 0 }, joined: 1 });
  });

  it('a phone without a team is asked to pick one, and the projector view reaches it', async () => {
    const host = await openHost(PORT);
    const first = await joinPhone(PORT, host.room, {});
    expect(first.reply).toMatchObject({ ok: true, team: null, token: null });
    const shown: View[] = [];
    const phone = await joinPhone(PORT, host.room, { team: 't1' });
    phone.socket.on(EV.show, (view: View) => shown.push(view));
    const view: View = { kind: 'skit' };
    expect(await ask<Ok>(host.socket, EV.view, view)).toEqual({ ok: true });
    await until(() => shown.length === 1);
    expect(shown[0]).toEqual(view);
    // The projector's last view is what a phone joining later sees first.
    const late = await joinPhone(PORT, host.room, { team: 't3' });
    expect(late.reply).toMatchObject({ ok: true, view });
  });

  it("tells a phone joining late how old the projector's view is (a countdown ran on)", async () => {
    const host = await openHost(PORT);
    const view = voteView(30_000);
    // The server had the view 7 s before the phone came (its clock read 7 s earlier then).
    const sent = Date.now();
    const earlier = vi.spyOn(Date, 'now').mockReturnValue(Date.now() - 7_000);
    try {
      expect(await ask<Ok>(host.socket, EV.view, view)).toEqual({ ok: true });
    } finally {
      earlier.mockRestore();
    }
    const late = await joinPhone(PORT, host.room, { team: 't1' });
    expect(late.reply).toMatchObject({ ok: true, view });
    const age = late.reply.ok ? late.reply.viewAge : -1;
    expect(age).toBeGreaterThanOrEqual(7_000);
    expect(age).toBeLessThanOrEqual(7_000 + (Date.now() - sent));
  });
});

describe('refused, with no effect on the meeting', () => {
  it('a phone acting for another team', async () => {
    const host = await openHost(PORT);
    const sen = await joinPhone(PORT, host.room, { team: 't1' });
    const mai = await joinPhone(PORT, host.room, { team: 't2' });
    // A buzz naming a team is not a buzz the server knows.
    expect(await ask<Ok>(sen.socket, EV.buzz, { seq: 1, question: 0, team: 't2' })).toEqual({
      ok: false,
      reason: 'bad-message',
    });
    // A token edited to say another team does not prove it: the phone is asked to pick again.
    if (!sen.reply.ok || sen.reply.token === null) throw new Error('no token');
    const forged = sen.reply.token.replace('.t1.', '.t2.');
    const back = await joinPhone(PORT, host.room, { token: forged });
    expect(back.reply).toMatchObject({ ok: true, team: null, token: null });
    expect(await ask<Ok>(back.socket, EV.buzz, { seq: 2, question: 0 })).toEqual({
      ok: false,
      reason: 'not-joined',
    });
    // Mai's real buzz is the only thing the projector hears.
    expect(await ask<Ok>(mai.socket, EV.buzz, { seq: 1, question: 0 })).toEqual({ ok: true });
    await until(() => host.intents.length > 0);
    expect(host.intents.map((i) => i.intent.team)).toEqual(['t2']);
  });

  it('a forged projector message', async () => {
    const host = await openHost(PORT);
    const phone = await joinPhone(PORT, host.room, { team: 't1' });
    const shown: View[] = [];
    phone.socket.on(EV.show, (view: View) => shown.push(view));
    expect(await ask<Ok>(phone.socket, EV.view, { kind: 'skit' })).toEqual({
      ok: false,
      reason: 'not-host',
    });
    expect(await ask<Ok>(phone.socket, 'host:done', [1, 2, 3])).toEqual({
      ok: false,
      reason: 'not-host',
    });
    // Taking the room with its code and a guessed secret.
    const thief = client(PORT);
    const guess = await ask(thief, EV.open, {
      room: host.room,
      secret: 'A'.repeat(43),
      teams: [
        { id: 'x', name: 'X', color: '#000000' },
        { id: 'y', name: 'Y', color: '#000000' },
      ],
    });
    expect(guess).toEqual({ ok: false, reason: 'not-host' });
    expect(await ask<Ok>(thief, EV.view, { kind: 'skit' })).toEqual({
      ok: false,
      reason: 'not-host',
    });
    // The real projector still holds the room and its teams; phones saw only its view.
    expect(await ask<Ok>(host.socket, EV.view, { kind: 'lobby' })).toEqual({ ok: true });
    await until(() => shown.length === 1);
    expect(shown).toEqual([{ kind: 'lobby' }]);
    expect(server.rooms.rooms.get(host.room)?.teams.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('oversized and malformed messages', async () => {
    const host = await openHost(PORT);
    const phone = await joinPhone(PORT, host.room, { team: 't1' });
    const refused = async (event: string, message: unknown) =>
      ask<Ok>(phone.socket, event, message);
    expect(await refused(EV.buzz, { seq: 1, question: 0, pad: 'x'.repeat(2000) })).toEqual({
      ok: false,
      reason: 'too-large',
    });
    for (const bad of [null, 'buzz', [1], { seq: -1, question: 0 }, { seq: 1.5, question: 0 }])
      expect(await refused(EV.buzz, bad)).toEqual({ ok: false, reason: 'bad-message' });
    expect(await refused(EV.vote, { node: '<script>', option: 0 })).toEqual({
      ok: false,
      reason: 'bad-message',
    });
    // The projector's view is checked too: a picture from another host is not shown.
    expect(
      await ask<Ok>(host.socket, EV.view, {
        kind: 'question',
        question: 0,
        number: 1,
        total: 5,
        picture: 'http://example.com/a.png',
        rebus: [],
        open: true,
        answering: null,
        queue: [],
        lockedOut: [],
      }),
    ).toEqual({ ok: false, reason: 'bad-message' });
    // Beyond the transport's limit socket.io drops the connection before reading it.
    const big = client(PORT);
    await until(() => big.connected);
    big.emit(EV.join, { room: host.room, team: 't1', pad: 'x'.repeat(100_000) });
    await until(() => !big.connected);
    expect(host.intents).toEqual([]);
    expect(server.rooms.rooms.get(host.room)?.phones.size).toBe(1);
  });

  it('buzzes beyond the rate a phone may send', async () => {
    const host = await openHost(PORT);
    const phone = await joinPhone(PORT, host.room, { team: 't3' });
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, seq) => ask<Ok>(phone.socket, EV.buzz, { seq, question: 0 })),
    );
    const passed = replies.filter((r) => r.ok).length;
    expect(passed).toBeGreaterThanOrEqual(8);
    expect(passed).toBeLessThanOrEqual(10);
    expect(replies.filter((r) => !r.ok && r.reason === 'too-fast')).toHaveLength(30 - passed);
    await until(() => host.intents.length === passed);
  });
});

describe('room codes cannot be guessed quickly', () => {
  it('a flood of wrong codes from one address is slowed to a few a second', async () => {
    const socket = client(PORT);
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        ask<PhoneJoinReply>(socket, EV.join, {
          room: `AAA${'CDEFGHJKMN'[i % 10]}${'CDEF'[i % 4]}`,
        }),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    const tried = replies.filter((r) => !r.ok && r.reason === 'no-room').length;
    const slowed = replies.filter((r) => !r.ok && r.reason === 'too-fast').length;
    expect(tried + slowed).toBe(60);
    // A burst of 6, then 3 a second.
    expect(tried).toBeLessThanOrEqual(6 + Math.ceil(3 * seconds));
  });
});
