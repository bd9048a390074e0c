/**
 * Where the phone's skit puts things, in CSS pixels: pure arithmetic of the screen's size and
 * the heights of the texts shown (measured by the caller), so it is unit-tested without a game.
 */

import type { SkitView } from '../core/skit';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Type sizes of the stage's texts. */
export const TYPE = { line: 19, name: 20, prompt: 18, option: 17 } as const;

/** Height of a text of `size` px, bold or not, wrapped at `wrap` px (the scene measures it). */
export type Measure = (text: string, size: number, wrap: number, bold: boolean) => number;

/** What the stage shows now. */
export interface StageContent {
  readonly kind: SkitView['kind'];
  /** Width over height of the portrait shown, or null when nobody is shown. */
  readonly portrait: number | null;
  /** The speaker's name on its tag (a line), else null. */
  readonly name: string | null;
  /** The line, narration or consequence typed out; a choice's prompt. */
  readonly text: string;
  /** A choice's options, in the order shown. */
  readonly options: readonly string[];
}

export interface StageLayout {
  /** A landscape phone: the portrait stands beside the box, not above it. */
  readonly side: boolean;
  readonly back: Box;
  readonly history: Box;
  readonly auto: Box;
  readonly menu: Box;
  /** The white box holding the text, or the prompt and the options. */
  readonly box: Box;
  /** The portrait's picture, whole, or null when nobody is shown. */
  readonly portrait: Box | null;
  /** The speaker's name tag on the box's top edge (a line). */
  readonly tag: Box | null;
  /** The text (or the prompt): where it starts, its wrap width and its height. */
  readonly text: Box;
  /** "Next" (a line, a narration, a consequence). */
  readonly next: Box | null;
  readonly options: readonly Box[];
}

/** Smallest height of anything tapped (a thumb). */
export const TAP_MIN = 44;
const PAD = 12;
/** The top of the room under the row of buttons (back, history, auto, menu). */
const TOP = 60;
const BOX_MAX_W = 900;
/** A landscape screen lower than this (a phone) puts the portrait beside the box. */
const SIDE_BELOW_H = 520;
/** Share of the width the portrait's column may take beside the box. */
const SIDE_SHARE = 0.3;
/** The portraits' usual shape (width over height), for the column beside the box. */
const PORTRAIT_ASPECT = 0.8;
/** A portrait above the box: the tallest it gets, and the least worth drawing. */
const PORTRAIT_MAX_H = 380;
const PORTRAIT_MIN_H = 48;
const NEXT = { w: 160, h: 48 } as const;
const GAP = 8;

const TOP_BUTTONS = [
  ['back', 56],
  ['history', 100],
  ['auto', 104],
  ['menu', 64],
] as const;
type TopButtons = Pick<StageLayout, 'back' | 'history' | 'auto' | 'menu'>;

/**
 * The buttons at the top: back, history and auto on the left, the menu on the right; beside
 * the box (`column` px wide), all four in rows at the top of the column, so the box may rise to
 * the top of a low screen. Answers them and the lowest edge of their rows.
 */
function topButtons(vw: number, column: number | null): { buttons: TopButtons; bottom: number } {
  const y = 32 - TAP_MIN / 2;
  if (column === null) {
    const row = (x: number, w: number): Box => ({ x, y, w, h: TAP_MIN });
    return {
      buttons: {
        back: row(8, 56),
        history: row(72, 100),
        auto: row(180, 104),
        menu: row(vw - 72, 64),
      },
      bottom: y + TAP_MIN,
    };
  }
  const placed: Partial<Record<keyof TopButtons, Box>> = {};
  let x = 8;
  let top = y;
  for (const [id, w] of TOP_BUTTONS) {
    if (x > 8 && x + w > PAD + column) {
      x = 8;
      top += TAP_MIN + 6;
    }
    placed[id] = { x, y: top, w, h: TAP_MIN };
    x += w + 8;
  }
  const { back, history, auto, menu } = placed;
  if (!back || !history || !auto || !menu) throw new Error('a top button left out');
  return { buttons: { back, history, auto, menu }, bottom: top + TAP_MIN };
}

