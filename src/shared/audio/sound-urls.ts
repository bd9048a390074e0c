import { isSoundKey, type SoundKey } from './sound-keys';

/** Where each sound file is served from; a sound without a URL is silently skipped. */
export type SoundUrls = Partial<Readonly<Record<SoundKey, string>>>;

// Going through the bundler gives fingerprinted URLs (or inlined data URLs for tiny files).
const modules = import.meta.glob<string>('/assets/audio/*.mp3', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Maps bundler module paths such as `/assets/audio/tap.mp3` to sound keys; others are ignored. */
export function soundUrlsFrom(paths: Readonly<Record<string, string>>): SoundUrls {
  const urls: Partial<Record<SoundKey, string>> = {};
  for (const [path, url] of Object.entries(paths)) {
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.mp3$/, '');
    if (isSoundKey(name)) urls[name] = url;
  }
  return urls;
}

export const SOUND_URLS: SoundUrls = soundUrlsFrom(modules);
