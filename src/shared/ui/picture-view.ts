import Phaser from '../engine/phaser-lite';
import { GLYPH_URLS } from '../packs/bundled-assets';
import type { Pack, Picture } from '../../content/pack-types';
import { TEXTURE } from '../keys';
import { addText } from './text';
import { COLOR, FONT_FAMILY } from './theme';
import { base64DataUrl } from './data-url';
import { markDrawing } from '../packs/pack-library';
import { browserStore } from '../storage/safe-storage';
import { loadWithin } from './load-within';
import { packFileUrl } from '../packs/pack-file-url';

/** Queues the textures a picture needs at `px` device pixels; answers whether any were queued. */
export function queuePictureTextures(
  scene: Phaser.Scene,
  pack: Pack,
  picture: Picture,
  px: number,
): boolean {
  let queued = false;
  const queue = (key: string, given: string | null, isSvg: boolean): void => {
    if (!given || scene.textures.exists(key)) return;
    const url = base64DataUrl(given);
    // Glyphs are square and drawn at the size they are shown; pack pictures keep their own size.
    if (isSvg)
      scene.load.svg(key, url, picture.kind === 'rebus' ? { width: px, height: px } : undefined);
    else scene.load.image(key, url);
    queued = true;
  };
  if (picture.kind === 'file') {
    queue(
      TEXTURE.packFile(pack.hash, picture.path),
      packFileUrl(pack, picture.path),
      picture.path.toLowerCase().endsWith('.svg'),
    );
  } else {
    for (const row of picture.rows) {
      for (const token of row) {
        if (token.kind === 'glyph')
          queue(TEXTURE.glyph(token.code), GLYPH_URLS.get(token.code) ?? null, true);
      }
    }
  }
  return queued;
}

/**
 * Loads what a picture needs, then resolves (at once when everything is already loaded). A
 * picture that never finishes loading leaves its place empty after PICTURE_LOAD_TIMEOUT_MS;
 * the game goes on.
 */
export async function loadPictureTextures(
  scene: Phaser.Scene,
  pack: Pack,
  picture: Picture,
  px: number,
): Promise<void> {
  if (!queuePictureTextures(scene, pack, picture, px)) return;
  // Marked until two frames after the picture is drawn: a picture that freezes the page
  // leaves the mark, and the next start sets its pack aside (PackLibrary.stoppedWhileDrawing).
  const store = browserStore();
  const drawn = picture.kind === 'file' ? markDrawing(store, pack.hash) : null;
  await loadWithin((done) => {
    scene.load.once('complete', done);
    scene.load.start();
  });
  if (drawn) requestAnimationFrame(() => requestAnimationFrame(drawn));
}

/** Draws a picture (a pack file, or a rebus row by row) centred in the box w × h. */
export function drawPicture(
  scene: Phaser.Scene,
  pack: Pack,
  picture: Picture,
  cx: number,
  cy: number,
  w: number,
  h: number,
  resolution: number,
): Phaser.GameObjects.Container {
  const box = scene.add.container(cx, cy);
  if (picture.kind === 'file') {
    const key = TEXTURE.packFile(pack.hash, picture.path);
    if (scene.textures.exists(key)) {
      const img = scene.add.image(0, 0, key);
      img.setScale(Math.min(w / img.width, h / img.height));
      box.add(img);
    }
    return box;
  }
  const rows = picture.rows;
  const longest = Math.max(...rows.map((r) => r.length));
  const cell = Math.min(w / (longest + 0.2), h / rows.length, w * 0.45);
  rows.forEach((row, r) => {
    const y = (r - (rows.length - 1) / 2) * cell;
    row.forEach((token, i) => {
      const x = (i - (row.length - 1) / 2) * cell;
      if (token.kind === 'glyph' && scene.textures.exists(TEXTURE.glyph(token.code))) {
        const img = scene.add.image(x, y, TEXTURE.glyph(token.code));
        img.setDisplaySize(cell * 0.86, cell * 0.86);
        box.add(img);
      } else {
        const text =
          token.kind === 'sign' ? token.sign : token.kind === 'text' ? token.text : token.emoji;
        const size =
          token.kind === 'sign'
            ? cell * 0.6
            : Math.min(cell * 0.5, (cell * 1.6) / Math.max(1, text.length));
        box.add(
          addText(
            scene,
            x,
            y,
            text,
            {
              fontFamily: FONT_FAMILY,
              fontSize: `${Math.max(16, Math.round(size))}px`,
              fontStyle: 'bold',
              color: token.kind === 'sign' ? '#ffc83d' : '#ffffff',
            },
            resolution,
          ).setOrigin(0.5),
        );
      }
    });
  });
  return box;
}

/** A soft panel behind a picture, so glyphs read on any projector. */
export function pictureBackdrop(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
): Phaser.GameObjects.Graphics {
  return scene.add.graphics().fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, h, 18);
}
