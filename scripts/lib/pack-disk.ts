import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPackFile } from '../../src/content/open-pack';
import type { PackResult, ValidateEnv } from '../../src/content/validate';

/**
 * Loading packs from disk with the game's own loaders, for the command line and the tests:
 * a .json pack reads its pictures from beside it, a .zip carries them, a .csv is converted.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled emoji glyphs a rebus may use: the file names in assets/emoji/svg, without ".svg". */
export function readGlyphCodes(root: string = REPO_ROOT): Set<string> {
  const dir = resolve(root, 'assets', 'emoji', 'svg');
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.slice(0, -'.svg'.length)),
  );
}

export function diskEnv(root: string = REPO_ROOT): ValidateEnv {
  return { glyphCodes: readGlyphCodes(root) };
}

/**
 * Reads a pack's files from the folder it sits in. A path that would leave the folder is
 * answered as missing (the schema already refuses such paths; this is the second lock).
 */
export function folderReader(folder: string): (path: string) => Promise<Uint8Array | null> {
  const root = resolve(folder);
  return async (path) => {
    const target = resolve(root, path);
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
    try {
      return new Uint8Array(await readFile(target));
    } catch {
      return null;
    }
  };
}

/** Loads one pack file (.json, .zip, .csv or .xlsx) by the game's rules. */
export async function loadPackFile(file: string, env: ValidateEnv): Promise<PackResult> {
  const bytes = new Uint8Array(await readFile(file));
  return openPackFile(bytes, file, folderReader(dirname(resolve(file))), env);
}
