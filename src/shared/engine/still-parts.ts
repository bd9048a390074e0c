import type Phaser from 'phaser';
import { addBox, EMPTY, meets, union, type Box } from './boxes';

/**
 * Draws a scene's canvas again only where it changes (Canvas renderer only).
 *
 * Phaser's Canvas renderer redraws every object every frame, and Chromium's in-memory canvas
 * then hands the whole screen's pixels over each frame: a tile flying into its slot meant
 * redrawing the picture, every rounded tile, every letter and button, to move one cell.
 * Here everything that is not a tween's target (the still picture) is kept drawn in a canvas
 * of its own, and each frame only boxes of the game's canvas are drawn again, from it: where
 * the moving objects were and are now, where the still picture changed, where a letter landed.
 *
 * What changed is found by a hash of each object (position, size, alpha, visibility, text and
 * its colour, texture, drawing commands), checked every frame; where an object draws comes from
 * its frame or from a box its scene declared (`declareDrawBox`). The still picture is drawn
 * again only in the boxes of what changed (`patchStill`), or whole when an object came or went
 * or a box is not known. Objects that stop moving are painted onto it where they came to rest
 * when nothing else changed and nothing still is drawn above them (`landOnStill`). One object
 * that only fades (the explanation card) is drawn once and faded as one picture. Moving objects
 * are drawn above the still ones, so a tile flying into its slot passes over the tiles below.
 */

/** Device pixels added around a moving object's box: anti-aliased edges spill over. */
const MARGIN = 3;

/** Canvases kept for the page's life, by use and size (see `keptCanvas`). */
const kept = new Map<string, { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }>();

/**
 * The canvas for `use` at `width` × `height`, made once and kept: the first drawing on a new
 * canvas this size costs Chromium 75–170 ms at 4× slowdown here (its memory is set up then),
 * so a quiz scene started again, or a second card, reuses the one made before. Only the latest
 * size of each use is kept. The still picture's is opaque.
 */
function keptCanvas(
  use: 'still' | 'picture',
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const key = `${use} ${String(width)}x${String(height)}`;
  const found = kept.get(key);
  if (found) return found;
  for (const other of kept.keys()) if (other.startsWith(`${use} `)) kept.delete(other);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { alpha: use !== 'still', willReadFrequently: true });
  if (!context) throw new Error('No 2D context for a kept canvas');
  // The first drawing sets the canvas's memory up: done here, not in the frame that needs it.
  context.save();
  context.restore();
  const made = { canvas, context };
  kept.set(key, made);
  return made;
}

/**
 * Makes the canvases a scene's animations will need, at the game canvas's size, when the
 * browser is idle: the first tile's flight then does not pay for them.
 */
function prepareCanvases(width: number, height: number): void {
  const make = (): void => {
    keptCanvas('still', width, height);
    keptCanvas('picture', width, height);
  };
  if ((window as Partial<Window>).requestIdleCallback) window.requestIdleCallback(make);
  else window.setTimeout(make, 500);
}

/** Phaser's CONST.CANVAS: the renderer type this works with. */
const CANVAS = 1;

type GameObject = Phaser.GameObjects.GameObject & {
  visible: boolean;
  alpha: number;
  list?: GameObject[];
};

interface CameraRender {
  render: (renderer: unknown, displayList: Phaser.GameObjects.DisplayList) => void;
  cameras: readonly Phaser.Cameras.Scene2D.Camera[];
  main: Phaser.Cameras.Scene2D.Camera;
}

interface Cache {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  signature: number;
  /** The objects that were moving (left out of the picture) when it was drawn. */
  moving: ReadonlySet<GameObject>;
  /** Each object's own hash (`stillState`) when the picture was drawn. */
  hashes: Map<GameObject, number>;
  /** Where each object drew then, in device pixels; null where that is not known. */
  boxes: Map<GameObject, Box | null>;
}

