/**
 * Building blocks for the default pack's hand-written SVG art (scripts/draw-art.mjs and the
 * drawings in this folder): shapes with rounded coordinates, and a document whose root group
 * sets the dark outline once. Plain shapes only: the pack validator refuses <text>, <script>,
 * <image> and outside references.
 */
export const INK = '#2b1d16';
export const NO_STROKE = { stroke: 'none' };

// ---------------------------------------------------------------------------------------------
// SVG building blocks

export const num = (v) => String(Math.round(v * 10) / 10);

/** Tagged template for path data: every interpolated number is rounded. */
export const d = (strings, ...vals) =>
  strings.reduce((acc, s, i) => acc + s + (i < vals.length ? num(vals[i]) : ''), '');

export const attrs = (a) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : v}"`)
    .join('');

export const el = (name, a, ...kids) => {
  const inner = kids.flat(Infinity).join('');
  return inner ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
};

export const rect = (x, y, width, height, fill, o = {}) =>
  el('rect', { x, y, width, height, fill, ...o });
export const circle = (cx, cy, r, fill, o = {}) => el('circle', { cx, cy, r, fill, ...o });
export const ellipse = (cx, cy, rx, ry, fill, o = {}) =>
  el('ellipse', { cx, cy, rx, ry, fill, ...o });
export const path = (pathData, fill, o = {}) => el('path', { d: pathData, fill, ...o });
export const line = (x1, y1, x2, y2, o = {}) => el('line', { x1, y1, x2, y2, ...o });
/** Many straight strokes as one path: [[x1, y1, x2, y2], ...]. */
export const lines = (segs, o = {}) =>
  path(segs.map(([x1, y1, x2, y2]) => d`M${x1} ${y1}L${x2} ${y2}`).join(''), 'none', o);
export const poly = (pts, fill, o = {}) =>
  el('polygon', { points: pts.map(num).join(' '), fill, ...o });
export const polyline = (pts, o = {}) =>
  el('polyline', { points: pts.map(num).join(' '), fill: 'none', ...o });
export const group = (o, ...kids) => el('g', o, ...kids);
export const rotate = (a, x, y) => `rotate(${num(a)} ${num(x)} ${num(y)})`;
export const stroke = (colour, width) => ({ stroke: colour, 'stroke-width': width });

/** A whole document; `strokeWidth` is the default outline width of every shape. */
export const svgDoc = (w, h, strokeWidth, body, defs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
  (defs ? `<defs>${defs}</defs>` : '') +
  `<g stroke="${INK}" stroke-width="${strokeWidth}" stroke-linejoin="round" stroke-linecap="round">` +
  [body].flat(Infinity).join('') +
  '</g></svg>\n';

/** Circles merged into one outlined blob (foliage, clouds): outlines first, then the fills. */
export const blob = (circles, fill, outline = 6) => [
  circles.map(([x, y, r]) => circle(x, y, r, fill, { 'stroke-width': outline * 2 })),
  circles.map(([x, y, r]) => circle(x, y, r, fill, NO_STROKE)),
];

export const heartPath = (cx, cy, s) =>
  d`M${cx} ${cy + s * 0.9}C${cx - s * 1.7} ${cy - s * 0.1} ${cx - s * 0.8} ${cy - s * 1.3} ${cx} ${cy - s * 0.45}C${cx + s * 0.8} ${cy - s * 1.3} ${cx + s * 1.7} ${cy - s * 0.1} ${cx} ${cy + s * 0.9}Z`;

/** A chunky "+" drawn as a shape, for rebus pictures. */
export const plusSign = (cx, cy, s, fill = '#ff8a1f') => {
  const t = s * 0.32;
  return poly(
    [
      [cx - t, cy - s],
      [cx + t, cy - s],
      [cx + t, cy - t],
      [cx + s, cy - t],
      [cx + s, cy + t],
      [cx + t, cy + t],
      [cx + t, cy + s],
      [cx - t, cy + s],
      [cx - t, cy + t],
      [cx - s, cy + t],
      [cx - s, cy - t],
      [cx - t, cy - t],
    ].flat(),
    fill,
    { 'stroke-width': 7 },
  );
};

export const star4 = (cx, cy, r, fill) =>
  path(
    d`M${cx} ${cy - r}Q${cx + r * 0.2} ${cy - r * 0.2} ${cx + r} ${cy}Q${cx + r * 0.2} ${cy + r * 0.2} ${cx} ${cy + r}Q${cx - r * 0.2} ${cy + r * 0.2} ${cx - r} ${cy}Q${cx - r * 0.2} ${cy - r * 0.2} ${cx} ${cy - r}Z`,
    fill,
    NO_STROKE,
  );

export const cloud = (x, y, s = 1) =>
  blob(
    [
      [x, y, 34 * s],
      [x + 40 * s, y - 18 * s, 40 * s],
      [x + 84 * s, y, 32 * s],
      [x + 42 * s, y + 12 * s, 30 * s],
    ],
    '#ffffff',
    4,
  );
