/**
 * Elements laid over the game's canvas, in its parent (the `#game` box): boxes in the scene's
 * world units, placed in CSS pixels (`scale` CSS pixels per unit).
 */
import type { Box } from './quiz-layout';

export function placeOver(element: HTMLElement, box: Box, scale: number): void {
  const px = (v: number): string => `${String(Math.round(v * scale))}px`;
  Object.assign(element.style, {
    position: 'absolute',
    left: px(box.x),
    top: px(box.y),
    width: px(box.w),
    height: px(box.h),
    boxSizing: 'border-box',
  } satisfies Partial<CSSStyleDeclaration>);
}

/** The element the canvas sits in (the page's body when there is none yet). */
export function canvasParent(canvas: HTMLCanvasElement): HTMLElement {
  return canvas.parentElement ?? document.body;
}
