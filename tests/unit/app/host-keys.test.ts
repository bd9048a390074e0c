import { describe, expect, it } from 'vitest';
import { HOST_KEYS, hostCommand } from '../../../src/host/host-keys';

describe('the projector keys', () => {
  it('puts the essential steps on a presentation clicker (PageDown/PageUp, arrows, B)', () => {
    expect(hostCommand({ key: 'PageDown' })).toEqual({ type: 'forward' });
    expect(hostCommand({ key: 'PageUp' })).toEqual({ type: 'undo' });
    expect(hostCommand({ key: 'ArrowUp' })).toEqual({ type: 'right' });
    expect(hostCommand({ key: 'ArrowDown' })).toEqual({ type: 'wrong' });
    expect(hostCommand({ key: 'b' })).toEqual({ type: 'blank' });
  });

  it('maps 1 to 6 to the teams, in order', () => {
    expect(['1', '2', '3', '4', '5', '6'].map((key) => hostCommand({ key }))).toEqual(
      [0, 1, 2, 3, 4, 5].map((index) => ({ type: 'team', index })),
    );
    expect(hostCommand({ key: '7' })).toBeNull();
  });

  it('undoes with Ctrl+Z and ignores other shortcuts of the browser', () => {
    expect(hostCommand({ key: 'z', ctrlKey: true })).toEqual({ type: 'undo' });
    expect(hostCommand({ key: 'r', ctrlKey: true })).toBeNull();
    expect(hostCommand({ key: 'f', altKey: true })).toBeNull();
  });

  it('gives every key one meaning, and every command a label for the help', () => {
    const keys = HOST_KEYS.flatMap((e) => e.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of HOST_KEYS) expect(entry.label.length).toBeGreaterThan(0);
  });

  it('keeps letter keys working with Caps Lock on', () => {
    for (const entry of HOST_KEYS) {
      for (const key of entry.keys.filter((k) => /^[a-z]$/.test(k))) {
        expect(hostCommand({ key: key.toUpperCase() })).toEqual(hostCommand({ key }));
      }
    }
  });
});
