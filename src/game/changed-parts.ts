import type Phaser from 'phaser';

/**
 * Draws only the parts of a scene's picture that changed since the last frame (Canvas renderer).
 *
 * Phaser's Canvas renderer draws every object every frame, and Chromium then rasters and copies
 * every pixel of the canvas: at a phone's 2 device pixels per CSS pixel that is 1.4 million
 * pixels a frame to move one letter. Here each frame first works out, for every object that is
 * drawn, its box on the canvas and a hash of everything that changes how it looks (position,
 * scale, rotation, alpha, visibility, drawing order, text and its style, texture and frame,
 * drawing commands, shape colours). Where an object appeared, disappeared or changed, its old
 * and new boxes are "damaged"; the frame then draws the scene as usual but clipped to the
 * damaged boxes, so only they are painted again (the background first, then every object in
 * order, exactly as a whole frame would paint them there). The rest of the canvas keeps the
 * last frame's pixels: the game does not clear the canvas between frames
 * (`clearBeforeRender: false`). A frame with nothing damaged paints nothing at all.
 *
 * The whole canvas is drawn instead whenever a box cannot be known (an object type this does
 * not measure, a mask, Graphics transforms), on the scene's first frame, when the canvas or
 * the camera changes, while a camera effect runs, or when another scene draws too.
 */

/** Phaser's CONST.CANVAS: the renderer type this works with. */
const CANVAS = 1;
/** Device pixels added around each box: anti-aliased edges and rounding. */
const MARGIN = 2;
/** Above this share of the canvas, one whole frame is simpler than clipping. */
const WHOLE_SHARE = 0.6;
/** More damaged boxes than this are drawn as the one box around them all. */
const MAX_BOXES = 8;

/** Phaser's Graphics command ids (gameobjects/graphics/Commands.js) and their argument counts. */
const COMMAND_ARGS: Record<number, number> = {
  0: 7, // ARC x, y, radius, start, end, anticlockwise, overshoot
  1: 0, // BEGIN_PATH
  2: 0, // CLOSE_PATH
  3: 4, // FILL_RECT x, y, w, h
  4: 2, // LINE_TO x, y
  5: 2, // MOVE_TO x, y
  6: 3, // LINE_STYLE width, colour, alpha
  7: 2, // FILL_STYLE colour, alpha
  8: 0, // FILL_PATH
  9: 0, // STROKE_PATH
  10: 6, // FILL_TRIANGLE
  11: 6, // STROKE_TRIANGLE
  21: 5, // GRADIENT_FILL_STYLE
  22: 6, // GRADIENT_LINE_STYLE
};

/** A box in device pixels: [x0, y0) to [x1, y1). */
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An affine matrix [a, b, c, d, e, f] as the canvas uses them. */
type Matrix = readonly [number, number, number, number, number, number];

interface Seen {
  readonly box: Rect;
  readonly hash: number;
}

type Drawn = Phaser.GameObjects.GameObject & {
  x: number;
  y: number;
  rotation: number;
  scaleX: number;
  scaleY: number;
  alpha: number;
  visible: boolean;
  blendMode: number | string;
  mask?: unknown;
  list?: Drawn[];
  willRender: (camera: Phaser.Cameras.Scene2D.Camera) => boolean;
  renderCanvas?: unknown;
};

interface FrameLike {
  x: number;
  y: number;
  cutWidth: number;
  cutHeight: number;
  name: string | number;
  source: { resolution?: number };
  texture: { key: string };
}

interface CameraRender {
  render: (renderer: unknown, displayList: Phaser.GameObjects.DisplayList) => void;
  getVisibleChildren: (children: Drawn[], camera: Phaser.Cameras.Scene2D.Camera) => Drawn[];
  cameras: readonly Phaser.Cameras.Scene2D.Camera[];
  main: Phaser.Cameras.Scene2D.Camera;
}

interface CameraInternals {
  renderList: unknown[];
  matrixCombined?: Phaser.GameObjects.Components.TransformMatrix;
  matrix: Phaser.GameObjects.Components.TransformMatrix;
  fadeEffect: { isRunning: boolean };
  flashEffect: { isRunning: boolean };
  shakeEffect: { isRunning: boolean };
  mask?: unknown;
}

