/**
 * The projector's question screen as boxes: pure maths of the screen's size, shared by the
 * meeting's quiz (src/host) and the pack editor's projector preview, so both show one layout.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface QuestionLayout {
  /** The margin around and between the parts. */
  readonly m: number;
  /** The right edge of the header's points line (the picture's right edge). */
  readonly headerRight: number;
  readonly picture: Box;
  /** Under the picture: what is happening, the answer once shown, or the pending prompt. */
  readonly status: Box;
  readonly timer: { readonly x: number; readonly y: number; readonly r: number };
  /** The key picture, or null when the pack has none. */
  readonly key: Box | null;
  readonly teams: Box;
  readonly bar: { readonly y: number; readonly h: number };
}

/** The key picture's caption, in world units (CSS px at 1024×768): readable from the back. */
export const KEY_CAPTION_SIZE = 28;

/**
 * The question screen: the picture on the left over a status line, and on the right the
 * countdown, the key picture and the teams; a bar of buttons along the bottom.
 */
export function questionLayout(
  vw: number,
  vh: number,
  o: { readonly answerShown: boolean; readonly hasKey: boolean },
): QuestionLayout {
  const m = 16;
  const rw = Math.min(420, vw * 0.34);
  const lw = vw - rw - 3 * m;
  const x1 = 2 * m + lw;
  const barH = 60;
  const picTop = 60;
  const statusH = o.answerShown ? Math.min(220, vh * 0.33) : 110;
  const picH = vh - picTop - statusH - barH - 3 * m;
  const r = 54;
  let y = 8 + 2 * r + 20;
  let key: Box | null = null;
  if (o.hasKey) {
    const kh = Math.min(rw * 0.62, (vh - y - barH - m) * 0.42);
    key = { x: x1, y, w: rw, h: kh };
    // Room under the key picture for its one-line caption.
    y += kh + m + Math.ceil(KEY_CAPTION_SIZE * 1.4);
  }
  return {
    m,
    headerRight: m + lw,
    picture: { x: m, y: picTop, w: lw, h: picH },
    status: { x: m, y: picTop + picH + m, w: lw, h: statusH },
    timer: { x: x1 + rw / 2, y: 8 + r + 4, r },
    key,
    teams: { x: x1, y, w: rw, h: vh - y - barH - 2 * m },
    bar: { y: vh - barH - 8, h: barH },
  };
}

/** The rows of the teams' scores: at most 72 px high, 8 px apart, filling the box. */
export function teamRows(n: number, box: Box): Box[] {
  const rowH = Math.min(72, (box.h - (n - 1) * 8) / n);
  return Array.from({ length: n }, (_, i) => ({
    x: box.x,
    y: box.y + i * (rowH + 8),
    w: box.w,
    h: rowH,
  }));
}
