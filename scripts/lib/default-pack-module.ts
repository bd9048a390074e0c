import { resolve } from 'node:path';
import type { Pack } from '../../src/content/pack-types';
import type { PackProblem } from '../../src/content/problems';
import { diskEnv, loadPackFile, REPO_ROOT } from './pack-disk';

/** The default pack as the build validated it: everything but its files, which the game adds. */
export interface PrevalidatedPack {
  readonly pack: Omit<Pack, 'files'>;
  readonly warnings: readonly PackProblem[];
}

export const DEFAULT_PACK_PATH = resolve(REPO_ROOT, 'assets/packs/default/pack.json');

/**
 * Validates the default pack (and its pictures) with the game's own loader when the game is
 * built, so the game does not repeat that work on every start: on a slow phone it took about a
 * second before the menu. A default pack with an error stops the build instead.
 */
export async function prevalidateDefaultPack(): Promise<PrevalidatedPack> {
  const result = await loadPackFile(DEFAULT_PACK_PATH, diskEnv());
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.place || '(pack)'}: ${p.en}`);
    throw new Error(`The default pack has problems:\n${lines.join('\n')}`);
  }
  const { id, version, hash, title, description, language, authors, licence, sources } =
    result.pack;
  const { categories, quiz, keyPicture, skit } = result.pack;
  const pack = { id, version, hash, title, description, language, authors, licence, sources };
  return {
    pack: { ...pack, categories, quiz, keyPicture, skit },
    warnings: result.warnings,
  };
}
