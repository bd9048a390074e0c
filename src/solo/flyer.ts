/**
 * A letter flying from its tile into its slot, over the game's canvas: a small element moved by
 * a CSS transform animation, which the browser's compositor draws on its own thread, so it keeps
 * moving while the page's script is busy (the next tap, the card). Drawn on the game's canvas,
 * each of its steps needed a frame of script and a hand-over of the canvas.
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

/** An element at `at` (CSS pixels in its parent) that takes no taps, with `style` besides. */
function place(tag: 'div' | 'canvas', at: FlyerBox, style: Partial<CSSStyleDeclaration>) {
  const element = document.createElement(tag);
  element.setAttribute('aria-hidden', 'true');
  Object.assign(
    element.style,
    {
      position: 'absolute',
      left: `${String(at.x)}px`,
      top: `${String(at.y)}px`,
      width: `${String(at.w)}px`,
      height: `${String(at.h)}px`,
      pointerEvents: 'none',
    } satisfies Partial<CSSStyleDeclaration>,
    style,
  );
  return element;
}

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
  const cell = place('div', to, {
    borderRadius: `${String(look.radius)}px`,
    background: look.background,
    transformOrigin: '0 0',
    willChange: 'transform',
    zIndex: '1',
  });
  cell.className = 'flyer';
  const glyph = place('canvas', look.glyphBox, {}) as HTMLCanvasElement;
  glyph.width = look.glyph.width;
  glyph.height = look.glyph.height;
  glyph.getContext('2d')?.drawImage(look.glyph, 0, 0);
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
  return follow(animation, cell);
}

/** The handle of `animation` of `element`: when it ends, and taking the element away. */
function follow(animation: Animation, element: HTMLElement): Flight {
  let removed = false;
  return {
    done: animation.finished.then(
      () => undefined,
      () => undefined,
    ),
    remove: () => {
      if (removed) return;
      removed = true;
      animation.cancel();
      element.remove();
    },
  };
}
