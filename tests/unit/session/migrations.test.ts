import { describe, it, expect } from 'vitest';
import { SAVE_FORMAT } from '../../../src/core/session/action-log';
import { loadSave, MIGRATIONS } from '../../../src/core/session/migrations';

const CURRENT = {
  format: 2,
  activity: 'team-quiz',
  pack: { id: 'thu-nghiem', version: '1.0.0', hash: 'abc123' },
  seed: 8,
  startedAt: 1000,
  config: { teams: [] },
  actions: [{ by: 'facilitator', action: { type: 'start-timer', at: 1000 } }],
};

const FORMAT_1_TEAM = {
  format: 1,
  activity: 'team-quiz',
  packId: 'thu-nghiem',
  packHash: 'abc123',
  packVersion: '0.9.0',
  seed: 8,
  startedAt: 1000,
  config: { teams: [] },
  actions: [
    { type: 'start-timer', at: 1000 },
    { type: 'time-up', at: 31_000 },
  ],
};

describe('loadSave: current format', () => {
  it('opens as it is, not migrated', () => {
    expect(SAVE_FORMAT).toBe(2);
    const r = loadSave(CURRENT);
    expect(r).toEqual({ ok: true, log: CURRENT, migratedFrom: null });
  });

  it('survives a JSON round trip', () => {
    expect(loadSave(JSON.parse(JSON.stringify(CURRENT)))).toEqual({
      ok: true,
      log: CURRENT,
      migratedFrom: null,
    });
  });
});

describe('loadSave: format 1', () => {
  it('wraps bare actions with who did them and gathers the pack fields', () => {
    const r = loadSave(FORMAT_1_TEAM);
    expect(r).toEqual({
      ok: true,
      migratedFrom: 1,
      log: {
        format: 2,
        activity: 'team-quiz',
        pack: { id: 'thu-nghiem', hash: 'abc123', version: '0.9.0' },
        seed: 8,
        startedAt: 1000,
        config: { teams: [] },
        actions: [
          { by: 'facilitator', action: { type: 'start-timer', at: 1000 } },
          { by: 'clock', action: { type: 'time-up', at: 31_000 } },
        ],
      },
    });
    expect(r.ok && 'packId' in r.log).toBe(false);
  });

  it('solo actions are the player’s; a missing version becomes "0"', () => {
    const r = loadSave({
      format: 1,
      activity: 'solo-quiz',
      packId: 'p',
      packHash: 'h',
      seed: 1,
      startedAt: 0,
      config: {},
      actions: [{ type: 'skip', at: 5 }, 'rac'],
    });
    expect(r.ok && r.log.pack).toEqual({ id: 'p', hash: 'h', version: '0' });
    expect(r.ok && r.log.actions).toEqual([
      { by: 'player', action: { type: 'skip', at: 5 } },
      { by: 'player', action: 'rac' },
    ]);
  });

  it('the migration alone turns missing actions into none', () => {
    const migrate = MIGRATIONS[1]!;
    expect(migrate({ format: 1, packId: 'p', packHash: 'h' })).toEqual({
      format: 2,
      pack: { id: 'p', hash: 'h', version: '0' },
      actions: [],
    });
  });

  it('a format-1 save without a pack id is not a save', () => {
    const { packId: _dropped, ...rest } = FORMAT_1_TEAM;
    expect(_dropped).toBe('thu-nghiem');
    expect(loadSave(rest)).toEqual({ ok: false, reason: 'not-a-save' });
  });
});

describe('loadSave: refusals', () => {
  it('a newer format is refused, never rewritten', () => {
    expect(loadSave({ ...CURRENT, format: 3 })).toEqual({
      ok: false,
      reason: 'newer-format',
      format: 3,
    });
  });

  it('garbage is not a save', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'save',
      [],
      [CURRENT],
      {},
      { ...CURRENT, format: '2' },
      { ...CURRENT, format: 0 },
      { ...CURRENT, format: 1.5 },
      { ...CURRENT, activity: 3 },
      { ...CURRENT, seed: '8' },
      { ...CURRENT, startedAt: null },
      { ...CURRENT, actions: {} },
      { ...CURRENT, pack: null },
      { ...CURRENT, pack: { id: 'x' } },
      { ...CURRENT, pack: { hash: 'x' } },
    ];
    for (const g of garbage) expect(loadSave(g)).toEqual({ ok: false, reason: 'not-a-save' });
  });
});
