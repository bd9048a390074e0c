import { describe, expect, it } from 'vitest';
import {
  check,
  HostOpen,
  messageBytes,
  PHONE_MESSAGE_MAX_BYTES,
  PhoneBuzz,
  PhoneJoin,
  PhoneVote,
  View,
} from '../../../src/shared/room/protocol';
import { Bucket, Buckets, makeToken, readToken, Rooms } from '../../../src/server/rooms';

const TEAMS = [
  { id: 't1', name: 'Đội Sen', color: '#e91e63' },
  { id: 't2', name: 'Đội Mai', color: '#ffc107' },
];

describe('room messages', () => {
  it('take only what each message may hold', () => {
    const max = PHONE_MESSAGE_MAX_BYTES;
    expect(check(PhoneJoin, { room: 'ACDE3', team: 't1' }, max)).toEqual({
      ok: true,
      value: { room: 'ACDE3', team: 't1' },
    });
    // Letters read the wrong way off a projector are not in any code; nor is free text.
    expect(check(PhoneJoin, { room: 'AB0O1' }, max).ok).toBe(false);
    expect(check(PhoneJoin, { room: 'ACDE3', name: 'anything' }, max).ok).toBe(false);
    expect(check(PhoneBuzz, { seq: 3, question: 1, team: 't2' }, max).ok).toBe(false);
    expect(check(PhoneVote, { node: 'c1', option: 99 }, max).ok).toBe(false);
    expect(check(PhoneVote, { node: 'c1', option: 1 }, max).ok).toBe(true);
  });

  it('refuse a message over its size before reading it', () => {
    expect(check(PhoneBuzz, { seq: 1, question: 1, x: 'é'.repeat(300) }, 512)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    // UTF-8 bytes, not characters.
    expect(messageBytes({ a: 'é' })).toBe(10);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(messageBytes(cyclic)).toBe(Infinity);
  });

  it("the projector's view: pictures only from this server, teams from the list", () => {
    const question = {
      kind: 'question',
      question: 0,
      number: 1,
      total: 3,
      picture: '/assets/q1-abc.svg',
      rebus: [],
      open: true,
      answering: null,
      queue: [],
      lockedOut: [],
    };
    expect(check(View, question, 16_384).ok).toBe(true);
    expect(
      check(View, { ...question, picture: 'https://elsewhere.example/x.png' }, 16_384).ok,
    ).toBe(false);
    expect(check(View, { ...question, picture: '//elsewhere.example/x.png' }, 16_384).ok).toBe(
      false,
    );
    expect(check(HostOpen, { teams: [TEAMS[0]] }, 16_384).ok).toBe(false);
    expect(check(HostOpen, { teams: TEAMS }, 16_384).ok).toBe(true);
  });
});

describe('phone tokens', () => {
  it("prove the phone's team in its room only", () => {
    const rooms = new Rooms();
    const a = rooms.open(TEAMS)!;
    const b = rooms.open(TEAMS)!;
    const token = makeToken(a, 'phone1', 't1');
    expect(readToken(a, token)).toEqual({ phone: 'phone1', team: 't1' });
    expect(readToken(b, token)).toBeNull();
    expect(readToken(a, token.replace('.t1.', '.t2.'))).toBeNull();
    expect(readToken(a, 'phone1.t1')).toBeNull();
  });

  it('still prove it after a restart, when the projector brings the room back', () => {
    const before = new Rooms().open(TEAMS)!;
    const token = makeToken(before, 'p', 't2');
    const after = new Rooms();
    const again = after.open(TEAMS, before.code, before.secret)!;
    expect(after.returnPhone(again, token)).toEqual({ phone: 'p', team: 't2' });
    expect(after.open(TEAMS, before.code, 'x'.repeat(43))).toBeNull();
  });

  it('a room holds at most 300 phones', () => {
    const rooms = new Rooms();
    const room = rooms.open(TEAMS)!;
    for (let i = 0; i < 300; i++) expect(rooms.addPhone(room, i % 2 ? 't1' : 't2')).not.toBeNull();
    expect(rooms.addPhone(room, 't1')).toBeNull();
    expect(rooms.addPhone(rooms.open(TEAMS)!, 'nobody')).toBeNull();
  });
});

describe('rate limits', () => {
  it('a bucket allows its burst, then its rate', () => {
    const bucket = new Bucket(3, 6, 0);
    const at = (now: number, tries: number) =>
      Array.from({ length: tries }, () => bucket.take(now)).filter(Boolean).length;
    expect(at(0, 10)).toBe(6);
    expect(at(500, 10)).toBe(1);
    expect(at(1500, 10)).toBe(3);
    expect(at(60_000, 10)).toBe(6);
  });

  it('buckets by address are separate', () => {
    const buckets = new Buckets(1, 1);
    expect(buckets.take('10.0.0.2', 0)).toBe(true);
    expect(buckets.take('10.0.0.2', 10)).toBe(false);
    expect(buckets.has('10.0.0.3', 10)).toBe(true);
  });
});