/** The game objects that tweens are moving now, each with the properties they change. */
function movingObjects(scene: Phaser.Scene): Map<GameObject, Set<string>> {
  const moving = new Map<GameObject, Set<string>>();
  for (const tween of scene.tweens.getTweens()) {
    const targets = tween.targets as unknown[];
    const data = (tween as unknown as { data?: { key?: string; targetIndex?: number }[] }).data;
    targets.forEach((target, i) => {
      if (target === null || typeof target !== 'object' || !('renderCanvas' in target)) return;
      const o = target as unknown as GameObject;
      const keys = moving.get(o) ?? new Set<string>();
      const mine = (data ?? []).filter((d) => d.targetIndex === i);
      // A tween of a kind not known here (a chain, a counter) may change anything.
      if (mine.length === 0) keys.add('?');
      for (const d of mine) keys.add(d.key ?? '?');
      moving.set(o, keys);
    });
  }
  return moving;
}

/**
 * The one object whose tweens change only its alpha (the explanation card fading in), when it
 * is the only such object and is drawn after everything else that moves: it is drawn once into a
 * picture of its own and that picture is faded over the still one (see `drawStillPartsOnce`).
 */
function fadingAlone(
  moving: ReadonlyMap<GameObject, ReadonlySet<string>>,
  list: readonly GameObject[],
): GameObject | null {
  const fading = [...moving].filter(([, keys]) => [...keys].every((k) => k === 'alpha'));
  const only = fading.length === 1 ? (fading[0]?.[0] ?? null) : null;
  if (!only) return null;
  // Its top-level ancestor must come after those of all other moving objects.
  const top = (o: GameObject): number => {
    let at: GameObject = o;
    for (;;) {
      const parent = at.parentContainer as unknown as GameObject | null | undefined;
      if (!parent) return list.indexOf(at);
      at = parent;
    }
  };
  const mine = top(only);
  return [...moving.keys()].every((o) => o === only || top(o) < mine) ? only : null;
}

/** Mixes `value` into the running hash `h` (FNV-1a style over 32-bit words). */
function mix(h: number, value: number): number {
  const v = Number.isFinite(value) ? Math.round(value * 64) : 0;
  return Math.imul(h ^ (v | 0), 16777619) >>> 0;
}

function mixText(h: number, text: string): number {
  let out = mix(h, text.length);
  for (let i = 0; i < text.length; i += 1) out = mix(out, text.charCodeAt(i));
  return out;
}

const LOOKS = ['x', 'y', 'scaleX', 'scaleY', 'rotation', 'alpha', 'width', 'height'];
const LOOKS_BUT_ALPHA = LOOKS.filter((key) => key !== 'alpha');

/** A hash of everything about a still object that changes how it looks (but its alpha). */
function mixObject(h: number, o: GameObject, keys = LOOKS): number {
  const any = o as unknown as Record<string, unknown>;
  let out = mix(h, o.visible ? 1 : 0);
  for (const key of keys) out = mix(out, typeof any[key] === 'number' ? any[key] : 0);
  if (typeof any.text === 'string') {
    out = mixText(out, any.text);
    // A text's colour changes its picture without changing its size or its words.
    const color = (any.style as { color?: unknown } | undefined)?.color;
    if (typeof color === 'string') out = mixText(out, color);
  }
  const frame = any.frame as { name?: unknown; texture?: { key?: unknown } } | undefined;
  if (frame && typeof frame.texture?.key === 'string') {
    out = mixText(out, frame.texture.key);
    out = mixText(out, String(frame.name));
  }
  const commands = any.commandBuffer;
  if (Array.isArray(commands)) {
    out = mix(out, commands.length);
    for (const c of commands) if (typeof c === 'number') out = mix(out, c);
  }
  return out;
}

/**
 * The still picture's hash: every object outside the moving set, in drawing order. Each
 * object's own hash goes into `hashes` when given (moving ones, and all they hold: 7); building
 * that map every frame would cost a slow phone more than the hash, so it is made only when the
 * picture changed.
 */
function stillState(
  list: readonly GameObject[],
  moving: ReadonlySet<GameObject>,
  hashes?: Map<GameObject, number>,
): number {
  const mark = (objects: readonly GameObject[]): void => {
    for (const o of objects) {
      hashes?.set(o, 7);
      if (o.list) mark(o.list);
    }
  };
  let h = 2166136261;
  const walk = (objects: readonly GameObject[]): void => {
    h = mix(h, objects.length);
    for (const o of objects) {
      if (moving.has(o)) {
        h = mix(h, 7);
        if (hashes) mark([o]);
        continue;
      }
      const own = mixObject(2166136261, o);
      hashes?.set(o, own);
      h = mix(h, own);
      if (o.list) walk(o.list);
    }
  };
  walk(list);
  return h;
}

