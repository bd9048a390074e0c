/**
 * Rectangles of the game canvas, in device pixels: where something draws, where the picture
 * changed. Pure arithmetic, for `still-parts.ts`.
 */

/** A rectangle in device pixels of the game canvas; one 0 wide or 0 tall holds nothing. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const EMPTY: Box = { x: 0, y: 0, w: 0, h: 0 };

/** More separate boxes than this are drawn as the one box around them all. */
export const MAX_BOXES = 6;

/** Whether two boxes share any pixel. */
export function meets(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The smallest box holding both (an empty box holds nothing). */
export function union(a: Box, b: Box): Box {
  if (a.w <= 0 || a.h <= 0) return b;
  if (b.w <= 0 || b.h <= 0) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/**
 * `boxes` with `box` added: merged with every box it meets (and those with the boxes they then
 * meet), so that no two boxes overlap; all merged into one past `MAX_BOXES`. An empty box
 * changes nothing.
 */
export function addBox(boxes: readonly Box[], box: Box): Box[] {
  if (box.w <= 0 || box.h <= 0) return [...boxes];
  let merged = box;
  let rest = [...boxes];
  for (let again = true; again;) {
    again = false;
    const kept: Box[] = [];
    for (const b of rest) {
      if (meets(b, merged)) {
        merged = union(b, merged);
        again = true;
      } else kept.push(b);
    }
    rest = kept;
  }
  const out = [...rest, merged];
  return out.length > MAX_BOXES ? [out.reduce(union)] : out;
}
