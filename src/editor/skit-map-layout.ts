/**
 * The story map's layout: columns by how many steps a node is from the start (the first path
 * that reaches it), nodes in a column in the draft's order, and what the map marks: nodes no
 * path reaches, endings no path reaches, and dead ends (a node that is not an ending and leads
 * nowhere that exists).
 */

export interface MapNodeInput {
  readonly id: string;
  readonly exits: readonly string[];
  readonly isEnding: boolean;
}

export interface MapBox {
  readonly id: string;
  readonly column: number;
  readonly row: number;
  readonly x: number;
  readonly y: number;
  readonly reachable: boolean;
  readonly deadEnd: boolean;
}

export interface MapArrow {
  readonly from: string;
  readonly to: string;
  /** SVG path data, from the right side of `from` to the left side of `to`. */
  readonly path: string;
  /** An arrow going back to an earlier column (a loop). */
  readonly back: boolean;
}

export interface MapLayout {
  readonly boxes: readonly MapBox[];
  readonly arrows: readonly MapArrow[];
  readonly width: number;
  readonly height: number;
}

export const BOX = { width: 156, height: 64, gapX: 56, gapY: 18, margin: 12 } as const;

/** Lays out the map of `nodes`, read from `start`. */
export function layoutStoryMap(nodes: readonly MapNodeInput[], start: string): MapLayout {
  const byId = new Map<string, MapNodeInput>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const depth = new Map<string, number>();
  const queue: string[] = byId.has(start) ? [start] : [];
  if (queue.length > 0) depth.set(start, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] ?? '';
    const d = depth.get(id) ?? 0;
    for (const next of byId.get(id)?.exits ?? []) {
      if (byId.has(next) && !depth.has(next)) {
        depth.set(next, d + 1);
        queue.push(next);
      }
    }
  }
  const reachedColumns = depth.size === 0 ? 0 : Math.max(...depth.values()) + 1;
  const rows: number[] = [];
  const boxes: MapBox[] = [];
  for (const n of byId.values()) {
    const reachable = depth.has(n.id);
    // Nodes no path reaches stand together in a column of their own, after the rest.
    const column = depth.get(n.id) ?? reachedColumns;
    const row = rows[column] ?? 0;
    rows[column] = row + 1;
    const deadEnd = !n.isEnding && !n.exits.some((e) => byId.has(e));
    boxes.push({
      id: n.id,
      column,
      row,
      x: BOX.margin + column * (BOX.width + BOX.gapX),
      y: BOX.margin + row * (BOX.height + BOX.gapY),
      reachable,
      deadEnd,
    });
  }
  const at = new Map(boxes.map((b) => [b.id, b]));
  const arrows: MapArrow[] = [];
  for (const from of boxes) {
    const seen = new Set<string>();
    for (const to of byId.get(from.id)?.exits ?? []) {
      const target = at.get(to);
      if (!target || seen.has(to)) continue;
      seen.add(to);
      const x1 = from.x + BOX.width;
      const y1 = from.y + BOX.height / 2;
      const x2 = target.x;
      const y2 = target.y + BOX.height / 2;
      const back = target.column <= from.column;
      // A loop goes round below its boxes, so it never hides them.
      const path = back
        ? `M${x1} ${y1} C${x1 + 40} ${y1 + 60} ${x2 - 40} ${y2 + 60} ${x2} ${y2}`
        : `M${x1} ${y1} C${(x1 + x2) / 2} ${y1} ${(x1 + x2) / 2} ${y2} ${x2} ${y2}`;
      arrows.push({ from: from.id, to, path, back });
    }
  }
  const columns = Math.max(0, ...boxes.map((b) => b.column + 1));
  const tallest = Math.max(0, ...rows);
  return {
    boxes,
    arrows,
    width: BOX.margin * 2 + columns * BOX.width + Math.max(0, columns - 1) * BOX.gapX,
    height: BOX.margin * 2 + tallest * BOX.height + Math.max(0, tallest - 1) * BOX.gapY + 40,
  };
}
