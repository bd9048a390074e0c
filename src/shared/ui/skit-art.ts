import type Phaser from 'phaser';
import type { Pack } from '../../content/pack-types';
import type { Skit } from '../../core/types';
import { TEXTURE } from '../keys';
import { loadPictureTextures } from './picture-view';

/**
 * Loads a skit's backgrounds and portraits, each file once: backgrounds at `backgroundPx`
 * device pixels on their long side, portraits at `portraitPx`.
 */
export async function loadSkitArt(
  scene: Phaser.Scene,
  pack: Pack,
  skit: Skit,
  backgroundPx: number,
  portraitPx: number,
): Promise<void> {
  const backgrounds = new Set(Object.values(skit.backgrounds));
  const portraits = new Set(skit.characters.flatMap((c) => Object.values(c.portraits)));
  await Promise.all(
    [...new Set([...backgrounds, ...portraits])].map((path) =>
      loadPictureTextures(
        scene,
        pack,
        { kind: 'file', path },
        backgrounds.has(path) ? backgroundPx : portraitPx,
      ),
    ),
  );
}

/** A loaded background covering the w × h view, or null when there is none (or not yet). */
export function skitBackground(
  scene: Phaser.Scene,
  pack: Pack,
  skit: Skit,
  id: string | null,
  w: number,
  h: number,
): Phaser.GameObjects.Image | null {
  const path = id === null ? undefined : skit.backgrounds[id];
  if (path === undefined) return null;
  const key = TEXTURE.packFile(pack.hash, path);
  if (!scene.textures.exists(key)) return null;
  const img = scene.add.image(w / 2, h / 2, key);
  img.setScale(Math.max(w / img.width, h / img.height));
  return img;
}

/** A character's loaded portrait for an expression (neutral when it has none), else null. */
export function skitPortrait(
  scene: Phaser.Scene,
  pack: Pack,
  skit: Skit,
  character: string,
  expression: string,
): Phaser.GameObjects.Image | null {
  const who = skit.characters.find((c) => c.id === character);
  const path = who?.portraits[expression] ?? who?.portraits.neutral;
  if (path === undefined) return null;
  const key = TEXTURE.packFile(pack.hash, path);
  if (!scene.textures.exists(key)) return null;
  return scene.add.image(0, 0, key);
}
