import { titleWords } from '../shared/ui/title-words';

/**
 * Where everything goes on the result card a player shares (src/solo/share-card.ts draws it):
 * a 4:5 picture, as the messaging apps show one whole. Pure: text is measured through a
 * function, so the layout is tested without a canvas.
 */

export const CARD_W = 1080;
export const CARD_H = 1350;
const MARGIN = 64;
/** A line of text is this many times its type size tall: room for stacked marks (Ẫ, Ể). */
const LINE = 1.35;
const HELP_H = 130;

/** What the card says, in the player's language; no name, nothing about the player. */
export interface ShareCardText {
  readonly title: string;
  readonly pack: string;
  readonly score: string;
  readonly stars: string;
  readonly right: string;
  readonly learnedHeading: string;
  /** A protective message from the round ('' for none). */
  readonly learned: string;
  readonly help: string;
}

export type CardColor = 'text' | 'dim' | 'accent' | 'dark';

export type CardOp =
  /** A line of text; `y` is the middle of its line, `w` its measured width. */
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly size: number;
      readonly bold: boolean;
      readonly color: CardColor;
      readonly align: 'left' | 'center';
    }
  /** A letter tile of the game's name, its centre at x, y, turned by `turn` radians. */
  | {
      readonly kind: 'tile';
      readonly letter: string;
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly size: number;
      readonly turn: number;
    }
  | {
      readonly kind: 'panel';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: 'panel' | 'accent';
    };

/** The width of `text` at `size` px, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/**
 * Breaks `text` into lines that `fits` (a word longer than a line stands alone); past
 * `maxLines`, the last line ends in "…".
 */
export function wrapText(
  text: string,
  fits: (line: string) => boolean,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (!fits(last) && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** The card's drawing, top to bottom, for `text`. */
export function layoutShareCard(text: ShareCardText, measure: Measure): CardOp[] {
  const ops: CardOp[] = [];
  const inner = CARD_W - 2 * MARGIN;
  const cx = CARD_W / 2;
  let y = MARGIN;
  /** Lines of `s`, centred (or from the left margin + `indent`), from `y` down. */
  const paragraph = (
    s: string,
    size: number,
    bold: boolean,
    color: CardColor,
    o: { align?: 'left' | 'center'; width?: number; indent?: number; maxLines?: number } = {},
  ): void => {
    const width = o.width ?? inner;
    const align = o.align ?? 'center';
    const fits = (line: string): boolean => measure(line, size, bold) <= width;
    for (const line of wrapText(s, fits, o.maxLines)) {
      const x = align === 'center' ? cx : MARGIN + (o.indent ?? 0);
      ops.push({
        kind: 'text',
        text: line,
        x,
        y: y + (size * LINE) / 2,
        w: measure(line, size, bold),
        size,
        bold,
        color,
        align,
      });
      y += size * LINE;
    }
  };

  // The game's name as on the title screen: its first words, then its last ones in tiles.
  const name = titleWords(text.title);
  if (name.top) paragraph(name.top.toLocaleUpperCase('vi'), 68, true, 'text');
  y += 12;
  y = tileRow(ops, name.tiles, y, inner, measure);
  y += 28;
  paragraph(text.pack, 32, false, 'dim', { maxLines: 2 });
  y += 20;
  paragraph(text.score, 104, true, 'accent');
  paragraph(`★ ${text.stars}`, 52, true, 'accent');
  paragraph(text.right, 36, false, 'dim');
  y += 28;

  // What was learnt, in a panel as tall as its text, in the middle of the room left.
  const helpTop = CARD_H - MARGIN - HELP_H;
  const panelBottom = helpTop - 28;
  if (text.learned && panelBottom - y > 200) {
    const pad = 40;
    const line = 36 * LINE;
    const headingH = 40 * LINE + 8;
    const width = inner - 2 * pad;
    const room = Math.max(1, Math.floor((panelBottom - y - 2 * pad - headingH) / line));
    const lines = wrapText(text.learned, (l) => measure(l, 36, false) <= width, room).length;
    const h = 2 * pad + headingH + lines * line;
    const top = y + (panelBottom - y - h) / 2;
    ops.push({ kind: 'panel', x: MARGIN, y: top, w: inner, h, fill: 'panel' });
    y = top + pad;
    const o = { align: 'left' as const, width, indent: pad };
    paragraph(text.learnedHeading, 40, true, 'accent', o);
    y += 8;
    paragraph(text.learned, 36, false, 'text', { ...o, maxLines: room });
  }

  // The help line, on a strip of its own at the foot of the card.
  ops.push({ kind: 'panel', x: MARGIN, y: helpTop, w: inner, h: HELP_H, fill: 'accent' });
  const helpSize = 38;
  const helpLines = wrapText(text.help, (l) => measure(l, helpSize, true) <= inner - 48, 2);
  y = helpTop + (HELP_H - helpLines.length * helpSize * LINE) / 2;
  for (const line of helpLines) {
    ops.push({
      kind: 'text',
      text: line,
      x: cx,
      y: y + (helpSize * LINE) / 2,
      w: measure(line, helpSize, true),
      size: helpSize,
      bold: true,
      color: 'dark',
      align: 'center',
    });
    y += helpSize * LINE;
  }
  return ops;
}

/**
 * The tiled words of the game's name, on one row, centred, from `top`: tiles as large as fit
 * the width. Answers the bottom of the row.
 */
function tileRow(
  ops: CardOp[],
  words: readonly (readonly string[])[],
  top: number,
  width: number,
  measure: Measure,
): number {
  const letters = words.map((w) => w.map((l) => l.toLocaleUpperCase('vi')));
  const gap = 0.14;
  const wordGap = 0.45;
  /** The row's width at type size `size`: each tile a little wider than its letter. */
  const rowWidth = (size: number): number =>
    letters.reduce(
      (sum, word, i) =>
        sum +
        (i > 0 ? wordGap * size : 0) +
        word.reduce((s, l, j) => s + tileWidth(l, size) + (j > 0 ? gap * size : 0), 0),
      0,
    );
  const tileWidth = (l: string, size: number): number =>
    Math.max(1.15 * size, measure(l, size, true) + 0.3 * size);
  let size = 76;
  while (size > 24 && rowWidth(size) > width) size -= 2;
  const h = 1.45 * size;
  let x = (CARD_W - rowWidth(size)) / 2;
  let n = 0;
  letters.forEach((word, i) => {
    if (i > 0) x += wordGap * size;
    word.forEach((letter, j) => {
      if (j > 0) x += gap * size;
      const w = tileWidth(letter, size);
      const turn = (n++ % 2 === 0 ? -3 : 2.5) * (Math.PI / 180);
      ops.push({ kind: 'tile', letter, x: x + w / 2, y: top + h / 2, w, h, size, turn });
      x += w;
    });
  });
  return top + h;
}
