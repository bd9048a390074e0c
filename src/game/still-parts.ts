import type Phaser from 'phaser';

/**
 * Draws a scene's still parts once while something animates (Canvas renderer only).
 *
 * Phaser's Canvas renderer redraws every object every frame: a tile flying into its slot meant
 * redrawing the picture, every rounded tile, every letter and button, at up to 2 device pixels
 * per CSS pixel, to move one cell. While tweens run, this draws everything that is not moving
 * into a canvas of its own once, and then each frame copies that canvas in one go and draws
 * only the tweens' targets (and what is inside them) on top.
 *
 * The still picture is drawn again whenever it may have changed: the moving set changed, an
 * object was added or removed, or any still object's position, size, alpha, visibility, text,
 * texture or drawing commands differ from when it was drawn (checked every frame). Moving
 * objects are drawn above the still ones, so a tile flying into its slot passes over the tiles
 * below instead of under them.
 *
 * One change is cheaper: when objects stop moving (a letter has landed in its slot) and nothing
 * else changed, and no other still object is drawn above them, they are painted over the still
 * picture where they came to rest instead of drawing it all again (`landOnStill`).
 */

/** Phaser's CONST.CANVAS: the renderer type this works with. */
const CANVAS = 1;

type GameObject = Phaser.GameObjects.GameObject & {
  visible: boolean;
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
}

/** The game objects that tweens are moving now. */
function movingObjects(scene: Phaser.Scene): Set<GameObject> {
  const moving = new Set<GameObject>();
  for (const tween of scene.tweens.getTweens()) {
    for (const target of tween.targets as unknown[]) {
      if (target !== null && typeof target === 'object' && 'renderCanvas' in target)
        moving.add(target as unknown as GameObject);
    }
  }
  return moving;
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

/** A hash of everything about a still object that changes how it looks. */
function mixObject(h: number, o: GameObject): number {
  const any = o as unknown as Record<string, unknown>;
  let out = mix(h, o.visible ? 1 : 0);
  for (const key of ['x', 'y', 'scaleX', 'scaleY', 'rotation', 'alpha', 'width', 'height'])
    out = mix(out, typeof any[key] === 'number' ? any[key] : 0);
  if (typeof any.text === 'string') out = mixText(out, any.text);
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

/** Hash of the still parts: every object outside the moving set, in drawing order. */
function stillSignature(list: readonly GameObject[], moving: ReadonlySet<GameObject>): number {
  let h = 2166136261;
  const walk = (objects: readonly GameObject[]): void => {
    h = mix(h, objects.length);
    for (const o of objects) {
      if (moving.has(o)) {
        h = mix(h, 7);
        continue;
      }
      h = mixObject(h, o);
      if (o.list) walk(o.list);
    }
  };
  walk(list);
  return h;
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

/** How a frame was drawn over the still picture: drawn again, landed on, or kept as it was. */
export type StillFrameKind = 'drawn' | 'landed' | 'kept';

/** What the end-to-end test reads when it asks for checked frames (see `checkFrame`). */
export interface FrameCheck {
  readonly kind: StillFrameKind;
  /** Pixels differing by more than 32 in a colour channel from the same frame drawn whole. */
  readonly offPixels: number;
  /** The largest difference of a colour channel (0–255). */
  readonly most: number;
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
  draw: CameraRender['render'],
  target: unknown,
  displayList: Phaser.GameObjects.DisplayList,
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
  sys.context = whole;
  try {
    draw(target, displayList);
  } finally {
    sys.context = real;
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
  (sink as FrameCheck[]).push({ kind, offPixels, most });
}

/** Turns the still-parts drawing on for `scene` (until it shuts down). */
export function drawStillPartsOnce(scene: Phaser.Scene): void {
  const renderer = scene.sys.renderer as unknown as { type: number };
  if (renderer.type !== CANVAS) return;
  // CameraManager.render is protected in Phaser's types; it is what Scene Systems call to draw.
  const cameras = scene.sys.cameras as unknown as CameraRender;
  const draw = cameras.render.bind(cameras);
  let cache: Cache | null = null;

  cameras.render = (target, displayList): void => {
    const moving = movingObjects(scene);
    const sys = scene.sys as unknown as { context: CanvasRenderingContext2D };
    const game = sys.context;
    const list = displayList.getChildren() as GameObject[];
    if (moving.size === 0 || cameras.cameras.length !== 1) {
      draw(target, displayList);
      return;
    }
    let kind: StillFrameKind = 'kept';
    const { width, height } = game.canvas;
    const signature = mix(mix(stillSignature(list, moving), width), height);
    if (
      cache &&
      cache.signature !== signature &&
      landOnStill(cache, moving, signature, target, displayList)
    ) {
      kind = 'landed';
    } else if (cache?.signature !== signature) {
      if (cache?.canvas.width !== width || cache.canvas.height !== height) {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d', { alpha: false });
        if (!context) {
          draw(target, displayList);
          return;
        }
        cache = { canvas, context, signature: 0, moving };
      }
      const show = hideFor(list, (o) =>
        moving.has(o) ? 'hide' : holdsAny(o, moving) ? 'open' : 'show',
      );
      sys.context = cache.context;
      try {
        cache.context.setTransform(1, 0, 0, 1, 0, 0);
        draw(target, displayList);
      } finally {
        sys.context = game;
        show();
      }
      cache.signature = signature;
      cache.moving = moving;
      kind = 'drawn';
    }
    game.save();
    game.setTransform(1, 0, 0, 1, 0, 0);
    game.globalAlpha = 1;
    game.globalCompositeOperation = 'copy';
    game.drawImage(cache.canvas, 0, 0);
    game.restore();
    // Only the moving objects now, over the still picture.
    drawOnly(moving, game, target, displayList);
    checkFrame(scene, kind, draw, target, displayList);
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
    if (mix(mix(stillSignature(list, still.moving), width), height) !== still.signature)
      return false;
    if (!drawnAboveStill(list, landed, moving)) return false;
    still.context.setTransform(1, 0, 0, 1, 0, 0);
    drawOnly(landed, still.context, target, displayList);
    still.signature = signature;
    still.moving = moving;
    return true;
  };
  scene.events.once('shutdown', () => {
    cameras.render = draw;
    cache = null;
  });
}
