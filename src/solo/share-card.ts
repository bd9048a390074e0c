import type { Pack } from '../content/pack-types';
import { downloadBlob } from '../shared/ui/download';
import { CSS_COLOR, FONT_FAMILY } from '../shared/ui/theme';
import { shareCardText, shareMessage, type SharedRound } from './share-card-text';
import {
  CARD_H,
  CARD_W,
  layoutShareCard,
  type CardColor,
  type CardOp,
  type ShareCardText,
} from './share-card-layout';

/**
 * The result card: drawn on a canvas off the page and offered through the phone's share sheet
 * (so it reaches Zalo or Messenger), else its text, else saved as a picture. Loaded when
 * "Chia sẻ" is pressed: nothing of it weighs on the menu or the quiz.
 */

export const CARD_FILE_NAME = 'duoi-hinh-bat-chu-ket-qua.png';

/** How the card left: the share sheet, as text, saved as a file; or not at all. */
export type ShareOutcome = 'shared-file' | 'shared-text' | 'saved' | 'cancelled' | 'failed';

const COLORS: Readonly<Record<CardColor, string>> = {
  text: CSS_COLOR.text,
  dim: CSS_COLOR.textDim,
  accent: CSS_COLOR.accent,
  dark: CSS_COLOR.dark,
};
const NAVY = '#1b2a4a';
const PANEL = '#243a66';
const TILE_SHADOW = '#8a5a00';

const font = (size: number, bold: boolean): string =>
  `${bold ? 700 : 400} ${size}px ${FONT_FAMILY}`;

/** The game's font, if it comes within a moment; else the phone's own. */
async function fontsReady(): Promise<void> {
  const loads = [400, 700].map((w) => document.fonts.load(`${w} 40px "Be Vietnam Pro"`, 'Đuổi'));
  await Promise.race([
    Promise.allSettled(loads),
    new Promise((resolve) => {
      setTimeout(resolve, 2000);
    }),
  ]);
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  // Square corners on a browser without roundRect (Safari before 16).
  if (typeof CanvasRenderingContext2D.prototype.roundRect === 'function')
    ctx.roundRect(x, y, w, h, r);
  else ctx.rect(x, y, w, h);
  ctx.fill();
}

function background(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = NAVY;
  ctx.fillRect(0, 0, CARD_W, CARD_H);
  const glow = ctx.createRadialGradient(CARD_W / 2, 140, 0, CARD_W / 2, 140, 640);
  glow.addColorStop(0, 'rgba(255, 200, 61, 0.22)');
  glow.addColorStop(1, 'rgba(255, 200, 61, 0)');
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, CARD_W, CARD_H);
  // The board of faint squares the title screen has.
  ctx.fillStyle = 'rgba(255, 255, 255, 0.045)';
  for (let x = 0; x < CARD_W; x += 60) ctx.fillRect(x, 0, 3, CARD_H);
  for (let y = 0; y < CARD_H; y += 60) ctx.fillRect(0, y, CARD_W, 3);
}

function draw(ctx: CanvasRenderingContext2D, op: CardOp): void {
  switch (op.kind) {
    case 'panel':
      ctx.fillStyle = op.fill === 'accent' ? CSS_COLOR.accent : PANEL;
      roundRect(ctx, op.x, op.y, op.w, op.h, 32);
      return;
    case 'tile':
      ctx.save();
      ctx.translate(op.x, op.y);
      ctx.rotate(op.turn);
      ctx.fillStyle = TILE_SHADOW;
      roundRect(ctx, -op.w / 2, -op.h / 2 + 8, op.w, op.h, op.size * 0.18);
      ctx.fillStyle = CSS_COLOR.accent;
      roundRect(ctx, -op.w / 2, -op.h / 2, op.w, op.h, op.size * 0.18);
      ctx.fillStyle = CSS_COLOR.dark;
      ctx.font = font(op.size, true);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      // Low in its tile: the capital's marks stand above it.
      ctx.fillText(op.letter, 0, op.size * 0.12);
      ctx.restore();
      return;
    case 'text':
      ctx.fillStyle = COLORS[op.color];
      ctx.font = font(op.size, op.bold);
      ctx.textAlign = op.align;
      ctx.textBaseline = 'middle';
      ctx.fillText(op.text, op.x, op.y);
      return;
  }
}

/** The card as a PNG. */
export async function drawShareCard(text: ShareCardText): Promise<Blob> {
  await fontsReady();
  const canvas = document.createElement('canvas');
  canvas.width = CARD_W;
  canvas.height = CARD_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const measure = (s: string, size: number, bold: boolean): number => {
    ctx.font = font(size, bold);
    return ctx.measureText(s).width;
  };
  background(ctx);
  for (const op of layoutShareCard(text, measure)) draw(ctx, op);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The card could not be drawn'));
    }, 'image/png');
  });
}

const cancelled = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * Offers the card: as a picture through the share sheet where the browser can share files,
 * else its words through the share sheet, else saved as a PNG on the device.
 */
export async function shareCard(
  text: ShareCardText,
  message: { readonly title: string; readonly text: string },
): Promise<ShareOutcome> {
  let blob: Blob;
  try {
    blob = await drawShareCard(text);
  } catch {
    return 'failed';
  }
  const file = new File([blob], CARD_FILE_NAME, { type: 'image/png' });
  const nav = navigator;
  try {
    if (typeof nav.share === 'function') {
      if (typeof nav.canShare === 'function' && nav.canShare({ files: [file] })) {
        await nav.share({ files: [file], title: message.title, text: message.text });
        return 'shared-file';
      }
      await nav.share({ title: message.title, text: message.text });
      return 'shared-text';
    }
  } catch (error) {
    if (cancelled(error)) return 'cancelled';
    // Refused (the press was too long ago for the browser): the picture is saved instead.
  }
  try {
    downloadBlob(CARD_FILE_NAME, blob);
    return 'saved';
  } catch {
    return 'failed';
  }
}

/** The card of `round` of `pack`, offered as `shareCard` does. */
export function shareRound(pack: Pack, round: SharedRound): Promise<ShareOutcome> {
  return shareCard(shareCardText(pack, round), shareMessage(pack, round));
}