interface CanvasRendererLike {
  render: (scene: Phaser.Scene, children: Drawn[], camera: Phaser.Cameras.Scene2D.Camera) => void;
}

/** Mixes `value` into the running hash `h` (FNV-1a style over 32-bit words). */
function mix(h: number, value: number): number {
  const v = Number.isFinite(value) ? Math.round(value * 64) : 0x7fffffff;
  return Math.imul(h ^ (v | 0), 16777619) >>> 0;
}

function mixText(h: number, text: string): number {
  let out = mix(h, text.length);
  for (let i = 0; i < text.length; i += 1) out = mix(out, text.charCodeAt(i));
  return out;
}

function multiply(p: Matrix, q: Matrix): Matrix {
  return [
    p[0] * q[0] + p[2] * q[1],
    p[1] * q[0] + p[3] * q[1],
    p[0] * q[2] + p[2] * q[3],
    p[1] * q[2] + p[3] * q[3],
    p[0] * q[4] + p[2] * q[5] + p[4],
    p[1] * q[4] + p[3] * q[5] + p[5],
  ];
}

/** An object's own translate, rotate, scale, as Phaser applies it (applyITRS). */
function local(o: Drawn): Matrix {
  if (o.rotation === 0) return [o.scaleX, 0, 0, o.scaleY, o.x, o.y];
  const sin = Math.sin(o.rotation);
  const cos = Math.cos(o.rotation);
  return [cos * o.scaleX, sin * o.scaleX, -sin * o.scaleY, cos * o.scaleY, o.x, o.y];
}

/** The device-pixel box of the local rectangle (x, y, w, h) under `m`, with a margin. */
function deviceBox(m: Matrix, x: number, y: number, w: number, h: number): Rect {
  // The corners' extremes: each axis of the matrix adds its smaller or larger end.
  const ax = m[0] * x;
  const bx = m[0] * (x + w);
  const cy = m[2] * y;
  const dy = m[2] * (y + h);
  const ay = m[1] * x;
  const by = m[1] * (x + w);
  const cx = m[3] * y;
  const dx = m[3] * (y + h);
  return {
    x0: Math.floor(Math.min(ax, bx) + Math.min(cy, dy) + m[4]) - MARGIN,
    y0: Math.floor(Math.min(ay, by) + Math.min(cx, dx) + m[5]) - MARGIN,
    x1: Math.ceil(Math.max(ax, bx) + Math.max(cy, dy) + m[4]) + MARGIN,
    y1: Math.ceil(Math.max(ay, by) + Math.max(cx, dx) + m[5]) + MARGIN,
  };
}

/**
 * A Graphics object's drawing commands: their local bounds (null when they cannot be known
 * here: transforms inside the commands) and a hash of them all. Nothing drawn: an empty box.
 */
function graphicsShape(commands: readonly number[]): { rect: Rect | null; hash: number } {
  let hash = mix(2166136261, commands.length);
  for (const c of commands) hash = mix(hash, c);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let line = 0;
  const take = (x: number, y: number, r = 0): void => {
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
  };
  for (let i = 0; i < commands.length;) {
    const id = commands[i] ?? -1;
    const args = COMMAND_ARGS[id];
    if (args === undefined) return { rect: null, hash };
    const at = (k: number): number => commands[i + 1 + k] ?? 0;
    if (id === 0) take(at(0), at(1), at(2));
    else if (id === 3) {
      take(at(0), at(1));
      take(at(0) + at(2), at(1) + at(3));
    } else if (id === 4 || id === 5) take(at(0), at(1));
    else if (id === 6) line = Math.max(line, at(0));
    else if (id === 10 || id === 11) for (let k = 0; k < 6; k += 2) take(at(k), at(k + 1));
    i += 1 + args;
  }
  if (x0 > x1) return { rect: { x0: 0, y0: 0, x1: 0, y1: 0 }, hash };
  const half = line / 2;
  return { rect: { x0: x0 - half, y0: y0 - half, x1: x1 + half, y1: y1 + half }, hash };
}

