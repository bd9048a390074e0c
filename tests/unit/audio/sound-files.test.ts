import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import musicLoop from '../../../assets/audio/music-loop.json';
import { SOUND_KEYS } from '../../../src/shared/audio/sound-keys';
import { SOUND_URLS, soundUrlsFrom } from '../../../src/shared/audio/sound-urls';

const AUDIO_DIR = join(import.meta.dirname, '../../../assets/audio');
const BUDGET_BYTES = 300 * 1024;

describe('generated sound files', () => {
  const files = readdirSync(AUDIO_DIR);

  it('has one mp3 for every sound key and none without a key', () => {
    const mp3Keys = files.filter((name) => name.endsWith('.mp3')).map((name) => name.slice(0, -4));
    expect(mp3Keys.sort()).toEqual([...SOUND_KEYS].sort());
  });

  it('stays within the audio budget', () => {
    const total = files.reduce((sum, name) => sum + statSync(join(AUDIO_DIR, name)).size, 0);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });

  it('describes a music loop that fits inside music.mp3 with room for decoder delay', () => {
    expect(musicLoop.startMs).toBeGreaterThanOrEqual(100);
    expect(musicLoop.durationMs).toBeGreaterThan(15_000);
  });
});

describe('sound URLs', () => {
  it('finds a URL for every sound key through the bundler', () => {
    expect(Object.keys(SOUND_URLS).sort()).toEqual([...SOUND_KEYS].sort());
  });

  it('maps module paths to keys and ignores files that are not sounds', () => {
    expect(
      soundUrlsFrom({
        '/assets/audio/tap.mp3': '/a/tap-1234.mp3',
        '/assets/audio/timeUp.mp3': 'data:audio/mpeg;base64,AAAA',
        '/assets/audio/old-jingle.mp3': '/a/old.mp3',
      }),
    ).toEqual({ tap: '/a/tap-1234.mp3', timeUp: 'data:audio/mpeg;base64,AAAA' });
  });
});
