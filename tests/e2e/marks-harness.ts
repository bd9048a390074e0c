import Phaser from 'phaser';
import { addText, fontHasSettled } from '../../src/shared/ui/text';
import { FONT_FAMILY } from '../../src/shared/ui/theme';

/** How one text came out: the rows of ink the game's Text drew, and the rows the font has. */
export interface MarksResult {
  readonly text: string;
  readonly size: number;
  /** Rows of ink in the game's Text, and in the same text drawn with room all round. */
  readonly drawnInk: number;
  readonly fullInk: number;
  /** Empty rows above and below the ink in the game's Text. */
  readonly above: number;
  readonly below: number;
}

/** The first and last rows of `canvas` with any ink, or null when it is blank. */
function inkRows(canvas: HTMLCanvasElement): [number, number] | null {
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0 || canvas.height === 0) return null;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let first = -1;
  let last = -1;
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      if ((data[(y * canvas.width + x) * 4 + 3] ?? 0) > 24) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? null : [first, last];
}

/** `text` drawn on a canvas with room all round: the ink a text of this font really has. */
function fullInk(text: string, size: number, resolution: number): number {
  const px = size * resolution;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.font = `bold ${String(px)}px ${FONT_FAMILY}`;
  canvas.width = Math.ceil(ctx.measureText(text).width + px);
  canvas.height = Math.ceil(px * 4);
  ctx.font = `bold ${String(px)}px ${FONT_FAMILY}`;
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, px / 2, px * 2.5);
  const rows = inkRows(canvas);
  return rows ? rows[1] - rows[0] + 1 : 0;
}

async function check(
  texts: readonly string[],
  sizes: readonly number[],
  resolution: number,
): Promise<MarksResult[]> {
  await document.fonts.load(`bold 40px ${FONT_FAMILY}`, 'ẪỂỮ');
  fontHasSettled();
  const scene = await new Promise<Phaser.Scene>((resolve) => {
    new Phaser.Game({
      type: Phaser.CANVAS,
      width: 16,
      height: 16,
      banner: false,
      audio: { noAudio: true },
      scene: {
        create(this: Phaser.Scene) {
          resolve(this);
        },
      },
    });
  });
  const results: MarksResult[] = [];
  for (const size of sizes)
    for (const text of texts) {
      const label = addText(
        scene,
        0,
        0,
        text,
        { fontFamily: FONT_FAMILY, fontSize: `${String(size)}px`, fontStyle: 'bold' },
        resolution,
      );
      const rows = inkRows(label.canvas) ?? [0, -1];
      results.push({
        text,
        size,
        drawnInk: rows[1] - rows[0] + 1,
        fullInk: fullInk(text, size, resolution),
        above: rows[0],
        below: label.canvas.height - 1 - rows[1],
      });
      label.destroy();
    }
  return results;
}

Object.assign(window, { __marksHarness: { check } });