/** Clips `context` to `boxes` (device pixels, no transform). */
function clipTo(context: CanvasRenderingContext2D, boxes: readonly Box[]): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.beginPath();
  for (const b of boxes) context.rect(b.x, b.y, b.w, b.h);
  context.clip();
}

/** A hash of how `o` and all it holds look, but for `o`'s own alpha: the lifted picture. */
function liftedSignature(o: GameObject): number {
  let h = mixObject(2166136261, o, LOOKS_BUT_ALPHA);
  const walk = (objects: readonly GameObject[]): void => {
    h = mix(h, objects.length);
    for (const child of objects) {
      h = mixObject(h, child);
      if (child.list) walk(child.list);
    }
  };
  walk(o.list ?? []);
  return h;
}

/** Everything drawn in a whole frame, in drawing order: the camera's render list. */
function shownInOrder(
  list: readonly GameObject[],
  camera: Phaser.Cameras.Scene2D.Camera,
): GameObject[] {
  const out: GameObject[] = [];
  const walk = (objects: readonly GameObject[]): void => {
    for (const o of objects) {
      if (!o.willRender(camera)) continue;
      out.push(o);
      if (o.list) walk(o.list);
    }
  };
  walk(list);
  return out;
}

/** True when `o` is or holds something in `set`. */
function holdsAny(o: GameObject, set: ReadonlySet<GameObject>): boolean {
  return set.has(o) || (o.list?.some((child) => holdsAny(child, set)) ?? false);
}

/**
 * True when nothing still that draws comes after `landed` in drawing order: painting them over
 * the still picture then gives the same pixels as drawing it again. Moving objects do not count
 * (they are drawn over everything each frame), nor zones (they draw nothing).
 */
function drawnAboveStill(
  list: readonly GameObject[],
  landed: ReadonlySet<GameObject>,
  moving: ReadonlySet<GameObject>,
): boolean {
  let seen = false;
  const clear = (objects: readonly GameObject[]): boolean => {
    for (const o of objects) {
      if (!o.visible || moving.has(o) || o.type === 'Zone') continue;
      if (landed.has(o)) seen = true;
      else if (o.list) {
        if (!clear(o.list)) return false;
      } else if (seen) return false;
    }
    return true;
  };
  return clear(list);
}

/** Per scene: draws one object alone into the kept picture canvas (see `pictureAlone`). */
const alone = new WeakMap<
  object,
  (o: GameObject) => { canvas: HTMLCanvasElement; box: Box } | null
>();

/**
 * Draws `o` (and all it holds) alone, fully opaque, where it is on the screen, into a canvas
 * kept for that; answers that canvas and `o`'s box in it (the game canvas's pixels). Null before
 * the scene's first frame, with another renderer, or when `o` has no box on the screen. The
 * canvas is drawn over by the next such picture.
 */
export function pictureAlone(
  scene: Phaser.Scene,
  o: Phaser.GameObjects.GameObject,
): { canvas: HTMLCanvasElement; box: Box } | null {
  return alone.get(scene)?.(o as GameObject) ?? null;
}

/** Boxes declared by the scenes for objects whose drawing cannot be measured (graphics). */
const declared = new WeakMap<object, Box>();

/**
 * Declares where `o` draws, in its own coordinates: for graphics, and containers of them, which
 * Phaser cannot measure. Lets the canvas be drawn again only there when `o` moves or changes.
 */
export function declareDrawBox(o: object, x: number, y: number, w: number, h: number): void {
  declared.set(o, { x, y, w, h });
}

type Sized = GameObject & {
  width?: number;
  height?: number;
  displayOriginX?: number;
  displayOriginY?: number;
  getWorldTransformMatrix?: () => {
    transformPoint: (
      x: number,
      y: number,
      out?: { x: number; y: number },
    ) => { x: number; y: number };
  };
};

/**
 * Where `o` draws, in world units: what was declared for it (`declareDrawBox`), else for a
 * container the union of what it holds, for an image, a text or a rectangle its frame. Null when
 * that is not known (graphics draw anywhere): the caller then draws whole.
 */