/** The box's height its content needs, with the options' heights and where its text starts. */
function content(
  c: StageContent,
  vh: number,
  boxW: number,
  roomH: number,
  measure: Measure,
): { need: number; textTop: number; textH: number; options: number[]; gap: number } {
  const wrap = boxW - 40;
  if (c.kind !== 'choice') {
    const textTop = c.kind === 'line' ? 30 : 20;
    const textH = c.kind === 'ending' ? 0 : measure(c.text, TYPE.line, wrap, false);
    // The text ends above the row of "Next", so the button never covers its last words.
    return { need: textTop + textH + 12 + NEXT.h + 10, textTop, textH, options: [], gap: GAP };
  }
  const textH = measure(c.text, TYPE.prompt, wrap, true);
  const optionText = c.options.map((o) => measure(o, TYPE.option, boxW - 48, true));
  // Buttons between 48 and 64 px, taller when their text needs it.
  const preferred = Math.min(64, Math.max(48, (vh * 0.3) / Math.max(1, c.options.length)));
  const sized = (least: number, pad: number, gap: number) => {
    const options = optionText.map((h) => Math.max(least, h + pad));
    return { need: 20 + textH + options.reduce((n, h) => n + h + gap, 0) + 8, options, gap };
  };
  let fit = sized(preferred, 16, GAP);
  // Too many or too long options for the room: thumb-sized buttons, closer together.
  if (fit.need > roomH) fit = sized(TAP_MIN, 10, 6);
  return { ...fit, textTop: 14, textH };
}

/** The portrait above a box at `boxY`, standing on its top edge, centred at `cx`. */
function portraitAbove(aspect: number, cx: number, boxY: number): Box | null {
  const h = Math.min(boxY - 56, PORTRAIT_MAX_H);
  if (h < PORTRAIT_MIN_H) return null;
  const w = h * aspect;
  return { x: cx - w / 2, y: boxY + 8 - h, w, h };
}

/**
 * The skit's stage on a `vw` × `vh` screen. The box sits at the bottom, as tall as its text or
 * its options need (up to the row of buttons). In portrait and on large screens the speaker's
 * portrait stands on the box; on a landscape phone it stands in a column on the left, the box
 * on its right, so a choice's options never squeeze it away.
 */
export function stageLayout(
  vw: number,
  vh: number,
  c: StageContent,
  measure: Measure,
): StageLayout {
  const side = vw > vh && vh < SIDE_BELOW_H;
  const column = side ? Math.min(vw * SIDE_SHARE, (vh - TOP) * PORTRAIT_ASPECT) : null;
  const { buttons, bottom } = topButtons(vw, column);
  // Beside the column the box may rise to the top; a line's name tag stands on its top edge.
  const boxTop = (column === null ? TOP : PAD) + (c.kind === 'line' ? 20 : 0);
  const roomH = vh - boxTop - PAD;
  const left = column === null ? PAD : PAD + column + PAD;
  const boxW = Math.min(vw - left - PAD, BOX_MAX_W);
  const boxX = left + (vw - left - PAD - boxW) / 2;
  const fill = content(c, vh, boxW, roomH, measure);
  const boxH = Math.min(roomH, Math.max(Math.min(vh * 0.42, 280), fill.need));
  const box = { x: boxX, y: vh - PAD - boxH, w: boxW, h: boxH };

  let portrait: Box | null = null;
  if (c.portrait !== null && column !== null) {
    // Fitted whole into the column under its buttons, standing on the screen's bottom edge.
    const h = Math.min(vh - bottom - 6, column / c.portrait);
    const w = h * c.portrait;
    portrait = { x: PAD + (column - w) / 2, y: vh - h, w, h };
  } else if (c.portrait !== null) portrait = portraitAbove(c.portrait, vw / 2, box.y);

  const text = { x: box.x + 20, y: box.y + fill.textTop, w: boxW - 40, h: fill.textH };
  const tag =
    c.kind === 'line' && c.name !== null
      ? {
          x: box.x + 16,
          y: box.y - 20,
          w: Math.min(boxW - 32, Math.max(120, c.name.length * 12 + 32)),
          h: 40,
        }
      : null;
  const next =
    c.kind === 'choice' || c.kind === 'ending'
      ? null
      : { x: box.x + boxW - 10 - NEXT.w, y: box.y + boxH - 10 - NEXT.h, ...NEXT };
  const options: Box[] = [];
  let y = text.y + text.h + 6;
  for (const h of fill.options) {
    options.push({ x: box.x + 16, y, w: boxW - 32, h });
    y += h + fill.gap;
  }
  return { side, ...buttons, box, portrait, tag, text, next, options };
}