const SHAPE_KEYS = [
  'width',
  'height',
  'fillColor',
  'fillAlpha',
  'strokeColor',
  'strokeAlpha',
  'lineWidth',
  'radius',
] as const;

/** How an object looks apart from its place: a hash, and its local box (x, y, w, h). */
interface Look {
  /** The values it was worked out from, compared by identity next frame. */
  readonly parts: readonly unknown[];
  readonly hash: number;
  readonly rect: readonly [number, number, number, number];
}

/** Each object's last look: unchanged parts (the same strings, numbers) reuse it. */
const looks = new WeakMap<object, Look>();

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The look of `o` from `parts`, worked out by `make` only when a part changed. */
function remember(
  o: object,
  parts: readonly unknown[],
  make: () => Omit<Look, 'parts'> | null,
): Look | null {
  const was = looks.get(o);
  if (was && sameParts(was.parts, parts)) return was;
  const got = make();
  if (!got) return null;
  const look = { ...got, parts: [...parts] };
  looks.set(o, look);
  return look;
}

const EMPTY: Look['rect'] = [0, 0, 0, 0];

/** The look of a Graphics: its drawing commands (null when its box cannot be known here). */
function graphicsLook(o: Drawn, commands: readonly number[]): Look | null {
  return remember(o, commands, () => {
    const shape = graphicsShape(commands);
    if (!shape.rect) return null;
    const r = shape.rect;
    const hash = mix(mixText(2166136261, o.type), shape.hash);
    if (r.x1 <= r.x0 || r.y1 <= r.y0) return { hash, rect: EMPTY };
    return { hash, rect: [r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0] };
  });
}

/** The look of a textured object (an Image; a Text, whose letters are drawn into its frame). */
function frameLook(o: Drawn, any: Record<string, unknown>, frame: FrameLike): Look | null {
  if (any.isCropped === true || any.flipX === true || any.flipY === true) return null;
  const style = (any.style ?? {}) as Record<string, unknown>;
  const parts = [
    o.type,
    any.displayOriginX,
    any.displayOriginY,
    frame.texture.key,
    frame.name,
    frame.x,
    frame.y,
    frame.cutWidth,
    frame.cutHeight,
    frame.source.resolution,
    any.text,
    style._font,
    style.color,
    style.stroke,
    style.strokeThickness,
    style.backgroundColor,
    style.align,
  ];
  return remember(o, parts, () => {
    let hash = 2166136261;
    for (const part of parts)
      hash = typeof part === 'number' ? mix(hash, part) : mixText(hash, String(part));
    const res = frame.source.resolution ?? 1;
    const ox = Number(any.displayOriginX) || 0;
    const oy = Number(any.displayOriginY) || 0;
    return {
      hash,
      rect: [frame.x - ox, frame.y - oy, frame.cutWidth / res, frame.cutHeight / res],
    };
  });
}

/** The look of a Shape (the Rectangle the feedback card dims the board with). */
function shapeLook(o: Drawn, any: Record<string, unknown>): Look | null {
  const parts = [
    o.type,
    any.displayOriginX,
    any.displayOriginY,
    any.isFilled,
    any.isStroked,
    ...SHAPE_KEYS.map((key) => any[key]),
  ];
  return remember(o, parts, () => {
    let hash = mixText(2166136261, o.type);
    for (const part of parts.slice(1))
      hash = mix(hash, typeof part === 'number' ? part : part === true ? 1 : 0);
    const line = any.isStroked === true ? Number(any.lineWidth) || 0 : 0;
    const ox = Number(any.displayOriginX) || 0;
    const oy = Number(any.displayOriginY) || 0;
    return {
      hash,
      rect: [-ox - line / 2, -oy - line / 2, Number(any.width) + line, Number(any.height) + line],
    };
  });
}

/**
 * Where `o` draws on the canvas under the world matrix `m`, and a hash of how it looks apart
 * from its place; null when this cannot tell (the whole canvas is drawn then).
 */