function worldBox(o: GameObject): Box | null {
  const s = o as Sized;
  if (!o.visible || o.type === 'Zone') return EMPTY;
  const w = s.width ?? 0;
  const h = s.height ?? 0;
  const local = declared.has(o)
    ? declared.get(o)
    : o.type === 'Container'
      ? undefined
      : o.type === 'Graphics'
        ? null
        : // An empty text is 0 wide: it draws nothing.
          {
            x: -(s.displayOriginX ?? 0),
            y: -(s.displayOriginY ?? 0),
            w: Math.max(0, w),
            h: Math.max(0, h),
          };
  if (local === undefined) {
    let out = EMPTY;
    for (const child of o.list ?? []) {
      const box = worldBox(child);
      if (!box) return null;
      out = union(out, box);
    }
    return out;
  }
  if (!local || !s.getWorldTransformMatrix) return null;
  const m = s.getWorldTransformMatrix();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [px, py] of [
    [local.x, local.y],
    [local.x + local.w, local.y],
    [local.x, local.y + local.h],
    [local.x + local.w, local.y + local.h],
  ] as const) {
    const p = m.transformPoint(px, py);
    xs.push(p.x);
    ys.push(p.y);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/**
 * The device pixels `objects` cover on a canvas `width` × `height` seen by `camera` (origin at
 * the top left, not scrolled or turned, as every scene here sets it), rounded out to whole pixels
 * with a margin; null when not known.
 */
function deviceBox(
  objects: Iterable<GameObject>,
  camera: Phaser.Cameras.Scene2D.Camera,
  width: number,
  height: number,
): Box | null {
  if (
    camera.originX !== 0 ||
    camera.originY !== 0 ||
    ((camera as { rotation?: number }).rotation ?? 0) !== 0
  )
    return null;
  let world = EMPTY;
  for (const o of objects) {
    const box = worldBox(o);
    if (!box) return null;
    world = union(world, box);
  }
  if (world.w <= 0 || world.h <= 0) return world;
  const zoom = camera.zoom;
  const x0 = Math.max(0, Math.floor((world.x - camera.scrollX) * zoom + camera.x) - MARGIN);
  const y0 = Math.max(0, Math.floor((world.y - camera.scrollY) * zoom + camera.y) - MARGIN);
  const x1 = Math.min(
    width,
    Math.ceil((world.x + world.w - camera.scrollX) * zoom + camera.x) + MARGIN,
  );
  const y1 = Math.min(
    height,
    Math.ceil((world.y + world.h - camera.scrollY) * zoom + camera.y) + MARGIN,
  );
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** Hides what `keep` says to hide for one drawing call, and answers how to undo it. */
function hideFor(list: readonly GameObject[], keep: (o: GameObject) => 'show' | 'hide' | 'open') {
  const hidden: GameObject[] = [];
  const walk = (objects: readonly GameObject[]): void => {
    for (const o of objects) {
      const what = keep(o);
      if (what === 'hide' && o.visible) {
        o.visible = false;
        hidden.push(o);
      } else if (what === 'open' && o.list) walk(o.list);
    }
  };
  walk(list);
  return (): void => {
    for (const o of hidden) o.visible = true;
  };
}

/**
 * What a frame did to the still picture: drew it whole again, drew it again in the boxes that
 * changed, painted landed objects on it, or kept it as it was.
 */
export type StillFrameKind = 'drawn' | 'patched' | 'landed' | 'kept';

/** What the end-to-end test reads when it asks for checked frames (see `checkFrame`). */
export interface FrameCheck {
  readonly kind: StillFrameKind;
  /** True when only the box around what moved was drawn again; false for the whole canvas. */
  readonly inBox: boolean;
  /** True when a fading object was drawn from its picture, faded as one (`fadingAlone`). */
  readonly lifted: boolean;
  /** Pixels differing by more than 32 in a colour channel from the same frame drawn whole. */
  readonly offPixels: number;
  /** The largest difference of a colour channel (0–255). */
  readonly most: number;
}

/** A fading object drawn from its own picture, for `checkFrame`. */
interface Lifted {
  readonly object: GameObject;
  /** Draws the object alone, fully opaque, where it is on the canvas. */
  readonly drawAlone: (context: CanvasRenderingContext2D) => void;
}

/** The array a test puts on `window` before the game loads, to have every frame checked. */
const CHECK = '__dhbcCheckFrames';

/**
 * For tests only (players never have `window.__dhbcCheckFrames`): draws the frame again, whole,
 * into a canvas of its own and counts the pixels where the real canvas differs from it.
 */
function checkFrame(
  scene: Phaser.Scene,
  kind: StillFrameKind,
  inBox: boolean,
  draw: CameraRender['render'],
  target: unknown,
  displayList: Phaser.GameObjects.DisplayList,
  lifted: Lifted | null,
): void {
  const sink = (window as unknown as Record<string, unknown>)[CHECK];
  if (!Array.isArray(sink)) return;
  const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
  const real = sys.context;
  const { width, height } = real.canvas;
  const blank = (): CanvasRenderingContext2D | null => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas.getContext('2d', { willReadFrequently: true });
  };
  const whole = blank();
  if (!whole) return;
  // The frame drawn whole; a fading object is drawn alone, then faded over it as one picture.
  const object = lifted?.object;
  if (object) object.visible = false;
  sys.context = whole;
  try {
    draw(target, displayList);
  } finally {
    sys.context = real;
    if (object) object.visible = true;
  }
  if (lifted && object) {
    const alone = blank();
    if (!alone) return;
    lifted.drawAlone(alone);
    whole.globalAlpha = object.alpha;
    whole.drawImage(alone.canvas, 0, 0);
  }
  const a = real.getImageData(0, 0, width, height).data;
  const b = whole.getImageData(0, 0, width, height).data;
  let offPixels = 0;
  let most = 0;
  // Every other pixel of every other row: a quarter of the work, and nothing left behind or
  // missing is narrower than two pixels.
  for (let i = 0; i < a.length; i += 8) {
    if (Math.floor(i / 4 / width) % 2 === 1) {
      i += width * 4 - 8;
      continue;
    }
    const diff = Math.max(
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
    );
    most = Math.max(most, diff);
    if (diff > 32) offPixels += 1;
  }
  (sink as FrameCheck[]).push({ kind, inBox, lifted: lifted !== null, offPixels, most });
}

/** Turns the still-parts drawing on for `scene` (until it shuts down). */
export function drawStillPartsOnce(scene: Phaser.Scene): void {
  const renderer = scene.sys.renderer as unknown as { type: number };
  if (renderer.type !== CANVAS) return;
  // CameraManager.render is protected in Phaser's types; it is what Scene Systems call to draw.
  const cameras = scene.sys.cameras as unknown as CameraRender;
  const draw = cameras.render.bind(cameras);
  const size = (scene.sys as unknown as { context: CanvasRenderingContext2D }).context.canvas;
  prepareCanvases(size.width, size.height);
  let cache: Cache | null = null;
  /**
   * What the game canvas shows since the last frame: the still picture `signature` with the
   * moving objects drawn inside `boxes` (null when unknown: drawn by another scene).
   */
  let shown: { signature: number; boxes: Box[] } | null = null;

  /** The fading object's picture, drawn once fully opaque, and where it goes (device pixels). */
  let picture: { canvas: HTMLCanvasElement; signature: number; box: Box } | null = null;

  /** What the last frame was drawn with: a picture drawn outside a frame needs the same. */
  let lastDraw: { target: unknown; displayList: Phaser.GameObjects.DisplayList } | null = null;
  alone.set(scene, (o) => {
    if (!lastDraw) return null;
    const { width, height } = (scene.sys as unknown as { context: CanvasRenderingContext2D })
      .context.canvas;
    const box = deviceBox([o], cameras.main, width, height);
    if (!box || box.w <= 0 || box.h <= 0) return null;
    const { canvas, context } = keptCanvas('picture', width, height);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(box.x, box.y, box.w, box.h);
    drawAlone(o, context, lastDraw.target, lastDraw.displayList);
    // The kept canvas no longer holds the faded picture, if there was one.
    picture = null;
    return { canvas, box };
  });

  cameras.render = (target, displayList): void => {
    lastDraw = { target, displayList };
    const tweened = movingObjects(scene);
    const moving = new Set(tweened.keys());
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const game = sys.context;
    const list = displayList.getChildren() as GameObject[];
    if (
      cameras.cameras.length !== 1 ||
      scene.game.scene.getScenes(true).some((other) => other !== scene && other.sys.isVisible())
    ) {
      draw(target, displayList);
      shown = null;
      return;
    }
    let kind: StillFrameKind = 'kept';
    const { width, height } = game.canvas;
    // What only fades is drawn once and faded as one picture; the rest is drawn every frame.
    const fading = fadingAlone(tweened, list);
    const fadingBox = fading ? deviceBox([fading], cameras.main, width, height) : null;
    const lifted = fading && fadingBox && fadingBox.w > 0 && fadingBox.h > 0 ? fading : null;
    const onCanvas = lifted ? new Set([...moving].filter((o) => o !== lifted)) : moving;
    const signature = mix(mix(stillState(list, moving), width), height);
    // Each object's own hash, when the picture changed (to find what did).
    const hashes = new Map<GameObject, number>();
    if (cache?.signature !== signature) stillState(list, moving, hashes);
    const before = cache?.signature;
    const wasMoving = cache?.moving;
    let damage: Box[] | null = null;
    if (
      cache &&
      cache.signature !== signature &&
      landOnStill(cache, moving, signature, target, displayList)
    ) {
      kind = 'landed';
      remember(cache, hashes, changedIn(cache, hashes) ?? []);
    } else if (
      cache &&
      cache.signature !== signature &&
      (damage = patchStill(cache, hashes, list, moving, target, displayList))
    ) {
      cache.signature = signature;
      cache.moving = moving;
      kind = 'patched';
    } else if (cache?.signature !== signature && moving.size === 0) {
      // Nothing moves (a new question): drawn straight onto the game's canvas, as Phaser does,
      // and the still picture made when the browser is idle, before an animation needs it.
      draw(target, displayList);
      shown = { signature, boxes: [] };
      if (cache) cache.signature = 0;
      stillWhenIdle(target, displayList);
      return;
    } else if (cache?.signature !== signature) {
      cache = drawStill(list, moving, signature, hashes, target, displayList);
      kind = 'drawn';
    }
    const liftedBox = lifted ? fadingBox : null;
    if (lifted && liftedBox) picture = pictureOf(lifted, liftedBox, target, displayList);
    // Where the canvas differs from the last frame: where the moving objects were and are now,
    // and where letters landed; the whole canvas when the still picture was drawn again.
    let box = deviceBox(onCanvas, cameras.main, width, height);
    if (box && liftedBox) box = union(box, liftedBox);
    let dirty: Box[] | null = null;
    if (box && shown && kind !== 'drawn' && shown.signature === before) {
      const landed = kind === 'landed' ? [...(wasMoving ?? [])].filter((o) => !moving.has(o)) : [];
      const landedBox = deviceBox(landed, cameras.main, width, height);
      if (landedBox) {
        dirty = addBox(addBox(shown.boxes, box), landedBox);
        for (const d of damage ?? []) dirty = addBox(dirty, d);
      }
    }
    game.save();
    game.setTransform(1, 0, 0, 1, 0, 0);
    game.globalAlpha = 1;
    if (dirty) {
      // The still picture is opaque: drawn over, it replaces what was there.
      game.globalCompositeOperation = 'source-over';
      if (dirty.length > 0) {
        clipTo(game, dirty);
        for (const { x, y, w, h } of dirty) game.drawImage(cache.canvas, x, y, w, h, x, y, w, h);
        drawMoving(onCanvas, lifted, game, target, displayList);
      }
      game.restore();
    } else {
      game.globalCompositeOperation = 'copy';
      game.drawImage(cache.canvas, 0, 0);
      game.restore();
      // Only the moving objects now, over the still picture.
      drawMoving(onCanvas, lifted, game, target, displayList);
    }
    shown = box ? { signature: cache.signature, boxes: addBox([], box) } : null;
    if (Array.isArray((window as unknown as Record<string, unknown>)[CHECK])) {
      const check = lifted
        ? {
            object: lifted,
            drawAlone: (c: CanvasRenderingContext2D) => {
              drawAlone(lifted, c, target, displayList);
            },
          }
        : null;
      checkFrame(scene, kind, dirty !== null, draw, target, displayList, check);
    }
    // Phaser sorts what a tap hits by the order of the camera's last drawing, which the partial
    // drawing above left short: the list of everything shown, in order, as a whole frame gives.
    const camera = cameras.main as unknown as { renderList: GameObject[] };
    camera.renderList = shownInOrder(list, cameras.main);
  };

  /** Draws the still picture whole (all but `moving`), into the kept canvas; answers it. */
  const drawStill = (
    list: readonly GameObject[],
    moving: ReadonlySet<GameObject>,
    signature: number,
    hashes: Map<GameObject, number>,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): Cache => {
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const game = sys.context;
    const { width, height } = game.canvas;
    const still =
      cache?.canvas.width === width && cache.canvas.height === height
        ? cache
        : { ...keptCanvas('still', width, height), signature: 0, moving, hashes, boxes: new Map() };
    const show = hideFor(list, (o) =>
      moving.has(o) ? 'hide' : holdsAny(o, moving) ? 'open' : 'show',
    );
    sys.context = still.context;
    try {
      still.context.setTransform(1, 0, 0, 1, 0, 0);
      draw(target, displayList);
    } finally {
      sys.context = game;
      show();
    }
    still.signature = signature;
    still.moving = moving;
    still.boxes.clear();
    remember(still, hashes, [...hashes.keys()]);
    return still;
  };

  let idleAsked = false;
  /** Set when the scene shuts down: a pending idle callback then leaves the kept canvas alone. */
  let stopped = false;
  /**
   * Makes the still picture once the browser is idle, if nothing moves then and it is not made
   * yet: the next tap's animation then only draws the box it changes.
   */
  const stillWhenIdle = (target: unknown, displayList: Phaser.GameObjects.DisplayList): void => {
    if (idleAsked) return;
    idleAsked = true;
    const make = (): void => {
      idleAsked = false;
      // A restarted scene draws into the same kept canvas with a drawing of its own.
      if (stopped || !scene.sys.isActive()) return;
      const moving = new Set(movingObjects(scene).keys());
      if (moving.size > 0) return;
      const list = displayList.getChildren() as GameObject[];
      const { width, height } = (scene.sys as unknown as { context: CanvasRenderingContext2D })
        .context.canvas;
      const signature = mix(mix(stillState(list, moving), width), height);
      // Made only for what the game's canvas shows now; else the next frame will see to it.
      if (cache?.signature === signature || shown?.signature !== signature) return;
      const hashes = new Map<GameObject, number>();
      stillState(list, moving, hashes);
      cache = drawStill(list, moving, signature, hashes, target, displayList);
    };
    if ((window as Partial<Window>).requestIdleCallback)
      window.requestIdleCallback(make, { timeout: 1000 });
    else window.setTimeout(make, 200);
  };

  /** Where each of `objects` draws now, and every object's hash, kept with the still picture. */
  const remember = (
    still: Cache,
    hashes: Map<GameObject, number>,
    objects: readonly GameObject[],
  ): void => {
    const { width, height } = still.canvas;
    for (const o of objects) still.boxes.set(o, deviceBox([o], cameras.main, width, height));
    still.hashes = hashes;
  };

  /** The objects whose own hash changed since the still picture was drawn; null if any came or went. */
  const changedIn = (still: Cache, hashes: Map<GameObject, number>): GameObject[] | null => {
    if (hashes.size !== still.hashes.size) return null;
    const changed: GameObject[] = [];
    for (const [o, h] of hashes) {
      const was = still.hashes.get(o);
      if (was === undefined) return null;
      if (was !== h) changed.push(o);
    }
    return changed;
  };

  /**
   * Draws the still picture again only where it changed: the box around where each changed
   * object was and is now, drawing only what meets that box. Answers the box, or null when that
   * cannot be known (an object came or went, or one that changed has no known box): the caller
   * then draws it all.
   */
  const patchStill = (
    still: Cache,
    hashes: Map<GameObject, number>,
    list: readonly GameObject[],
    moving: ReadonlySet<GameObject>,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): Box[] | null => {
    const changed = changedIn(still, hashes);
    if (!changed || changed.length === 0) return null;
    const { width, height } = still.canvas;
    let damage: Box[] = [];
    for (const o of changed) {
      const was = still.boxes.get(o);
      // Moving ones (7) are no longer in the picture: only where they were counts.
      const is = hashes.get(o) === 7 ? EMPTY : deviceBox([o], cameras.main, width, height);
      if (was === undefined || was === null || is === null) return null;
      damage = addBox(addBox(damage, was), is);
    }
    if (damage.length === 0) return null;
    remember(still, hashes, changed);
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const game = sys.context;
    const show = hideFor(list, (o) => {
      if (moving.has(o)) return 'hide';
      const box = still.boxes.get(o);
      if (box && !damage.some((d) => meets(box, d))) return 'hide';
      return o.list ? 'open' : 'show';
    });
    const context = still.context;
    context.save();
    clipTo(context, damage);
    sys.context = context;
    try {
      draw(target, displayList);
    } finally {
      sys.context = game;
      context.restore();
      show();
    }
    return damage;
  };

  /** The moving objects over the still picture, and the fading one's picture over them. */
  const drawMoving = (
    onCanvas: ReadonlySet<GameObject>,
    lifted: GameObject | null,
    game: CanvasRenderingContext2D,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): void => {
    if (onCanvas.size > 0) drawOnly(onCanvas, game, target, displayList);
    if (lifted && picture) {
      const { canvas, box } = picture;
      const { x, y, w, h } = box;
      game.save();
      game.setTransform(1, 0, 0, 1, 0, 0);
      game.globalCompositeOperation = 'source-over';
      game.globalAlpha = lifted.alpha;
      game.drawImage(canvas, x, y, w, h, x, y, w, h);
      game.restore();
    }
  };

  /** The fading object's picture: the one drawn already while it looks the same, else anew. */
  const pictureOf = (
    o: GameObject,
    box: Box,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): { canvas: HTMLCanvasElement; signature: number; box: Box } | null => {
    const signature = mix(mix(mix(mix(liftedSignature(o), box.x), box.y), box.w), box.h);
    if (picture?.signature === signature) return picture;
    const { width, height } = (scene.sys as unknown as { context: CanvasRenderingContext2D })
      .context.canvas;
    const { canvas, context } = keptCanvas('picture', width, height);
    // Drawn where it is on the screen; only its box is used.
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(box.x, box.y, box.w, box.h);
    drawAlone(o, context, target, displayList);
    return { canvas, signature, box };
  };

  /** Draws `o` alone into `context`, fully opaque, where it is on the screen. */
  const drawAlone = (
    o: GameObject,
    context: CanvasRenderingContext2D,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): void => {
    const alpha = o.alpha;
    o.alpha = 1;
    try {
      drawOnly(new Set([o]), context, target, displayList);
    } finally {
      o.alpha = alpha;
    }
  };

  /** Draws only `objects` (and what they hold) into `context`, with no background fill. */
  const drawOnly = (
    objects: ReadonlySet<GameObject>,
    context: CanvasRenderingContext2D,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): void => {
    const list = displayList.getChildren() as GameObject[];
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const game = sys.context;
    const camera = cameras.main as unknown as { transparent: boolean };
    const transparent = camera.transparent;
    const show = hideFor(list, (o) =>
      objects.has(o) ? 'show' : holdsAny(o, objects) ? 'open' : 'hide',
    );
    sys.context = context;
    camera.transparent = true;
    try {
      draw(target, displayList);
    } finally {
      sys.context = game;
      camera.transparent = transparent;
      show();
    }
  };

  /**
   * Paints objects that have stopped moving over the still picture, when that is all that
   * changed since it was drawn and nothing still is drawn above them; answers whether it did.
   */
  const landOnStill = (
    still: Cache,
    moving: ReadonlySet<GameObject>,
    signature: number,
    target: unknown,
    displayList: Phaser.GameObjects.DisplayList,
  ): boolean => {
    const list = displayList.getChildren() as GameObject[];
    const landed = new Set([...still.moving].filter((o) => !moving.has(o)));
    if (landed.size === 0 || [...moving].some((o) => !still.moving.has(o))) return false;
    const { width, height } = still.canvas;
    // With the old moving set, the picture must be exactly the one drawn.
    if (mix(mix(stillState(list, still.moving), width), height) !== still.signature) return false;
    if (!drawnAboveStill(list, landed, moving)) return false;
    still.context.setTransform(1, 0, 0, 1, 0, 0);
    drawOnly(landed, still.context, target, displayList);
    still.signature = signature;
    still.moving = moving;
    return true;
  };
  scene.events.once('shutdown', () => {
    alone.delete(scene);
    lastDraw = null;
    stopped = true;
    cameras.render = draw;
    cache = null;
    picture = null;
  });
}
