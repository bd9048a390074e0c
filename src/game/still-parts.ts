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

/** True when `o` is moving or holds something that is. */
function holdsMoving(o: GameObject, moving: ReadonlySet<GameObject>): boolean {
  if (moving.has(o)) return true;
  return o.list?.some((child) => holdsMoving(child, moving)) ?? false;
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
    const { width, height } = game.canvas;
    const signature = mix(mix(stillSignature(list, moving), width), height);
    if (cache?.signature !== signature) {
      if (cache?.canvas.width !== width || cache.canvas.height !== height) {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d', { alpha: false });
        if (!context) {
          draw(target, displayList);
          return;
        }
        cache = { canvas, context, signature: 0 };
      }
      const show = hideFor(list, (o) =>
        moving.has(o) ? 'hide' : holdsMoving(o, moving) ? 'open' : 'show',
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
    }
    game.save();
    game.setTransform(1, 0, 0, 1, 0, 0);
    game.globalAlpha = 1;
    game.globalCompositeOperation = 'copy';
    game.drawImage(cache.canvas, 0, 0);
    game.restore();
    // Only the moving objects now, over the still picture (no background fill).
    const camera = cameras.main as unknown as { transparent: boolean };
    const transparent = camera.transparent;
    const show = hideFor(list, (o) =>
      moving.has(o) ? 'show' : holdsMoving(o, moving) ? 'open' : 'hide',
    );
    camera.transparent = true;
    try {
      draw(target, displayList);
    } finally {
      camera.transparent = transparent;
      show();
    }
  };
  scene.events.once('shutdown', () => {
    cameras.render = draw;
    cache = null;
  });
}
