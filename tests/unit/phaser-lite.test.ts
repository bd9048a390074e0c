import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The game ships only the parts of Phaser that src/shared/engine/phaser-lite.js imports; a scene calling
 * `this.add.sprite(…)` without it would fail only when that screen opens. This reads the source
 * for every game-object factory and loader file type it calls and checks each is built in.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

const SOURCE = sourceFiles('src')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const LITE = readFileSync('src/shared/engine/phaser-lite.js', 'utf8');

/** `add.rectangle(` → rectangle; `load.svg(` → svg (across line breaks, as prettier writes them). */
function calledNames(area: 'add' | 'make' | 'load'): Set<string> {
  const pattern = new RegExp(`\\.${area}\\s*\\.\\s*([a-z]\\w*)\\s*\\(`, 'g');
  return new Set(Array.from(SOURCE.matchAll(pattern), (m) => (m[1] ?? '').toLowerCase()));
}

/** Names (lower-cased) a `…/<Name>Factory` (or `…/<Name>File`) import in phaser-lite.js registers. */
function builtIn(suffix: 'Factory' | 'Creator' | 'File'): Set<string> {
  const pattern = new RegExp(`/(\\w+)${suffix}'`, 'g');
  return new Set(Array.from(LITE.matchAll(pattern), (m) => (m[1] ?? '').toLowerCase()));
}

describe('the Phaser build holds what the game calls', () => {
  it('every this.add.<object> the source calls', () => {
    const missing = [...calledNames('add')].filter(
      (name) => name !== 'existing' && !builtIn('Factory').has(name),
    );
    expect(missing).toEqual([]);
  });

  it('every this.make.<object> the source calls', () => {
    const missing = [...calledNames('make')].filter((name) => !builtIn('Creator').has(name));
    expect(missing).toEqual([]);
  });

  it('every this.load.<type> the source calls', () => {
    const loaderMethods = new Set([
      'once',
      'on',
      'off',
      'start',
      'reset',
      'setpath',
      'setbaseurl',
      'isloading',
    ]);
    const missing = [...calledNames('load')].filter(
      (name) => !loaderMethods.has(name) && !builtIn('File').has(name),
    );
    expect(missing).toEqual([]);
  });
});
