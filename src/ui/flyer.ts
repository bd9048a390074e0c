/**
 * A letter flying from its tile into its slot, as a small element over the game's canvas that
 * the browser's compositor moves (a CSS transform animation). The compositor draws each frame
 * of it on its own thread, so the flight keeps its frames while the page's script is busy: the
 * tap that started it, the next tap, building the next question. Drawn on the game's canvas, a
 * flight needed a frame of script and a hand-over of the canvas for each of its steps.
 *
 * Boxes here are in CSS pixels inside the game's parent element.
 */

export interface FlyerBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** How the flying cell looks: the slot's colour and corners, and its letter's own picture. */
export interface FlyerLook {
  readonly background: string;
  readonly radius: number;
  /** The letter as the game drew it (its text canvas), and where it sits in the cell. */
  readonly glyph: HTMLCanvasElement;
  readonly glyphBox: FlyerBox;
}

export interface Flight {
  /** Resolves when the element has reached its slot (at once when it was cancelled). */
  readonly done: Promise<void>;
  /** Removes the element: once the game's canvas shows the letter in its slot, or to cancel. */
  remove(): void;
}

/** Phaser's Quad.easeOut as a CSS timing function. */
const QUAD_OUT = 'cubic-bezier(0.25, 0.46, 0.45, 0.94)';

/** The array `npm run bench` puts on `window` to receive each flight's start and end. */
const PROBE = '__dhbcAnimations';

/**
 * Starts a flight of a cell that looks like `look` from `from` to `to` in `ms`, in `parent`;
 * null when the browser cannot animate elements (the caller then moves the cell itself).
 */
export function flyCell(
  parent: HTMLElement,
  look: FlyerLook,
  from: FlyerBox,
  to: FlyerBox,
  ms: number,
): Flight | null {
  if (typeof Element.prototype.animate !== 'function') return null;
  const cell = document.createElement('div');
  cell.className = 'flyer';
  cell.setAttribute('aria-hidden', 'true');
  Object.assign(cell.style, {
    position: 'absolute',
    left: `${String(to.x)}px`,
    top: `${String(to.y)}px`,
    width: `${String(to.w)}px`,
    height: `${String(to.h)}px`,
    borderRadius: `${String(look.radius)}px`,
    background: look.background,
    pointerEvents: 'none',
    transformOrigin: '0 0',
    willChange: 'transform',
    zIndex: '1',
  } satisfies Partial<CSSStyleDeclaration>);
  const glyph = document.createElement('canvas');
  glyph.width = look.glyph.width;
  glyph.height = look.glyph.height;
  glyph.getContext('2d')?.drawImage(look.glyph, 0, 0);
  Object.assign(glyph.style, {
    position: 'absolute',
    left: `${String(look.glyphBox.x)}px`,
    top: `${String(look.glyphBox.y)}px`,
    width: `${String(look.glyphBox.w)}px`,
    height: `${String(look.glyphBox.h)}px`,
  } satisfies Partial<CSSStyleDeclaration>);
  cell.append(glyph);
  parent.append(cell);
  const scale = to.w > 0 ? from.w / to.w : 1;
  const animation = cell.animate(
    [
      {
        transform: `translate(${String(from.x - to.x)}px, ${String(from.y - to.y)}px) scale(${String(scale)})`,
      },
      { transform: 'none' },
    ],
    { duration: ms, easing: QUAD_OUT, fill: 'forwards' },
  );
  const probe = (window as unknown as Record<string, unknown>)[PROBE];
  if (Array.isArray(probe))
    void animation.ready.then(() => {
      const start = Number(animation.startTime);
      probe.push({ start, end: start + ms });
    });
  let removed = false;
  const done = animation.finished.then(
    () => undefined,
    () => undefined,
  );
  return {
    done,
    remove: () => {
      if (removed) return;
      removed = true;
      animation.cancel();
      cell.remove();
    },
  };
}