function measure(o: Drawn, m: Matrix): { box: Rect; hash: number } | null {
  if (o.mask) return null;
  const any = o as unknown as Record<string, unknown>;
  const commands = any.commandBuffer;
  const frame = any.frame as FrameLike | undefined;
  const look = Array.isArray(commands)
    ? graphicsLook(o, commands as number[])
    : frame && typeof frame.cutWidth === 'number'
      ? frameLook(o, any, frame)
      : typeof any.isFilled === 'boolean' &&
          typeof any.width === 'number' &&
          typeof any.height === 'number'
        ? shapeLook(o, any)
        : null;
  if (!look) return null;
  const [x, y, w, h] = look.rect;
  const hash = mix(look.hash, typeof o.blendMode === 'number' ? o.blendMode : 0);
  if (w <= 0 || h <= 0) return { box: { x0: 0, y0: 0, x1: 0, y1: 0 }, hash };
  return { box: deviceBox(m, x, y, w, h), hash };
}

function area(r: Rect): number {
  return Math.max(0, r.x1 - r.x0) * Math.max(0, r.y1 - r.y0);
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function union(a: Rect, b: Rect): Rect {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

/** Damaged boxes clipped to the canvas, overlapping ones merged, at most MAX_BOXES. */
export function mergeDamage(boxes: readonly Rect[], width: number, height: number): Rect[] {
  let out: Rect[] = [];
  for (const b of boxes) {
    const r = {
      x0: Math.max(0, b.x0),
      y0: Math.max(0, b.y0),
      x1: Math.min(width, b.x1),
      y1: Math.min(height, b.y1),
    };
    if (r.x1 > r.x0 && r.y1 > r.y0) out.push(r);
  }
  for (let merged = true; merged;) {
    merged = false;
    const next: Rect[] = [];
    for (const r of out) {
      const i = next.findIndex((n) => overlaps(n, r));
      const hit = next[i];
      if (hit) {
        next[i] = union(hit, r);
        merged = true;
      } else next.push(r);
    }
    out = next;
  }
  if (out.length > MAX_BOXES) out = [out.reduce(union)];
  return out;
}

/** What one walk over the display list found. */
interface Walk {
  /** Every object that paints: its box and hash. */
  seen: Map<Drawn, Seen>;
  /** Every object that renders (containers and tap areas too), in Phaser's render order. */
  order: Drawn[];
  /** A container's box: around everything it paints (null when it paints nothing). */
  extent: Map<Drawn, Rect | null>;
  /** False when some drawn object's box could not be known. */
  known: boolean;
}

/** Every drawn object's box and hash, in drawing order, as Phaser's renderers walk them. */
function walk(
  children: readonly Drawn[],
  camera: Phaser.Cameras.Scene2D.Camera,
  view: Matrix,
): Walk {
  const out: Walk = { seen: new Map(), order: [], extent: new Map(), known: true };
  let painted = 0;
  const visit = (list: readonly Drawn[], parent: Matrix, alpha: number): Rect | null => {
    let around: Rect | null = null;
    for (const o of list) {
      if (!o.willRender(camera)) continue;
      out.order.push(o);
      const m = multiply(parent, local(o));
      const a = alpha * o.alpha;
      if (o.list) {
        if (o.mask) out.known = false;
        const inside = visit(o.list, m, a);
        out.extent.set(o, inside);
        if (inside) around = around ? union(around, inside) : inside;
        continue;
      }
      // A Zone is only a tap area: it paints nothing.
      if (typeof o.renderCanvas !== 'function' || o.type === 'Zone') continue;
      const got = measure(o, m);
      if (!got) {
        out.known = false;
        continue;
      }
      let hash = mix(mix(got.hash, painted), a);
      for (const v of m) hash = mix(hash, v);
      painted += 1;
      out.seen.set(o, { box: got.box, hash });
      around = around ? union(around, got.box) : got.box;
    }
    return around;
  };
  visit(children, view, 1);
  return out;
}

/**
 * Hides, for one drawing call, every object whose box misses all of `boxes` (a container whose
 * whole extent misses them, or else those of its objects that do): the clip would discard
 * their pixels anyway, and skipping them saves their drawing calls. Answers how to undo it.
 */
function hideOutside(list: readonly Drawn[], found: Walk, boxes: readonly Rect[]): () => void {
  const hidden: Drawn[] = [];
  const touches = (r: Rect | null | undefined): boolean =>
    r !== null && r !== undefined && boxes.some((b) => overlaps(b, r));
  const visit = (objects: readonly Drawn[]): void => {
    for (const o of objects) {
      if (!o.visible) continue;
      const box = o.list ? found.extent.get(o) : found.seen.get(o)?.box;
      if (!touches(box)) {
        o.visible = false;
        hidden.push(o);
      } else if (o.list) visit(o.list);
    }
  };
  visit(list);
  return (): void => {
    for (const o of hidden) o.visible = true;
  };
}

/** What the end-to-end test reads when it asks for checked frames (see `checkFrame`). */
export interface FrameCheck {
  /** How many boxes were painted: 0 for none, -1 for the whole canvas. */
  readonly boxes: number;
  /**
   * Pixels of the canvas that differ by more than OFF in a colour channel from the same frame
   * painted whole. Where a clip's edge crosses an anti-aliased edge, Skia shades a pixel or two
   * a little differently (seen up to 49 of 255); something left behind or missing differs in
   * hundreds of pixels, by far more.
   */
  readonly offPixels: number;
  /** The largest difference of a colour channel (0–255), and the box around the off pixels. */
  readonly most: number;
  readonly where: Rect | null;
}

/** A colour channel differing by more than this is counted as off. */
const OFF = 32;

/** The array a test puts on `window` before the game loads, to have every frame checked. */
const CHECK = '__dhbcCheckFrames';

/**
 * For tests only (players never have `window.__dhbcCheckFrames`): paints the frame again, whole,
 * into a canvas of its own and counts the pixels where the real canvas differs from it.
 */
function checkFrame(
  scene: Phaser.Scene,
  renderer: CanvasRendererLike,
  children: Drawn[],
  camera: Phaser.Cameras.Scene2D.Camera,
  boxes: number,
): void {
  const sink = (window as unknown as Record<string, unknown>)[CHECK];
  if (!Array.isArray(sink)) return;
  const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
  const real = sys.context;
  const { width, height } = real.canvas;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const whole = canvas.getContext('2d', { willReadFrequently: true });
  if (!whole) return;
  const internals = camera as unknown as CameraInternals;
  const list = [...internals.renderList];
  sys.context = whole;
  try {
    renderer.render(scene, children, camera);
  } finally {
    sys.context = real;
    internals.renderList.length = 0;
    internals.renderList.push(...list);
  }
  const a = real.getImageData(0, 0, width, height).data;
  const b = whole.getImageData(0, 0, width, height).data;
  let offPixels = 0;
  let where: Rect | null = null;
  let most = 0;
  for (let i = 0; i < a.length; i += 4) {
    const diff = Math.max(
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
    );
    most = Math.max(most, diff);
    if (diff <= OFF) continue;
    offPixels += 1;
    const x = (i / 4) % width;
    const y = Math.floor(i / 4 / width);
    const p = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    where = where ? union(where, p) : p;
  }
  (sink as FrameCheck[]).push({ boxes, offPixels, most, where });
}

/** Turns the changed-parts drawing on for `scene` (until it shuts down). */
export function drawOnlyWhatChanges(scene: Phaser.Scene): void {
  const renderer = scene.sys.renderer as unknown as CanvasRendererLike & { type: number };
  if (renderer.type !== CANVAS) return;
  // CameraManager.render is protected in Phaser's types; it is what Scene Systems call to draw.
  const cameras = scene.sys.cameras as unknown as CameraRender;
  const draw = cameras.render.bind(cameras);
  let last = new Map<Drawn, Seen>();
  /** Canvas, camera and scenes drawn: any change of these draws a whole frame. */
  let setting = '';

  cameras.render = (target, displayList): void => {
    const camera = cameras.main;
    const internals = camera as unknown as CameraInternals;
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const ctx = sys.context;
    const { width, height } = ctx.canvas;
    const drawing = scene.sys.game.scene
      .getScenes(false)
      .filter((s) => s.sys.settings.visible && s.sys.isActive())
      .map((s) => s.sys.settings.key)
      .join(',');
    const now = [
      width,
      height,
      drawing,
      camera.x,
      camera.y,
      camera.width,
      camera.height,
      camera.zoomX,
      camera.zoomY,
      (camera as unknown as { rotation: number }).rotation,
      camera.scrollX,
      camera.scrollY,
      camera.alpha,
      camera.visible,
      (camera as unknown as { transparent: boolean }).transparent,
      camera.backgroundColor.rgba,
    ].join('|');
    const plain =
      cameras.cameras.length === 1 &&
      drawing === scene.sys.settings.key &&
      camera.scrollX === 0 &&
      camera.scrollY === 0 &&
      camera.visible &&
      camera.alpha > 0 &&
      !internals.mask &&
      !internals.fadeEffect.isRunning &&
      !internals.flashEffect.isRunning &&
      !internals.shakeEffect.isRunning;
    if (!plain) {
      last = new Map();
      setting = '';
      draw(target, displayList);
      return;
    }
    camera.preRender();
    const m = internals.matrixCombined ?? internals.matrix;
    const view: Matrix = [m.a, m.b, m.c, m.d, m.e, m.f];
    const children = cameras.getVisibleChildren(displayList.getChildren() as Drawn[], camera);
    const found = walk(children, camera, view);
    const damage: Rect[] = [];
    for (const [o, s] of found.seen) {
      const was = last.get(o);
      if (was?.hash === s.hash && sameRect(was.box, s.box)) continue;
      if (was) damage.push(was.box);
      damage.push(s.box);
    }
    for (const [o, was] of last) if (!found.seen.has(o)) damage.push(was.box);
    const whole = !found.known || now !== setting;
    last = found.known ? found.seen : new Map<Drawn, Seen>();
    setting = found.known ? now : '';
    const boxes = whole ? [] : mergeDamage(damage, width, height);
    const painted = boxes.reduce((n, b) => n + area(b), 0);
    const paintWhole = whole || painted > WHOLE_SHARE * width * height;
    if (paintWhole) {
      renderer.render(scene, children, camera);
    } else if (boxes.length > 0) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      for (const b of boxes) ctx.rect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
      ctx.clip();
      const show = hideOutside(children, found, boxes);
      try {
        // The renderer draws every object of its list: only those left visible go in it.
        renderer.render(
          scene,
          children.filter((o) => o.visible),
          camera,
        );
      } finally {
        show();
        ctx.restore();
      }
    }
    // Input finds the topmost object under a finger by this list: every object, as if all drawn.
    internals.renderList.length = 0;
    internals.renderList.push(...found.order);
    checkFrame(scene, renderer, children, camera, paintWhole ? -1 : boxes.length);
  };
  // Input picks the topmost object under a finger by the camera's render list, which Phaser
  // fills while drawing: a tap that comes before the next frame (a button just added over a
  // tap-blocking dim) would be judged by the last frame's list. Here the list is made again
  // from the display list just before input sorts what it hit.
  const input = scene.input as unknown as {
    sortGameObjects: (objects: unknown[], pointer: unknown) => unknown[];
  };
  const sort = input.sortGameObjects.bind(input);
  input.sortGameObjects = (objects, pointer): unknown[] => {
    const camera = cameras.main;
    if (cameras.cameras.length === 1 && objects.length > 1) {
      const order: Drawn[] = [];
      const visit = (list: readonly Drawn[]): void => {
        for (const o of list) {
          if (!o.willRender(camera)) continue;
          order.push(o);
          if (o.list) visit(o.list);
        }
      };
      visit(scene.sys.displayList.getChildren() as Drawn[]);
      const list = (camera as unknown as CameraInternals).renderList;
      list.length = 0;
      list.push(...order);
    }
    return sort(objects, pointer);
  };
  scene.events.once('shutdown', () => {
    input.sortGameObjects = sort;
    cameras.render = draw;
    last = new Map<Drawn, Seen>();
  });
}
