import type Phaser from 'phaser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopFramesWhenStill, WAKE_FRAMES } from '../../../src/shared/engine/idle-frames';

/**
 * The game loop as Phaser runs it, reduced to what stopFramesWhenStill uses: `wake` starts the
 * frames and draws one at once (Phaser's TimeStep.wake ticks), `sleep` stops them. Each frame
 * drawn records what the page showed at that moment.
 */
function fakeGame(page: { shows: string }) {
  const handlers = new Map<string, (() => void)[]>();
  const drawn: string[] = [];
  const loop = {
    running: false,
    wake: () => {
      loop.running = true;
      drawn.push(page.shows);
    },
    resetDelta: () => undefined,
    sleep: () => {
      loop.running = false;
    },
    tick: () => {
      drawn.push(page.shows);
    },
  };
  const on = (name: string, fn: () => void): void => {
    handlers.set(name, [...(handlers.get(name) ?? []), fn]);
  };
  const game = {
    loop,
    textures: { on },
    events: { on },
    scene: { getScenes: () => [] },
  };
  const emit = (name: string): void => {
    for (const fn of handlers.get(name) ?? []) fn();
  };
  return { game: game as unknown as Phaser.Game, loop, drawn, emit };
}

describe('frames stopped while still, woken by input', () => {
  const listeners = new Map<string, ((e: Event) => void)[]>();
  let frames: FrameRequestCallback[] = [];
  const dispatch = (type: string): void => {
    for (const fn of listeners.get(type) ?? []) fn(new Event(type));
  };
  const nextRefresh = (): void => {
    const due = frames;
    frames = [];
    for (const fn of due) fn(0);
  };

  beforeEach(() => {
    listeners.clear();
    frames = [];
    vi.stubGlobal('window', {
      addEventListener: (type: string, fn: (e: Event) => void) => {
        listeners.set(type, [...(listeners.get(type) ?? []), fn]);
      },
      setInterval: () => 0,
    });
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a key draws what it changed in the next frame, not the picture from before it', () => {
    const page = { shows: 'question 1' };
    const { game, drawn } = fakeGame(page);
    stopFramesWhenStill(game);
    dispatch('keydown');
    // The key's own handler runs after the wake listener (same event): it changes the page.
    page.shows = 'question 2';
    expect(drawn).toEqual([]);
    nextRefresh();
    expect(drawn).toEqual(['question 2']);
  });

  it('a burst of input asks for one frame, and none while frames already run', () => {
    const page = { shows: 'board' };
    const { game, drawn, loop } = fakeGame(page);
    stopFramesWhenStill(game);
    dispatch('pointerdown');
    dispatch('pointermove');
    dispatch('pointerup');
    expect(frames).toHaveLength(1);
    nextRefresh();
    expect(drawn).toEqual(['board']);
    expect(loop.running).toBe(true);
    dispatch('pointerdown');
    expect(frames).toHaveLength(0);
  });

  it('a change no input brought (a flight that landed) is drawn at once', () => {
    const page = { shows: 'letter landed' };
    const { game, drawn, emit } = fakeGame(page);
    stopFramesWhenStill(game);
    emit(WAKE_FRAMES);
    expect(drawn).toEqual(['letter landed']);
  });
});
